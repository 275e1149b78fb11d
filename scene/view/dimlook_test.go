package view_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestDimKeepsTheCutaway: dimmed for a lesion (DimKeepsSolid), the
// cutaway still draws none of the near hemisphere and the far one solid,
// every vertex of its cortex fully opaque; dimmed for a trace, the far
// cortex is seen through.
func TestDimKeepsTheCutaway(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	cam := view.DefaultCamera()
	if err := cam.SetView("left"); err != nil {
		t.Fatal(err)
	}
	for _, keep := range []bool{true, false} {
		var dl view.DrawList
		r.Frame(&dl, &cam, 800, 600, view.FrameOptions{Highlight: -1, Look: geom.Cutaway, Dim: 0.55, DimKeepsSolid: keep})
		left, right := 0, 0
		for mi, n := range view.DrawnTriangles(r) {
			if mi >= len(m.Meshes) || !m.Meshes[mi].Cortex {
				continue
			}
			if strings.HasSuffix(m.Meshes[mi].ID, ".L") {
				left += n
			} else {
				right += n
			}
		}
		if left != 0 || right == 0 {
			t.Errorf("kept solid %v, from the left: %d left cortex, %d right cortex triangles; want only the right", keep, left, right)
		}
		// A closed surface has about half as many vertices as triangles.
		solid, seen := 0, 0
		for _, v := range dl.Vertices {
			if v.A >= 1 {
				solid++
			} else {
				seen++
			}
		}
		if keep && solid < right/2 {
			t.Errorf("kept solid: %d vertices opaque for %d cortex triangles; want the cortex's", solid, right)
		}
		if !keep && solid > right/8 {
			t.Errorf("seen through: %d vertices opaque for %d cortex triangles; want the cortex faded", solid, right)
		}
	}
}
