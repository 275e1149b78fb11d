package game

import (
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// panelBoxes returns, in screen pixels, the boxes of the frame last drawn
// that hold panels and buttons: a press or a touch that begins on one is
// for it (a page to turn, a button, the patient), and never turns, pans
// or zooms the model, however far the finger slips.
func (g *Game) panelBoxes(dst []view.Box) []view.Box {
	L := &g.frameLayout
	dst = dst[:0]
	for _, b := range []view.Box{L.Left, L.Right, L.Help, L.About, L.Quiz, L.Strip, L.Menu} {
		if b.W > 0 && b.H > 0 {
			dst = append(dst, g.onScreen(b))
		}
	}
	for _, b := range L.Tools {
		dst = append(dst, g.onScreen(b.Box))
	}
	return dst
}

// onPanel reports whether (x, y), screen pixels, is on a panel or a
// button the game last set (panelBoxes).
func (p *pointer) onPanel(x, y float32) bool {
	for _, b := range p.panels {
		if screen.In(b, x, y) {
			return true
		}
	}
	return false
}
