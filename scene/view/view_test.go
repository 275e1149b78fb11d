package view_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// project draws a frame and returns where the anchor of mesh id lands.
func anchorOnScreen(t *testing.T, r *view.Renderer, cam *view.Camera, id string, w, h int) (float32, float32) {
	t.Helper()
	m := r.Model().Mesh(id)
	if m == nil {
		t.Fatalf("no mesh %s", id)
	}
	// The screen position of the mean of its mesh's vertices: close
	// enough to its anchor for sides and order.
	var c mgl32.Vec3
	for _, p := range m.Positions {
		c = c.Add(p)
	}
	x, y, ok := cam.Project(c.Mul(1/float32(len(m.Positions))), w, h)
	if !ok {
		t.Fatalf("%s is behind the camera", id)
	}
	return x, y
}

// TestFrontViewFacesThePatient: from the front the patient's right lies on
// the screen's left, and the brain above the cord.
func TestFrontViewFacesThePatient(t *testing.T) {
	r := view.NewRenderer(testModel(t))
	cam := view.DefaultCamera()
	if err := cam.SetView("front"); err != nil {
		t.Fatal(err)
	}
	rx, _ := anchorOnScreen(t, r, &cam, "thalamus.R", 800, 600)
	lx, _ := anchorOnScreen(t, r, &cam, "thalamus.L", 800, 600)
	if rx >= lx {
		t.Errorf("front view: right thalamus at x=%.0f, left at x=%.0f; the patient's right should be on the screen's left", rx, lx)
	}
	_, brainY := anchorOnScreen(t, r, &cam, "hemisphere.L", 800, 600)
	_, cordY := anchorOnScreen(t, r, &cam, "cord", 800, 600)
	if brainY >= cordY {
		t.Errorf("the brain (y=%.0f) is not above the cord (y=%.0f)", brainY, cordY)
	}
	if err := cam.SetView("left"); err != nil {
		t.Fatal(err)
	}
	// From the left, the face (anterior, the lentiform's front) is on the
	// screen's left of the cerebellum.
	lentX, _ := anchorOnScreen(t, r, &cam, "lentiform.L", 800, 600)
	cbX, _ := anchorOnScreen(t, r, &cam, "cerebellum", 800, 600)
	if lentX >= cbX {
		t.Errorf("left view: lentiform at x=%.0f is not in front of (left of) the cerebellum at x=%.0f", lentX, cbX)
	}
}

// TestPickFindsSolidStructures: the point where the pons is drawn picks a
// solid structure there, seen through the translucent hemisphere and
// brainstem; empty space picks nothing.
func TestPickFindsSolidStructures(t *testing.T) {
	r := view.NewRenderer(testModel(t))
	cam := view.DefaultCamera()
	cam.SetView("front")
	cam.Target = mgl32.Vec3{0, -15, 5}
	cam.Distance = 260
	x, y := anchorOnScreen(t, r, &cam, "pons", 800, 600)
	var dl view.DrawList
	r.Frame(&dl, &cam, 800, 600, view.FrameOptions{Highlight: -1})
	got := r.Pick(&dl, x, y)
	if got < 0 || r.Model().Meshes[got].Group == "hemisphere" || r.Model().Meshes[got].Shell {
		name := "nothing"
		if got >= 0 {
			name = r.Model().Meshes[got].ID
		}
		t.Errorf("picking the thalamus's centre found %s", name)
	}
	if got := r.Pick(&dl, 2, 2); got >= 0 {
		t.Errorf("picking a corner found %s", r.Model().Meshes[got].ID)
	}
}

// TestFrameSizes: a zero-size or huge screen draws without trouble.
func TestFrameSizes(t *testing.T) {
	r := view.NewRenderer(testModel(t))
	cam := view.DefaultCamera()
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {0, 600}, {8192, 8192}, {3840, 2160}} {
		var dl view.DrawList
		r.Frame(&dl, &cam, sz[0], sz[1], view.FrameOptions{Highlight: -1, Labels: true})
		if dl.Width < 1 || dl.Height < 1 {
			t.Errorf("%v: frame is %dx%d", sz, dl.Width, dl.Height)
		}
		for _, v := range dl.Vertices {
			if math.IsNaN(float64(v.X)) || math.IsNaN(float64(v.Y)) {
				t.Fatalf("%v: NaN vertex", sz)
			}
		}
	}
}

