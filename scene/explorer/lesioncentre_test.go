package explorer

import (
	"io/fs"
	"testing"

	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/scene/mesh"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// TestLesionCentreSinksIntoTheBrain: a click whose line of sight grazes the
// cortex (the vertex seen from low and to one side) still puts the lesion's
// centre under the surface, not beside it with half the sphere outside the
// brain; a click seen head-on sinks along the line of sight as before.
func TestLesionCentreSinksIntoTheBrain(t *testing.T) {
	const radius = 6
	cases := []struct {
		name          string
		surface, look mgl32.Vec3 // look: the line of sight's direction
	}{
		{"vertex, grazing from the right", mgl32.Vec3{19, -41, 81}, mgl32.Vec3{-1, 0, -0.1}},
		{"vertex, grazing from behind", mgl32.Vec3{19, -41, 81}, mgl32.Vec3{0, 1, -0.05}},
		{"vertex, grazing from the left", mgl32.Vec3{-19, -41, 81}, mgl32.Vec3{1, 0.2, -0.1}},
		{"hand knob, grazing from above", mgl32.Vec3{-50, -20, 55}, mgl32.Vec3{0.1, 0, -1}},
		{"hand knob, head-on", mgl32.Vec3{-50, -20, 55}, mgl32.Vec3{1, 0, -0.2}},
		{"frontal pole, head-on", mgl32.Vec3{-20, 68, 5}, mgl32.Vec3{0.1, -1, 0}},
	}
	p := geom.Teaching
	for _, c := range cases {
		pos := p.Warp(c.surface)
		eye := p.Warp(c.surface.Sub(c.look.Normalize().Mul(300)))
		at := LesionCentre(p, "precentral.L", pos, eye, radius)
		out := c.surface.Sub(hemisphereCentre(c.surface[0])).Normalize()
		depth := c.surface.Sub(at).Dot(out)
		if depth < 0.35*radius {
			t.Errorf("%s: the centre %v lies %.1f mm under the surface %v, want at least %.1f (the sphere mostly inside)",
				c.name, at, depth, c.surface, 0.35*radius)
		}
		if d := at.Sub(c.surface).Len(); d > radius {
			t.Errorf("%s: the centre %v is %.1f mm from the point clicked, want within the radius %d", c.name, at, d, radius)
		}
	}
}

// TestHemisphereCentreFromTheMesh: the centre a clicked lesion sinks
// towards is the shipped hemisphere's own middle, inside its bounds and
// mirrored for the right, not a typed constant.
func TestHemisphereCentreFromTheMesh(t *testing.T) {
	b, err := fs.ReadFile(meshes.FS(), mesh.Hemisphere.File())
	if err != nil {
		t.Fatal(err)
	}
	m, err := mesh.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := m.Bounds()
	left, right, mid := hemisphereCentre(-10), hemisphereCentre(10), hemisphereCentre(0)
	for d := range 3 {
		// Well inside: a quarter of the extent from either side.
		q := (hi[d] - lo[d]) / 4
		if left[d] < lo[d]+q || left[d] > hi[d]-q {
			t.Errorf("the left hemisphere's centre %v lies outside the middle half of its mesh's bounds %v–%v (axis %d)", left, lo, hi, d)
		}
	}
	if right != (mgl32.Vec3{-left[0], left[1], left[2]}) || mid != (mgl32.Vec3{0, left[1], left[2]}) {
		t.Errorf("the right centre %v and the midline's %v are not the left's %v mirrored and on the midline", right, mid, left)
	}
}
