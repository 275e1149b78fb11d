package view_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
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

// TestGlassPickingStaysInItsHemisphere: through the glass, a click on the
// left hemisphere away from the motor strip takes the left cortex under
// the pointer, never a structure in the other half of the head that the
// ray reaches after crossing the midline (it took the right internal
// capsule or the right paracentral lobule, so that a student clicking
// beside the hand knob got "No weakness" or a lesion on the wrong side).
func TestGlassPickingStaysInItsHemisphere(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	const w, h = 1280, 720
	for _, c := range []struct {
		name       string
		yaw, pitch float32 // degrees
		target     mgl32.Vec3
	}{
		{"beside the hand knob, from the side", 90, 0, mgl32.Vec3{-38, -22, 58}},
		{"beside the hand knob, from above and the side", 90, 45, mgl32.Vec3{-38, -22, 58}},
		{"low on the convexity, from the side", 90, 10, mgl32.Vec3{-56, -6, 30}},
	} {
		cam := view.DefaultCamera()
		cam.Yaw, cam.Pitch = 0, 0
		cam.Orbit(c.yaw*math.Pi/180, c.pitch*math.Pi/180)
		cam.Target, cam.Distance = c.target, 260
		var dl view.DrawList
		r.Frame(&dl, &cam, w, h, view.FrameOptions{Highlight: -1})
		got, at, ok := r.PickPoint(&dl, w/2, h/2)
		if !ok || got < 0 || at[0] > 4 || (m.Meshes[got].Cortex && m.Meshes[got].Side != anatomy.Left) {
			t.Errorf("%s: a click on the left hemisphere picks %s at %v, want the left hemisphere's half", c.name, idOf(m, got), at)
		}
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
		{geom.Quadrant, "", "thalamus.L"},
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
