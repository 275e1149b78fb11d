package screen

import (
	"math"

	"github.com/decussate/decussate/scene/view"
)

// The overlay's colours.
var (
	hintColor     = [4]float32{0.80, 0.84, 0.88, 0.9}
	hoverColor    = [4]float32{1, 1, 1, 1}
	panelColor    = [4]float32{0.04, 0.05, 0.06, 0.86}
	scaleColor    = [4]float32{0.95, 0.8, 0.45, 1}
	captionColor  = [4]float32{1, 0.93, 0.7, 1}
	pointerRing   = [4]float32{1, 0.85, 0.1, 0.95}
	buttonColor   = [4]float32{0.18, 0.22, 0.27, 0.95}
	buttonBorder  = [4]float32{0.8, 0.84, 0.88, 0.9}
	buttonOnColor = [4]float32{0.16, 0.38, 0.55, 0.95}
	// buttonIdle and buttonIdleText draw a button with nothing to act
	// on (Content.Idle): its panel fainter, its words grey.
	buttonIdle     = [4]float32{0.12, 0.14, 0.17, 0.8}
	buttonIdleText = [4]float32{0.5, 0.53, 0.56, 0.8}
	focusRing      = [4]float32{1, 0.85, 0.1, 1}
	// notePanelColor is behind a note: nearly opaque, since it lies over
	// the model.
	notePanelColor = [4]float32{0.04, 0.05, 0.06, 0.95}
	// tourCaptionColor is behind a tour's caption: opaque, so that labels
	// behind do not show through the words a room reads.
	tourCaptionColor = [4]float32{0.04, 0.05, 0.06, 1}
)

// Draw draws c over the model where L put it.
func (s *Screen) Draw(dl *view.DrawList, L *Layout, c *Content) {
	f := s.t
	size, pad := L.Size, L.Pad
	w := L.topW
	for i, line := range L.title {
		dl.Label(L.titleX, L.titleY+float32(i)*size*lineGap, size, captionColor, view.AlignCenter, line)
	}
	s.drawMarks(dl, L, c)
	for i, line := range L.hover {
		dl.Label(L.hoverX, L.hoverY+float32(i)*size*1.1*lineGap, size*1.1, hoverColor, view.AlignLeft, line)
	}
	if c.Tags != "" {
		// On a backing: the tags lie over the model, a pale slice too.
		line := f.FitLine(c.Tags, size, w-L.hoverX-2*pad)
		tw := f.Width(line, size)
		dl.Rect(w-pad*2.5-tw, L.tagsY-size*1.05, tw+pad, size*1.4, panelColor)
		dl.Label(w-pad*2, L.tagsY, size, scaleColor, view.AlignRight, line)
	}
	if len(L.NoteLines) > 0 {
		b := L.Note
		dl.Panel(b.ID, b.X, b.Y, b.W, b.H, notePanelColor)
		for i, line := range L.NoteLines {
			dl.Label(b.X+b.W/2, b.Y+L.noteSz*(1.2+lineGap*float32(i)), L.noteSz, captionColor, view.AlignCenter, line)
		}
	}
	if len(L.capText) > 0 {
		b := L.Caption
		bg, fg := panelColor, captionColor
		if c.TourCaption {
			bg, fg = tourCaptionColor, hoverColor
		}
		dl.Panel(b.ID, b.X, b.Y, b.W, b.H, bg)
		for i, line := range L.capText {
			dl.Label(w/2, b.Y+L.capSize*(1.15+lineGap*float32(i)), L.capSize, fg, view.AlignCenter, line)
		}
	}
	w = float32(L.M.W)
	b := L.Hint
	if b.H > 0 {
		dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	}
	for i, line := range L.hints {
		dl.Label(b.X+b.W/2, b.Y+L.hintSz*(1.15+lineGap*float32(i)), L.hintSz, hintColor, view.AlignCenter, line)
	}
	// The strip under the toolbar's buttons, so that they read over the
	// model.
	dl.Rect(0, b.Y+b.H, w, float32(L.M.H)-b.Y-b.H, panelColor)
	drawList(dl, L.Help, &L.help, pad, hoverColor)
	drawList(dl, L.About, &L.about, pad, captionColor)
	if L.Quiz.W > 0 {
		b := L.Quiz
		dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
		qs := L.quizSize
		for i, line := range L.quizText {
			y := b.Y + qs*(1.2+lineGap*float32(i))
			if y > b.Y+b.H-qs*0.2 {
				break
			}
			dl.Label(b.X+b.W/2, y, qs, captionColor, view.AlignCenter, line)
		}
	}
	switch {
	case c.Picker && L.Left.W > 0 && c.Presets != nil:
		c.Presets.Draw(dl, f, L.Left, size, L.M.Least(), c.Device)
	case c.Lesion && L.Left.W > 0 && c.Patient != nil:
		c.Patient.draw(dl, &L.patient, L.Left)
	}
	if c.Lesion && L.Right.W > 0 && c.Report != nil {
		L.report.draw(dl, f, L.Right)
	}
	L.drawStrip(dl)
	drawTools(dl, L, c)
	if c.Ring {
		drawPointerRing(dl, L.Centre, c.PointerX, c.PointerY)
	}
}

