package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// steepPitch is how far above or below the horizontal a camera looks
// before the brain's sides are marked: from there the vertex or the base
// faces the student, and nothing in the picture says which way is front.
const steepPitch = 55 * math.Pi / 180

// brainSides are points just beyond the cerebrum's sides in MNI ICBM152
// 2009 millimetres (x right, y anterior, z superior): its front (the
// frontal poles, y about +70), back (the occipital poles, y about -104),
// and the patient's right and left at its widest (x about ±70), at the
// height of the corpus callosum.
var brainSides = [4]struct {
	at   mgl32.Vec3
	text string
}{
	{mgl32.Vec3{0, 80, 20}, "A"},
	{mgl32.Vec3{0, -114, 20}, "P"},
	{mgl32.Vec3{80, -17, 20}, "R"},
	{mgl32.Vec3{-80, -17, 20}, "L"},
}

// viewMarks appends the brain's sides, A and P, and the patient's R and
// L, to dst where they land on a w × h screen seen by cam, when cam looks
// from well above or below (the top and bottom views, or a drag there)
// and no section is shown (a section marks its own cut's sides): seen
// from above the gyri give no clue to which end is the front.
func (e *Explorer) viewMarks(dst []screen.Mark, cam view.Camera, w, h int) []screen.Mark {
	if e.st.Section != "" || w <= 0 || h <= 0 || math.Abs(float64(cam.Pitch)) < steepPitch {
		return dst
	}
	for _, s := range brainSides {
		if x, y, ok := cam.Project(e.st.Proportions.Warp(s.at), w, h); ok {
			dst = append(dst, screen.Mark{X: x, Y: y, Text: s.text})
		}
	}
	return dst
}
