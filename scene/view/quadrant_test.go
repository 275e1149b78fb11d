package view_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestQuadrantFacesTheCamera: the quadrant look cuts the upper quarter of
// the hemisphere on the camera's side, its front seen from in front and
// its back from behind, and closes it with the cap; the far hemisphere is
// drawn whole and the deep nuclei solid, with fewer triangles of the near
// cortex than the opaque look draws.
func TestQuadrantFacesTheCamera(t *testing.T) {
	m, err := geom.Build(testatlas.Atlas(t))
	if err != nil {
		t.Fatal(err)
	}
	r := view.NewRenderer(m)
	for _, c := range []struct {
		name string
		yaw  float64
		want geom.Quarter
	}{
		{"front left", 0.75, geom.LeftFront},
		{"back left", 2.4, geom.LeftBack},
		{"front right", -0.75, geom.RightFront},
		{"back right", -2.4, geom.RightBack},
	} {
		cam := view.DefaultCamera()
		cam.Yaw = float32(c.yaw)
		count := func(look geom.Look) (near, lid, far, deep int) {
			var dl view.DrawList
			r.Frame(&dl, &cam, 800, 600, view.FrameOptions{Highlight: -1, Look: look})
			for mi, n := range view.DrawnTriangles(r) {
				if mi >= len(m.Meshes) {
					continue
				}
				mesh := &m.Meshes[mi]
				switch {
				case mesh.Quarter != geom.NoQuarter && mesh.Quarter != c.want:
					t.Errorf("%s: %s of quarter %s is drawn, want %s only", c.name, mesh.ID, mesh.Quarter, c.want)
				case mesh.ID == "hemisphere-cut."+c.want.Side().String():
					lid += n
				case mesh.Cortex && mesh.Side == c.want.Side():
					near += n
				case mesh.Cortex:
					far += n
				case mesh.Group == "deep":
					deep += n
				}
			}
			return near, lid, far, deep
		}
		opaqueNear, _, _, _ := count(geom.Opaque)
		near, lid, far, deep := count(geom.Quadrant)
		if near == 0 || near >= opaqueNear || lid == 0 || far == 0 || deep == 0 {
			t.Errorf("%s: %d near cortex triangles (opaque %d), %d of the cap, %d far, %d deep; want the near cortex cut, the cap, the far cortex and the deep nuclei", c.name, near, opaqueNear, lid, far, deep)
		}
	}
}

// BenchmarkFrameQuadrant draws the full scene in the quadrant look at
// 1920×1080, still and moving, the camera orbiting so that the quarter cut
// changes: the frame only chooses the cut copies geom made, so the
// budgets of BenchmarkFrame and BenchmarkFrameMoving hold, with no
// allocation.
func BenchmarkFrameQuadrant(b *testing.B) {
	for _, moving := range []bool{false, true} {
		name := "still"
		if moving {
			name = "moving"
		}
		b.Run(name, func(b *testing.B) {
			r := view.NewRenderer(testModel(b))
			cam := view.DefaultCamera()
			var dl view.DrawList
			opt := view.FrameOptions{Highlight: -1, Look: geom.Quadrant, Moving: moving}
			r.Frame(&dl, &cam, 1920, 1080, opt)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				cam.Orbit(0.01, 0)
				r.Frame(&dl, &cam, 1920, 1080, opt)
			}
		})
	}
}