// drawList draws a page of a list (the list of controls, the credits) in
// b: a first column and, from p.split on, a second 2·pad to the right of
// it, the title (on the first page) in first's colour, the rest white, and
// the cue, which page it is, at the panel's foot.
func drawList(dl *view.DrawList, b view.Box, p *listPage, pad float32, first [4]float32) {
	if b.W == 0 {
		return
	}
	size := p.size
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	colW := (b.W - 4*pad) / 2
	for i, line := range p.lines {
		if line == "" {
			continue
		}
		c := hoverColor
		if i < p.titled {
			c = first
		}
		x, row := b.X+pad, i
		if i >= p.split {
			x, row = b.X+3*pad+colW, i-p.split
		}
		dl.Label(x, b.Y+size*(1.4+lineGap*float32(row)), size, c, view.AlignLeft, line)
	}
	if p.cue != "" {
		dl.Label(b.X+b.W-pad, b.Y+b.H-size*0.45, size, captionColor, view.AlignRight, p.cue)
	}
}

// drawPointerRing draws presenter mode's ring at the pointer, for a room
// to follow where the teacher points at the model: only over the model's
// part of the screen (centre), never over a panel's words nor cut by the
// screen's edge, so near centre's edge the ring shrinks to fit, and a
// pointer on its very edge or outside it gets none.
func drawPointerRing(dl *view.DrawList, centre view.Box, px, py float32) {
	r := RingRadius(dl.Height, centre, px, py)
	if r == 0 {
		return
	}
	const segments = 32
	for i := 0; i < segments; i++ {
		a0 := 2 * math.Pi * float64(i) / segments
		a1 := 2 * math.Pi * float64(i+1) / segments
		dl.Line(px+r*float32(math.Cos(a0)), py+r*float32(math.Sin(a0)), px+r*float32(math.Cos(a1)), py+r*float32(math.Sin(a1)), max(3, r/8), pointerRing)
	}
}

// RingRadius is the radius of presenter mode's ring at (px, py) on a
// frame height pixels high whose model keeps box centre: a 28th of the
// height, less where the ring (and its stroke) would leave centre, 0
// where too little of it would fit to read as a ring.
func RingRadius(height int, centre view.Box, px, py float32) float32 {
	r := float32(height) / 28
	if !In(centre, px, py) {
		return 0
	}
	room := min(px-centre.X, centre.X+centre.W-px, py-centre.Y, centre.Y+centre.H-py)
	// The stroke is max(3, r/8) wide, half of it outside r.
	fit := min(r, room-max(3, r/8)/2)
	if fit < r/3 {
		return 0
	}
	return fit
}
