package explorer

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/tour"
	"github.com/go-gl/mathgl/mgl32"
	"github.com/go-gl/mathgl/mgl64"
)

// A tour's caption may name a place the model has no part for: the hand
// knob and the leg area are places on the precentral gyrus, which the
// model draws whole; the internal capsule, the crus and the pyramid, which
// a caption says the fibres pass, are parts too faint or deep to find
// unnamed (a trace's tube alone through the capsule reads as a blue line).
// A step lists such places as marks (tour.Step.Marks); each is drawn as a
// small named sphere at its area's hot spot or its station's middle, and
// the step's labels are on for their names, so that what the teacher says
// is where the room looks.

// stepMarkRadius is a step's mark's radius, in millimetres: larger than a
// muscle's mark, to be seen through the glass brain from a room's back.
const stepMarkRadius = 4

// StepMarkColor is the colour of a step's mark: a warm white, apart from
// the gyrus's somatotopic colours under it.
var StepMarkColor = [4]float32{1, 0.93, 0.7, 1}

// StepMarks returns the marks, small named spheres in atlas millimetres,
// of the places marks names (tour.ParseMark): a cortical area at its hot
// spot ("area:hand:L"), a station of the pathway ("station:crus:L") in
// the middle of the fibres passing it; a mark that names neither is left
// out (tour.Validate reports it when the tours load).
func StepMarks(a *anatomy.Atlas, marks []string) []geom.Mesh {
	var out []geom.Mesh
	for _, text := range marks {
		m, err := tour.ParseMark(a, text)
		if err != nil {
			continue
		}
		var at mgl32.Vec3
		var name string
		if m.Station != "" {
			at, name = stationAt(a, m.Station, m.Side), a.Stations[a.StationIndex(m.Station)].Name
		} else {
			area := a.Area(m.Area.ID)
			at, name = geom.Vec32(anatomy.OnSide(area.At, m.Side)), area.Name
		}
		// The name without its bracket ("hand area", not "hand area (the
		// hand knob)"; "crus cerebri", not "… (cerebral peduncle)"): a
		// label too long for its column is left out, as a phone's would
		// be.
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		side := "left"
		if m.Side == anatomy.Right {
			side = "right"
		}
		mark := geom.Sphere(fmt.Sprintf("mark.%d", len(out)), name+" ("+side+")", at, stepMarkRadius, StepMarkColor)
		mark.Anchor, mark.Major = at, true
		out = append(out, mark)
	}
	return out
}

// stationAt returns the middle of the fibres that pass station id on side
// s, in atlas millimetres: the mean of every channel's course point there
// (in the capsule, between the genu's face fibres and the posterior limb's
// leg fibres).
func stationAt(a *anatomy.Atlas, id string, s anatomy.Side) mgl32.Vec3 {
	var sum mgl64.Vec3
	n := 0
	for _, c := range a.Channels {
		for _, p := range c.Course {
			if p.Station == id {
				sum, n = sum.Add(mgl64.Vec3(p.At)), n+1
			}
		}
	}
	if n == 0 {
		return mgl32.Vec3{}
	}
	return geom.Vec32(anatomy.OnSide(sum.Mul(1/float64(n)), s))
}

// stepMarks returns the marks of the tour's step open now, nil when none.
func (e *Explorer) stepMarks() []string {
	if e.player == nil {
		return nil
	}
	return e.player.Step().Marks
}
