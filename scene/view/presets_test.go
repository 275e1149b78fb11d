package view_test

import (
	"testing"

	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// Landmarks in MNI ICBM152 2009 millimetres (x right, y anterior, z
// superior), each a few centimetres out from the brain's middle along one
// axis: the frontal and occipital poles, the patient's right and left
// hemispheres at their widest, the vertex and the base.
var (
	frontalPole   = mgl32.Vec3{0, 68, 0}
	occipitalPole = mgl32.Vec3{0, -102, 0}
	rightSide     = mgl32.Vec3{60, -20, 10}
	leftSide      = mgl32.Vec3{-60, -20, 10}
	vertex        = mgl32.Vec3{0, -20, 75}
	base          = mgl32.Vec3{0, -20, -40}
)

// screenDir is where a landmark lies on screen from its opposite one.
type screenDir int

const (
	onLeft screenDir = iota
	onRight
	above
	below
	// alongSight is neither left, right, above nor below by much: the
	// pair lies along the line of sight.
	alongSight
	// unchecked is no rule of the view (the oblique view's poles).
	unchecked
)

// TestViewPresetsReadAsAnatomistsExpect: each named view puts the front,
// the patient's right and the vertex where an anatomy atlas does. The top
// view has the frontal pole above the occipital pole (the superior view of
// an atlas); the bottom view too, with the patient's right on the left (as
// scans are seen).
func TestViewPresetsReadAsAnatomistsExpect(t *testing.T) {
	cases := []struct {
		view             string
		front, right, up screenDir
	}{
		{"front", alongSight, onLeft, above},
		{"back", alongSight, onRight, above},
		{"left", onLeft, alongSight, above},
		{"right", onRight, alongSight, above},
		{"top", above, onRight, alongSight},
		{"bottom", above, onLeft, alongSight},
		{"oblique", unchecked, onLeft, above},
	}
	for _, c := range cases {
		t.Run(c.view, func(t *testing.T) {
			cam := view.DefaultCamera()
			if err := cam.SetView(c.view); err != nil {
				t.Fatal(err)
			}
			check := func(what string, a, b mgl32.Vec3, want screenDir) {
				t.Helper()
				if want == unchecked {
					return
				}
				ax, ay, ok1 := cam.Project(a, 800, 600)
				bx, by, ok2 := cam.Project(b, 800, 600)
				if !ok1 || !ok2 {
					t.Fatalf("%s: a landmark lies behind the camera", what)
				}
				dx, dy := ax-bx, ay-by
				var got screenDir
				switch {
				case abs(dx) < 50 && abs(dy) < 50: // 170 mm across would be 300 px
					got = alongSight
				case abs(dx) > abs(dy) && dx < 0:
					got = onLeft
				case abs(dx) > abs(dy):
					got = onRight
				case dy < 0:
					got = above
				default:
					got = below
				}
				if got != want {
					t.Errorf("%s view: %s at (%.0f, %.0f) from (%.0f, %.0f) is %s, want %s", c.view, what, ax, ay, bx, by, dirName(got), dirName(want))
				}
			}
			check("the frontal pole from the occipital pole", frontalPole, occipitalPole, c.front)
			check("the patient's right from the left", rightSide, leftSide, c.right)
			check("the vertex from the base", vertex, base, c.up)
		})
	}
}

func abs(v float32) float32 { return max(v, -v) }

func dirName(d screenDir) string {
	return [...]string{"on the left", "on the right", "above", "below", "along the line of sight"}[d]
}
