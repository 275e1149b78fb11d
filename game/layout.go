package game

import "github.com/decussate/decussate/scene/view"

// Where the overlay's panels sit on a w×h screen. Drawing a panel and
// keeping the model's labels clear of it (labelArea) both ask here, so
// that they agree.

// reportPanelX returns the left edge of lesion mode's report panel, which
// runs down the right of the screen.
func reportPanelX(w, h int) float32 {
	size := textSize(w, h) * 0.9
	return float32(w) - min(float32(w)*0.34, size*30)
}

// patientPanel returns the left edge and the width of lesion mode's patient
// panel, down the left of the screen.
func patientPanel(w, h int) (x, width float32) {
	return textSize(w, h) * 0.5, min(float32(w)*0.22, float32(h)*0.42)
}

// tourCaption returns a tour caption broken into the lines drawn, large,
// across the screen, and the height of the first line's baseline.
func tourCaption(text string, w, h int) (lines []string, top float32) {
	size := textSize(w, h)
	lines = wrap(text, float32(w)*0.8/(size*1.2*0.52))
	return lines, float32(h) - size*2.4 - float32(len(lines))*size*1.6
}

// bottomBand returns the top of what covers the bottom of the screen: the
// hint line, or a tour's caption or a trace's above it.
func (g *Game) bottomBand(w, h int) float32 {
	size := textSize(w, h)
	switch {
	case g.tours.player != nil:
		_, top := tourCaption(g.tours.caption(), w, h)
		return top - size*1.2
	case g.tracer.active && g.tracer.caption != "":
		return float32(h) - size*4.6
	}
	return float32(h) - size*1.9
}

// labelArea returns the part of a w×h screen that the overlay leaves to the
// model's labels: below a title, between lesion mode's panels and above
// bottom, where the hint line or a caption starts (bottomBand).
func (g *Game) labelArea(w, h int, bottom float32) view.Area {
	size := textSize(w, h)
	a := view.Area{X1: float32(w), Y1: bottom - size*0.5}
	if g.tours.player != nil || g.tracer.active || g.lesions.active {
		a.Y0 = size * 2.4
	}
	if g.lesions.active {
		x, width := patientPanel(w, h)
		a.X0, a.X1 = x+width, reportPanelX(w, h)
	}
	if a.X1-a.X0 < size*10 || a.Y1-a.Y0 < size*4 {
		// Too small a screen for panels and labels both: the labels may
		// go over the panels rather than vanish.
		return view.Area{}
	}
	return a
}
