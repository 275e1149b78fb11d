package screen

import (
	"math"

	"github.com/decussate/decussate/scene/view"
)

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

// maxMarks is the most marks drawn: a section's four sides, and room.
const maxMarks = 8

// markSize returns the size of a mark's letters on a screen of metrics m:
// the model's labels' (LabelSize), a little larger, so that in presenter
// mode the letters do not take the room of the cut they mark.
func markSize(m Metrics) float32 { return m.LabelSize() * 1.1 }

// MarkRoom returns how far a one-letter mark's backing reaches across
// and down, in pixels, on a screen of metrics m: what a section's framing
// leaves about its cut for its sides' letters, which would otherwise be
// pushed over the cut by the panels about it.
func MarkRoom(m Metrics) (w, h float32) {
	size := markSize(m)
	return size*0.75 + 2*size*0.35, size * 1.5
}

// drawMarks draws c's marks, each kept inside the part of the screen the
// panels leave the model (L.Centre), so that none lies under a panel.
// Marks that would crowd one another (a section seen from afar, or
// pushed into one corner) are not drawn at all, and a mark over a label
// of the model already drawn, or pushed over the edge it marks, is left
// out: the label names what is there.
func (s *Screen) drawMarks(dl *view.DrawList, L *Layout, c *Content) {
	var ms markSet
	if !s.placeMarks(&ms, L, c) {
		return
	}
	labels := len(dl.Texts)
	for i := range ms.n {
		over := ms.skip[i]
		for k := range labels {
			if ms.boxes[i].Overlaps(TextBox(s.t.m, &dl.Texts[k]), 2) {
				over = true
				break
			}
		}
		if over {
			continue
		}
		bx := ms.boxes[i]
		dl.Rect(bx.X, bx.Y, bx.W, bx.H, panelColor)
		t := ms.texts[i]
		dl.Label(t.X, t.Y, t.Size, markColor, t.Align, t.S)
	}
}

// MarkBoxes returns the boxes c's marks take on the screen laid out as L,
// each with its backing, as drawMarks draws them (none, when they would
// crowd one another, and none for a mark pushed over the edge it marks):
// the model's labels keep off them, their leader lines too, since a
// letter drawn over a leader hides where it goes.
func (s *Screen) MarkBoxes(L *Layout, c *Content) []view.Box {
	var ms markSet
	if !s.placeMarks(&ms, L, c) {
		return nil
	}
	var out []view.Box
	for i := range ms.n {
		if !ms.skip[i] {
			out = append(out, ms.boxes[i])
		}
	}
	return out
}

// markSet is where a frame's marks go: their letters, their boxes with
// their backings, and which are left out for lying over what they mark.
type markSet struct {
	texts [maxMarks]view.Text
	boxes [maxMarks]view.Box
	skip  [maxMarks]bool
	n     int
}

// placeMarks places c's marks into ms, each kept inside L.Centre, and
// reports whether they are drawn at all: not when two would overlap.
func (s *Screen) placeMarks(ms *markSet, L *Layout, c *Content) bool {
	if len(c.Marks) == 0 || L.Centre.W <= 0 || L.Centre.H <= 0 {
		return false
	}
	size := markSize(L.M)
	pad := size * 0.35
	b := L.Centre
	n := min(len(c.Marks), maxMarks)
	ms.n = n
	// Each mark's point is the edge of what it marks: its backing goes
	// outward from the marks' middle, beside the edge, not over it.
	var cx, cy float32
	for _, m := range c.Marks[:n] {
		cx, cy = cx+m.X/float32(n), cy+m.Y/float32(n)
	}
	for i, m := range c.Marks[:n] {
		w := s.t.Width(m.Text, size) + 2*pad
		h := size * 1.5
		mx, my := m.X, m.Y
		if d := float32(math.Hypot(float64(m.X-cx), float64(m.Y-cy))); n > 1 && d > 0 {
			ux, uy := (m.X-cx)/d, (m.Y-cy)/d
			out := float32(math.Abs(float64(ux)))*w/2 + float32(math.Abs(float64(uy)))*h/2
			mx, my = mx+ux*out, my+uy*out
		}
		x := min(max(mx-w/2, b.X), b.X+b.W-w)
		y := min(max(my-h/2, b.Y), b.Y+b.H-h)
		inside := m.X > b.X && m.X < b.X+b.W && m.Y > b.Y && m.Y < b.Y+b.H
		if ox, oy := mx-w/2-x, my-h/2-y; inside && (ox*ox > w*w/4 || oy*oy > h*h/4) {
			// Kept off a panel, the mark was pushed more than half its
			// size back over the edge it marks: over the cut, it would
			// hide what it names.
			ms.skip[i] = true
		}
		ms.texts[i] = view.Text{X: x + w/2, Y: y + h/2 + size*0.35, Size: size, Align: view.AlignCenter, S: m.Text}
		tb := TextBox(s.t.m, &ms.texts[i])
		x0, y0 := min(x, tb.X), min(y, tb.Y)
		ms.boxes[i] = view.Box{X: x0, Y: y0, W: max(x+w, tb.X+tb.W) - x0, H: max(y+h, tb.Y+tb.H) - y0}
		for j := range i {
			if !ms.skip[i] && !ms.skip[j] && ms.boxes[i].Overlaps(ms.boxes[j], 2) {
				return false
			}
		}
	}
	return true
}
