package explorer

import (
	"testing"

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
		at := LesionCentre(p, pos, eye, radius)
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
