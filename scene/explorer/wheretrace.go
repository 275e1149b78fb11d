package explorer

import (
	"math"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// WhereToTrace returns the note a click at pos (drawn in the explorer's
// proportions) on the part of the cortex with mesh id gets when it starts
// no trace: what was clicked, and that motor pathways start on the
// precentral gyrus and the paracentral lobule. A student who taps the
// occipital lobe learns where to tap, rather than watching a trace start
// from a motor area far from the finger. It is "" for a part that is not
// cortex, or that starts a trace.
func (e *Explorer) WhereToTrace(id string, pos mgl32.Vec3) string {
	dot := strings.LastIndex(id, ".")
	if dot < 0 || motorCortex(id) {
		return ""
	}
	name, side := id[:dot], sideWord(id[dot+1:])
	var what string
	switch name {
	case "hemisphere":
		what = cortexPart(e.cfg.Atlas, e.st.Proportions.Unwarp(pos))
	case "postcentral":
		what = "postcentral gyrus, which feels"
	case "premotor", "sma":
		// Area 6's fibres join the strip's below the cortex: the trace
		// starts where they join.
		name := "premotor cortex (area 6)"
		if id[:dot] == "sma" {
			name = "supplementary motor area"
		}
		verb := "Click"
		if e.device == words.Touch {
			verb = "Tap"
		}
		return "The " + side + name + ": its fibres join those of the precentral gyrus and the paracentral lobule below the cortex. " +
			verb + " the precentral gyrus, just behind it, or the paracentral lobule, at the top of the midline, to trace them."
	default:
		return ""
	}
	verb := "Click"
	if e.device == words.Touch {
		verb = "Tap"
	}
	return "The " + side + what + ": no motor pathway starts here. " +
		verb + " the precentral gyrus, in front of the central sulcus, or the paracentral lobule, at the top of the midline, to trace one."
}

// sideWord returns the word for a mesh id's side suffix, with a space
// after it; "" for none.
func sideWord(s string) string {
	switch s {
	case anatomy.Left.String():
		return "left "
	case anatomy.Right.String():
		return "right "
	}
	return ""
}

// cortexPart names the lobe of the cortex outside the central areas that
// holds atlas point p, by the MNI landmarks the lobes' borders run near:
// the occipital pole behind the parieto-occipital line, the temporal lobe
// below the Sylvian fissure, and in front of or behind the motor strip
// (the nearest motor area) the frontal or the parietal lobe. It names a
// student's tap, not a parcellation.
func cortexPart(a *anatomy.Atlas, p mgl32.Vec3) string {
	x, y, z := math.Abs(float64(p[0])), float64(p[1]), float64(p[2])
	switch {
	case y < -80 || (y < -70 && z < 25):
		return "occipital lobe"
	case z < 0 && (y < 8 || x > 30), z < 12 && y < -5 && x > 45:
		return "temporal lobe"
	}
	if ar := a.Area(nearestArea(a, p)); ar != nil && y < ar.At[1] {
		return "parietal lobe"
	}
	return "frontal lobe"
}
