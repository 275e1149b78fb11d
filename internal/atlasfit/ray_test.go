package atlasfit_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/internal/atlasfit"
	"github.com/go-gl/mathgl/mgl64"
)

// TestRayTriangle: a ray meets a triangle in front of it at the distance
// along it; one that passes beside it, runs parallel to it, points away
// from it or starts on it does not.
func TestRayTriangle(t *testing.T) {
	tri := [3]mgl64.Vec3{{0, 0, 0}, {4, 0, 0}, {0, 4, 0}}
	for _, c := range []struct {
		name string
		o, d mgl64.Vec3
		hit  bool
		at   float64
	}{
		{"straight down onto it", mgl64.Vec3{1, 1, 10}, mgl64.Vec3{0, 0, -1}, true, 10},
		{"down with a direction twice as long", mgl64.Vec3{1, 1, 10}, mgl64.Vec3{0, 0, -2}, true, 5},
		{"from below", mgl64.Vec3{1, 1, -3}, mgl64.Vec3{0, 0, 1}, true, 3},
		{"beside it", mgl64.Vec3{3, 3, 10}, mgl64.Vec3{0, 0, -1}, false, 0},
		{"parallel to it", mgl64.Vec3{1, 1, 1}, mgl64.Vec3{1, 0, 0}, false, 0},
		{"pointing away", mgl64.Vec3{1, 1, 10}, mgl64.Vec3{0, 0, 1}, false, 0},
		{"starting on it", mgl64.Vec3{1, 1, 0}, mgl64.Vec3{0, 0, -1}, false, 0},
	} {
		at, hit := atlasfit.RayTriangle(c.o, c.d, tri)
		if hit != c.hit || (hit && math.Abs(at-c.at) > 1e-9) {
			t.Errorf("%s: RayTriangle = %g, %v; want %g, %v", c.name, at, hit, c.at, c.hit)
		}
	}
}
