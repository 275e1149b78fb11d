package screen

import "github.com/decussate/decussate/scene/view"

// Mark is a short word over the model at a point of the screen, on a
// dark backing so that it reads over any colour: a section's sides (the
// patient's R and L, A and P) beside its cut.
type Mark struct {
	// X and Y are where its middle goes, in pixels.
	X, Y float32
	Text string
}

// markColor is a mark's letters: white, over panelColor.
var markColor = [4]float32{1, 1, 1, 1}

// drawMarks draws c's marks, each kept inside the part of the screen the
// panels leave the model (L.Centre), so that none lies under a panel.
func (s *Screen) drawMarks(dl *view.DrawList, L *Layout, c *Content) {
	if len(c.Marks) == 0 || L.Centre.W <= 0 || L.Centre.H <= 0 {
		return
	}
	size := L.Size * 1.1
	pad := size * 0.35
	b := L.Centre
	for _, m := range c.Marks {
		w := s.t.Width(m.Text, size) + 2*pad
		h := size * 1.5
		x := min(max(m.X-w/2, b.X), b.X+b.W-w)
		y := min(max(m.Y-h/2, b.Y), b.Y+b.H-h)
		dl.Rect(x, y, w, h, panelColor)
		dl.Label(x+w/2, y+h/2+size*0.35, size, markColor, view.AlignCenter, m.Text)
	}
}
