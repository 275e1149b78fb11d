package explorer

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
)

// A tour's caption may name a place the model has no part for: the hand
// knob and the leg area are places on the precentral gyrus, which the
// model draws whole. A step lists such places as marks (tour.Step.Marks);
// each is drawn as a small named sphere at its area's hot spot, and the
// step's labels are on for their names, so that what the teacher says is
// where the room looks.

// stepMarkRadius is a step's mark's radius, in millimetres: larger than a
// muscle's mark, to be seen through the glass brain from a room's back.
const stepMarkRadius = 4

// StepMarkColor is the colour of a step's mark: a warm white, apart from
// the gyrus's somatotopic colours under it.
var StepMarkColor = [4]float32{1, 0.93, 0.7, 1}

// StepMarks returns the marks, small named spheres in atlas millimetres,
// of the areas marks names as trace starts do ("area:hand:L"); a mark
// that names no area is left out (tour.Validate reports it when the tours
// load).
func StepMarks(a *anatomy.Atlas, marks []string) []geom.Mesh {
	var out []geom.Mesh
	for _, m := range marks {
		st, err := trace.ParseStart(a, m)
		if err != nil || st.Kind != trace.FromArea {
			continue
		}
		area := a.Area(st.ID)
		at := geom.Vec32(anatomy.OnSide(area.At, st.Side))
		// The area's name without its bracket ("hand area", not "hand
		// area (the hand knob)"): a label too long for its column is
		// left out, as a phone's would be.
		name := area.Name
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		side := "left"
		if st.Side == anatomy.Right {
			side = "right"
		}
		mark := geom.Sphere(fmt.Sprintf("mark.%d", len(out)), name+" ("+side+")", at, stepMarkRadius, StepMarkColor)
		mark.Anchor, mark.Major = at, true
		out = append(out, mark)
	}
	return out
}

// stepMarks returns the marks of the tour's step open now, nil when none.
func (e *Explorer) stepMarks() []string {
	if e.player == nil {
		return nil
	}
	return e.player.Step().Marks
}
