package lesion_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestClickGrazingTheVertex: a student looks at the vertex from one side
// and above, as the explorer frames the model from the person's side, and
// clicks the motor strip within a few millimetres of the midline. Where the
// ray enters the near hemisphere's medial edge, at a slant toward the
// midline, the lesion's centre sunk along it used to cross into the far
// hemisphere and weaken the leg on the near side (the far hemisphere's leg
// area). Each click's lesion now lies in the hemisphere the pick found (the
// first surface the ray enters, as drawn: the near hemisphere's edge, or
// the far one's medial wall seen down the fissure) and weakens most the
// side opposite it, from the left and from the right.
func TestClickGrazingTheVertex(t *testing.T) {
	// Rays grazing the left paracentral lobule's upper edge from the
	// left and above, and their mirror images from the right.
	for _, c := range []struct {
		surface, eye mgl32.Vec3
		weak         string
	}{
		{mgl32.Vec3{-2.5, -32.8, 76.3}, mgl32.Vec3{-212, -25, 262}, "R"},
		{mgl32.Vec3{-2.7, -37.5, 75.2}, mgl32.Vec3{-212, -25, 262}, "R"},
		{mgl32.Vec3{2.5, -32.8, 76.3}, mgl32.Vec3{212, -25, 262}, "L"},
		{mgl32.Vec3{2.7, -37.5, 75.2}, mgl32.Vec3{212, -25, 262}, "L"},
	} {
		radius := explorer.RadiusAt(c.surface)
		at := explorer.LesionCentre(geom.Teaching, "paracentral.L", geom.Teaching.Warp(c.surface), geom.Teaching.Warp(c.eye), radius)
		site := fmt.Sprintf("point:%.2f,%.2f,%.2f,%g", at[0], at[1], at[2], radius)
		res := evaluate(t, lesion.Chronic, site)
		if (at[0] < 0) != (c.surface[0] < 0) {
			t.Errorf("a click at %v seen from %v: the lesion's centre %s crossed the midline", c.surface, c.eye, site)
		}
		for _, d := range res.Deficits {
			if d.Side != c.weak {
				t.Errorf("a click at %v seen from %v (%s): %s, want only the %s side weak", c.surface, c.eye, site, deficitsText(res), c.weak)
				break
			}
		}
		if len(res.Deficits) == 0 {
			t.Errorf("a click at %v seen from %v (%s): no weakness, want the %s leg", c.surface, c.eye, site, c.weak)
		}
	}
	m := testatlas.Model(t)
	r := view.NewRenderer(m)
	const w, h = 640, 480
	for _, v := range []struct {
		from string
		yaw  float32
	}{{"L", 90}, {"R", -90}} {
		for _, pitch := range []float32{30, 45, 60} {
			cam := view.DefaultCamera()
			cam.Yaw, cam.Pitch = v.yaw*math.Pi/180, pitch*math.Pi/180
			cam.Target, cam.Distance = mgl32.Vec3{0, -25, 50}, 300
			var dl view.DrawList
			r.Frame(&dl, &cam, w, h, view.FrameOptions{Highlight: -1, Look: geom.Glass})
			eye := cam.Eye()
			clicks, near := 0, 0
			// A coarse pass finds the strip by the vertex; a fine one
			// clicks around what it found.
			fine := map[[2]int]bool{}
			for y := 0; y < h; y += 16 {
				for x := 0; x < w; x += 16 {
					if mi, pos, ok := r.PickPoint(&dl, float32(x), float32(y)); ok && m.Meshes[mi].Cortex {
						if p := geom.Teaching.Unwarp(pos); math.Abs(float64(p[0])) < 12 && p[2] > 50 {
							for dy := -9; dy <= 9; dy += 3 {
								for dx := -9; dx <= 9; dx += 3 {
									fine[[2]int{x + dx, y + dy}] = true
								}
							}
						}
					}
				}
			}
			for xy := range fine {
				{
					x, y := xy[0], xy[1]
					mi, pos, ok := r.PickPoint(&dl, float32(x), float32(y))
					if !ok {
						continue
					}
					mesh := &m.Meshes[mi]
					if !strings.HasPrefix(mesh.ID, "precentral.") && !strings.HasPrefix(mesh.ID, "paracentral.") {
						continue
					}
					surface := geom.Teaching.Unwarp(pos)
					if math.Abs(float64(surface[0])) > 6 || surface[2] < 55 {
						continue
					}
					clicks++
					picked := mesh.Side.String()
					if picked == v.from {
						near++
					}
					radius := explorer.RadiusAt(surface)
					at := explorer.LesionCentre(geom.Teaching, mesh.ID, pos, eye, radius)
					site := fmt.Sprintf("point:%.2f,%.2f,%.2f,%g", at[0], at[1], at[2], radius)
					res := evaluate(t, lesion.Chronic, site)
					want := "R"
					if picked == "R" {
						want = "L"
					}
					if (at[0] < 0) != (picked == "L") {
						t.Errorf("from the %s, pitch %v: %s clicked at (%.1f, %.1f, %.1f), the lesion's centre %s lies in the other hemisphere", v.from, pitch, mesh.ID, surface[0], surface[1], surface[2], site)
					}
					best, sev := "", 0.0
					for _, d := range res.Deficits {
						if d.Severity > sev {
							best, sev = d.Side, d.Severity
						}
					}
					if best != "" && best != want {
						t.Errorf("from the %s, pitch %v: %s clicked at (%.1f, %.1f, %.1f) (%s) weakens the %s side most, want the %s: %s", v.from, pitch, mesh.ID, surface[0], surface[1], surface[2], site, best, want, deficitsText(res))
					}
				}
			}
			t.Logf("from the %s, pitch %v: %d clicks on the strip within 6 mm of the midline, %d on the near hemisphere's edge", v.from, pitch, clicks, near)
			if clicks < 20 || near == 0 {
				t.Errorf("from the %s, pitch %v: %d clicks landed on the strip by the vertex, %d on the near hemisphere; want some of each", v.from, pitch, clicks, near)
			}
		}
	}
}
