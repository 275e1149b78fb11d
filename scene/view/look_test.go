package view_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestLooks: glass draws everything, the cortex translucent; opaque draws
// the cortex solid and leaves out the deep parts it hides; cutaway hides
// the hemisphere on the camera's side and draws the other solid.
func TestLooks(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	cam := view.DefaultCamera()
	if err := cam.SetView("left"); err != nil {
		t.Fatal(err)
	}
	drawn := func(look geom.Look) (left, right, deep int) {
		var dl view.DrawList
		r.Frame(&dl, &cam, 800, 600, view.FrameOptions{Highlight: -1, Look: look})
		for mi, n := range view.DrawnTriangles(r) {
			if mi >= len(m.Meshes) {
				continue
			}
			mesh := &m.Meshes[mi]
			switch {
			case mesh.Cortex && strings.HasSuffix(mesh.ID, ".L"):
				left += n
			case mesh.Cortex:
				right += n
			case mesh.Group == "deep":
				deep += n
			}
		}
		return left, right, deep
	}
	gl, gr, gd := drawn(geom.Glass)
	if gl == 0 || gr == 0 || gd == 0 {
		t.Errorf("glass: %d left cortex, %d right cortex, %d deep triangles; want all", gl, gr, gd)
	}
	ol, _, od := drawn(geom.Opaque)
	if ol == 0 || od != 0 {
		t.Errorf("opaque: %d left cortex, %d deep triangles; want the cortex and no deep parts", ol, od)
	}
	cl, cr, cd := drawn(geom.Cutaway)
	if cl != 0 || cr == 0 || cd == 0 {
		t.Errorf("cutaway from the left: %d left cortex, %d right cortex, %d deep triangles; want no left cortex", cl, cr, cd)
	}
	if err := cam.SetView("right"); err != nil {
		t.Fatal(err)
	}
	cl, cr, _ = drawn(geom.Cutaway)
	if cl == 0 || cr != 0 {
		t.Errorf("cutaway from the right: %d left cortex, %d right cortex triangles; want no right cortex", cl, cr)
	}
}

// TestGlassPicking: in the glass look a click on the coloured motor strip
// takes the strip (a cortical lesion) though pathways run beneath it,
// while a click on the grey cortex over the deep parts reaches what shows
// through it; in the opaque look the cortex takes every click on it.
func TestGlassPicking(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	cam := view.DefaultCamera()
	if err := cam.SetView("left"); err != nil {
		t.Fatal(err)
	}
	cam.Target, cam.Distance = m.Mesh("thalamus.L").Anchor, 330
	const w, h = 800, 600
	var dl view.DrawList
	r.Frame(&dl, &cam, w, h, view.FrameOptions{Highlight: -1})
	hand := m.Mesh("precentral.L").Anchor
	hx, hy := anchorAt(t, &cam, hand, w, h)
	if got := r.Pick(&dl, hx, hy); got < 0 || m.Meshes[got].ID != "precentral.L" {
		t.Errorf("a click on the hand area picks %s, want precentral.L", idOf(m, got))
	}
	cx, cy := anchorAt(t, &cam, m.Mesh("internal_capsule.L").Anchor, w, h)
	if got := r.Pick(&dl, cx, cy); got < 0 || m.Meshes[got].Cortex {
		t.Errorf("a click on the glass over the capsule picks %s, want what shows through", idOf(m, got))
	}
	r.Frame(&dl, &cam, w, h, view.FrameOptions{Highlight: -1, Look: geom.Opaque})
	if got := r.Pick(&dl, cx, cy); got < 0 || !m.Meshes[got].Cortex {
		t.Errorf("opaque: a click over the capsule picks %s, want the cortex", idOf(m, got))
	}
}

func anchorAt(t *testing.T, cam *view.Camera, p mgl32.Vec3, w, h int) (float32, float32) {
	t.Helper()
	x, y, ok := cam.Project(p, w, h)
	if !ok {
		t.Fatalf("%v is not on screen", p)
	}
	return x, y
}

func idOf(m *geom.Model, i int) string {
	if i < 0 {
		return "nothing"
	}
	return m.Meshes[i].ID
}

// TestHiddenPartsHaveNoLabels: a part the look hides is not named (the
// deep nuclei inside an opaque brain, the cut-away hemisphere).
func TestHiddenPartsHaveNoLabels(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	cam := view.DefaultCamera()
	if err := cam.SetView("left"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		look         geom.Look
		hidden, seen string
	}{
		{geom.Glass, "", "thalamus.L"},
		{geom.Opaque, "thalamus.L", "hemisphere.L"},
		{geom.Cutaway, "hemisphere.L", "thalamus.L"},
	} {
		var dl view.DrawList
		r.Frame(&dl, &cam, 1600, 1000, view.FrameOptions{Highlight: -1, Look: c.look, Labels: true})
		named := map[string]bool{}
		for _, tx := range dl.Texts {
			named[tx.S] = true
		}
		if c.hidden != "" && named[m.Mesh(c.hidden).Name] {
			t.Errorf("%s: the hidden %s is labelled", c.look, c.hidden)
		}
		if !named[m.Mesh(c.seen).Name] {
			t.Errorf("%s: %s is not labelled", c.look, c.seen)
		}
	}
}
