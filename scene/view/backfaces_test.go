package view_test

import (
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestGlassFarSide: a still frame in the glass look draws the cortex's
// far side, from every side, fewer triangles of it than of the near side;
// a moving frame, a dimmed one, a clipped one and the solid looks draw
// none. Seen from
// one side, the far hemisphere is drawn from its coarse level of detail.
func TestGlassFarSide(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	frame := func(cam *view.Camera, opt view.FrameOptions) (back, total, left, right int) {
		var dl view.DrawList
		opt.Highlight = -1
		r.Frame(&dl, cam, 800, 600, opt)
		if err := view.CheckOrder(r); err != nil {
			t.Fatal(err)
		}
		for mi, n := range view.DrawnTriangles(r) {
			total += n
			if mi < len(m.Meshes) && m.Meshes[mi].Cortex {
				if m.Meshes[mi].Side == anatomy.Left {
					left += n
				} else {
					right += n
				}
			}
		}
		return view.BackTriangles(r), total, left, right
	}
	for _, v := range []string{"front", "back", "left", "right", "top", "oblique"} {
		cam := view.DefaultCamera()
		if err := cam.SetView(v); err != nil {
			t.Fatal(err)
		}
		back, total, _, _ := frame(&cam, view.FrameOptions{})
		if back == 0 || back > total/4 {
			t.Errorf("%s: %d of the frame's %d triangles are the far side, want some, fewer than a quarter", v, back, total)
		}
		for _, c := range []struct {
			name string
			opt  view.FrameOptions
		}{
			{"moving", view.FrameOptions{Moving: true}},
			{"dimmed", view.FrameOptions{Dim: 0.78}},
			{"clipped", view.FrameOptions{Clip: true, ClipZ: -20}},
			{"opaque", view.FrameOptions{Look: geom.Opaque}},
			{"cutaway", view.FrameOptions{Look: geom.Cutaway}},
			{"quadrant", view.FrameOptions{Look: geom.Quadrant}},
		} {
			if back, _, _, _ := frame(&cam, c.opt); back != 0 {
				t.Errorf("%s, %s: %d triangles of the far side drawn, want none", v, c.name, back)
			}
		}
	}
	cam := view.DefaultCamera()
	if err := cam.SetView("left"); err != nil {
		t.Fatal(err)
	}
	_, _, left, right := frame(&cam, view.FrameOptions{})
	_, _, movingLeft, movingRight := frame(&cam, view.FrameOptions{Moving: true})
	if right >= left || right > 2*movingRight || left <= movingLeft {
		t.Errorf("from the left: %d left, %d right cortex triangles (moving %d, %d); want the right hemisphere coarse, seen through the left", left, right, movingLeft, movingRight)
	}
}
