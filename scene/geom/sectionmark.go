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

// OnSectionFace reports whether p (x and y, atlas millimetres) lies on the
// cut face of a section at height z: in the cord, inside its outline; above
// it, inside one of the structures FaceBounds frames (the brainstem's, or
// the deep nuclei and capsule). A nerve or root a lesion cuts crosses the
// plane outside them, where it has left the brainstem or cord, and its
// mark there is named (a ring beside the pons reads as nothing without its
// name). Without the shipped meshes every point is on the face, so nothing
// more is named.
func OnSectionFace(a *anatomy.Atlas, z float64, p mgl32.Vec2) bool {
	if z < a.Segment(0).Top {
		return inCord(a, z, p, 0)
	}
	real, err := ShippedSectionAnatomy()
	if err != nil {
		return true
	}
	for _, m := range real.Face(z) {
		if !framed(&m) {
			continue
		}
		idx := m.Indices
		for i := 0; i+2 < len(idx); i += 3 {
			if inTriangle(p, m.Positions[idx[i]].Vec2(), m.Positions[idx[i+1]].Vec2(), m.Positions[idx[i+2]].Vec2()) {
				return true
			}
		}
	}
	return false
}

// inTriangle reports whether p lies in the triangle a, b, c, either way
// round, its edges included.
func inTriangle(p, a, b, c mgl32.Vec2) bool {
	cross := func(o, u, v mgl32.Vec2) float32 { return (u[0]-o[0])*(v[1]-o[1]) - (u[1]-o[1])*(v[0]-o[0]) }
	d1, d2, d3 := cross(a, b, p), cross(b, c, p), cross(c, a, p)
	neg := d1 < 0 || d2 < 0 || d3 < 0
	pos := d1 > 0 || d2 > 0 || d3 > 0
	return !(neg && pos)
}

// NearSectionFace reports whether p (x and y, atlas millimetres) lies
// within mm of the face of a section at height z: in the cord, of its
// outline; above it, of the box of the structures FaceBounds frames. A
// nerve cut where it leaves the brainstem lies near it; its trunk
// further on, beside the cord, does not.
func NearSectionFace(a *anatomy.Atlas, z float64, p mgl32.Vec2, mm float32) bool {
	if z < a.Segment(0).Top {
		return inCord(a, z, p, mm)
	}
	real, err := ShippedSectionAnatomy()
	if err != nil {
		return true
	}
	lo, hi, ok := real.FaceBounds(z)
	return ok && p[0] >= lo[0]-mm && p[0] <= hi[0]+mm && p[1] >= lo[1]-mm && p[1] <= hi[1]+mm
}

// inCord reports whether p lies within mm of the outline of the cord's
// segment at height z.
func inCord(a *anatomy.Atlas, z float64, p mgl32.Vec2, mm float32) bool {
	seg := a.Segment(levelAt(a, z))
	dx, dy := float64(p[0])/(seg.RX+float64(mm)), (float64(p[1])-seg.Y)/(seg.RY+float64(mm))
	return dx*dx+dy*dy <= 1
}
