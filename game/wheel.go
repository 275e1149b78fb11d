package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
)

// readWheel gives this tick's wheel to what is under it (wheelAt): where
// the wheel event says it turned, in the page, or else at the cursor.
func (g *Game) readWheel() {
	n, x, y, at := readWheel()
	if n == 0 {
		return
	}
	if at {
		x, y = x*g.scale, y*g.scale
	} else {
		x, y = g.ptr.x, g.ptr.y
	}
	g.wheelAt(n, x, y)
}

// wheelAt gives n wheel notches (positive toward the screen; fractions
// for a trackpad) at (x, y), screen pixels, to what is there: the list
// of classic lesions scrolls, the list of controls, the About panel and
// lesion mode's report turn their pages, another panel or button takes
// nothing, and only the model's own part of the screen zooms.
func (g *Game) wheelAt(n, x, y float32) {
	if n == 0 || n != n {
		return
	}
	if g.ptr.list.wheel(n, x, y) {
		return
	}
	f := g.frameScale()
	fx, fy := x*f, y*f
	L := &g.frameLayout
	switch {
	case screen.In(L.Help, fx, fy) || screen.In(L.About, fx, fy):
		g.wheelPage(explorer.HelpPage, n, g.ex.HelpPage(), L.HelpPages())
	case g.onReport(fx, fy):
		g.wheelPage(explorer.ReportPage, n, g.ex.ReportPage(), L.ReportPages())
	case g.ptr.onPanel(x, y):
	default:
		g.ptr.pageWheel = 0
		g.ctl.zoomAt(n, x, y, g.screenW, g.screenH)
	}
}

// wheelPage turns a paged panel (action k, showing page of pages) by the
// wheel: a notch down a page on, up a page back, a trackpad's small steps
// adding up to one; it stops at the first and the last page rather than
// going round, as a scrolled page does.
func (g *Game) wheelPage(k explorer.Kind, n float32, page, pages int) {
	w := &g.ptr.pageWheel
	*w -= n
	turn := int(*w)
	*w -= float32(turn)
	to := max(0, min(pages-1, page+turn))
	if to == page {
		*w = 0
		return
	}
	g.pick(k, to-page)
}
