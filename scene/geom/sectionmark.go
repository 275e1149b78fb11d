package geom

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// markLift is how much nearer the viewer than the section's own dots a
// mark on the face lies, in lifts: over the nuclei and fibre dots it
// marks, under the traced fibres (2 lifts).
const markLift = 1.5

// SectionMark returns a mark on the face of a section at height z, at
// at's x and y: a disc of radius r filled with fill on a wider disc of
// ring's colour, so that it stands out on the pale face and on the red
// motor nuclei alike. The fill lies a little nearer the viewer than the
// ring: marks that overlap (the bundles one lesion cuts) read as one dark
// patch with one outline. It belongs to the section (Group "section"), so
// the cut does not clip it, and lies nearer the viewer below than the
// face's own dots.
func SectionMark(a *anatomy.Atlas, id, name string, z float64, at mgl32.Vec3, r float32, fill, ring [4]float32) []Mesh {
	lift := sectionLift
	if z < a.Segment(0).Top {
		lift = cordLift
	}
	band := max(0.35, r*0.4)
	under := mgl32.Vec3{at[0], at[1], float32(z) + markLift*lift}
	over := mgl32.Vec3{at[0], at[1], float32(z) + (markLift+0.1)*lift}
	return []Mesh{
		disc(id+".ring", name, under, r+band, r+band, ring),
		disc(id, name, over, r, r, fill),
	}
}

// Crossings returns where a path crosses the horizontal plane at height
// z, in path order.
func Crossings(path []mgl32.Vec3, z float32) []mgl32.Vec3 { return crossings(path, z) }
