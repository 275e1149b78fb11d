package explorer

import (
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// On a screen taller than wide (a phone held upright) there is no room
// beside the model for its labels: the view puts them above and below it
// and beside the cord. Framing leaves them that room while labels are
// shown, by framing the model a little smaller: a band at the free area's
// top and a margin each side.

// labelsShown reports whether the frame names the model's parts: the
// Labels toggle, or a tour's step's marks.
func (e *Explorer) labelsShown() bool {
	return e.st.Labels || len(e.stepMarks()) > 0
}

// roomForLabels returns the part of area, the free area of a w × h
// screen at ratio pixels per CSS pixel, that framing fits the model into:
// area less a band of three labels' lines at its top and a sixteenth of
// its width each side, when labels are shown on a screen taller than
// wide; area itself otherwise.
func (e *Explorer) roomForLabels(w, h int, ratio float32, area view.Area) view.Area {
	if w >= h || !e.labelsShown() {
		return area
	}
	if !(ratio > 0) {
		ratio = 1
	}
	line := screen.NewMetrics(w, h, ratio, e.st.Presenter).LabelSize() * 1.5
	top := min(3*line, (area.Y1-area.Y0)/8)
	side := (area.X1 - area.X0) / 16
	return view.Area{X0: area.X0 + side, Y0: area.Y0 + top, X1: area.X1 - side, Y1: area.Y1}
}

// toggleLabels turns the labels on or off, and on a screen taller than
// wide moves a camera still at the first view to the first view framed
// for the labels now: the model a little smaller with them, to leave
// their room, and as large as before without.
func (e *Explorer) toggleLabels() {
	was := e.firstView()
	e.flipLabels()
	if e.shown.w >= e.shown.h || e.player != nil || e.framing.kind != framedNone || !sameView(e.MoveGoal(), was) {
		return
	}
	if now := e.firstView(); now != was {
		e.camMove.start(e.st.Camera, now)
	}
}