// TestDrawOrderIsBackToFront: the triangles come farthest first, so the
// painter's algorithm shows the near ones.
func TestDrawOrderIsBackToFront(t *testing.T) {
	r := view.NewRenderer(testModel(t))
	cam := view.DefaultCamera()
	var dl view.DrawList
	r.Frame(&dl, &cam, 640, 480, view.FrameOptions{Highlight: -1})
	if len(dl.Indices) < 3000 {
		t.Fatalf("only %d triangles drawn", len(dl.Indices)/3)
	}
	if err := view.CheckOrder(r); err != nil {
		t.Error(err)
	}
}

// TestCameraLimits: orbiting keeps the pitch short of the poles, zooming
// keeps the distance within bounds, an unknown view is an error.
func TestCameraLimits(t *testing.T) {
	cam := view.DefaultCamera()
	cam.Orbit(0, 10)
	if cam.Pitch > math.Pi/2 {
		t.Errorf("pitch %v past the pole", cam.Pitch)
	}
	for range 100 {
		cam.Zoom(0.5)
	}
	if cam.Distance < 10 {
		t.Errorf("zoomed in to %v mm", cam.Distance)
	}
	cam.Zoom(float32(math.Inf(1)))
	cam.Zoom(0)
	if cam.Distance <= 0 || math.IsInf(float64(cam.Distance), 0) {
		t.Errorf("distance %v after bad zooms", cam.Distance)
	}
	if err := cam.SetView("sideways"); err == nil {
		t.Error("SetView(sideways) gave no error")
	}
	for _, v := range view.Views {
		if err := cam.SetView(v); err != nil {
			t.Errorf("SetView(%s): %v", v, err)
		}
	}
}

// TestTrueScaleIsTaller: true scale draws the cord longer than teaching
// proportions.
func TestTrueScaleIsTaller(t *testing.T) {
	if geom.Teaching.Warp(mgl32.Vec3{0, 0, -400})[2] <= -400 {
		t.Error("teaching proportions do not shorten the cord")
	}
	p := mgl32.Vec3{1, 2, -300}
	if got := geom.Teaching.Unwarp(geom.Teaching.Warp(p)); got.Sub(p).Len() > 1e-3 {
		t.Errorf("Unwarp(Warp(%v)) = %v", p, got)
	}
}

// TestLabelsStayInTheirArea: with panels covering the sides and a caption
// the bottom, every label starts inside the free area, none is cut off by
// its edge, and fewer names fit than on the whole screen.
func TestLabelsStayInTheirArea(t *testing.T) {
	r := view.NewRenderer(testModel(t))
	cam := view.DefaultCamera()
	var whole view.DrawList
	r.Frame(&whole, &cam, 1280, 720, view.FrameOptions{Highlight: -1, Labels: true})
	if len(whole.Texts) < 6 {
		t.Fatalf("only %d labels on the whole screen", len(whole.Texts))
	}
	area := view.Area{X0: 280, Y0: 40, X1: 840, Y1: 560}
	var dl view.DrawList
	r.Frame(&dl, &cam, 1280, 720, view.FrameOptions{Highlight: -1, Labels: true, LabelArea: area})
	if len(dl.Texts) == 0 {
		t.Fatal("no labels in a free area of 560×520")
	}
	for _, tx := range dl.Texts {
		// Labels are aligned at x: right-aligned ones end there, left-aligned
		// ones start there; half an em a character is the estimate.
		x0, x1 := tx.X, tx.X+0.5*tx.Size*float32(len(tx.S))
		if tx.Align == view.AlignRight {
			x0, x1 = tx.X-0.5*tx.Size*float32(len(tx.S)), tx.X
		}
		if x0 < area.X0-1 || x1 > area.X1+1 || tx.Y < area.Y0 || tx.Y > area.Y1 {
			t.Errorf("label %q at x %.0f–%.0f, y %.0f: outside %+v", tx.S, x0, x1, tx.Y, area)
		}
	}
}
