package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/hajimehoshi/ebiten/v2"
)

// openPicker opens the list of classic lesions, its query empty.
func (g *Game) openPicker() {
	g.loadLibrary()
	g.act(explorer.OpenPicker)
}

// clickLesion places a lesion where lesion mode's click landed on the
// model, or moves the selected one there with Shift.
func (g *Game) clickLesion() {
	px, py := g.pointerInFrame()
	mi, pos, ok := g.renderer.PickPoint(&g.dl, px, py)
	if !ok {
		return
	}
	if err := g.do(g.ex.LesionClick(g.renderer.Model().Meshes[mi].ID, pos, ebiten.IsKeyPressed(ebiten.KeyShift))); err != nil {
		g.showNotes([]string{err.Error() + "."})
	}
}
