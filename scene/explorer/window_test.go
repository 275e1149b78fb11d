package explorer_test

import (
	"sync"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// The window is the harness the framing tests and many others drive: the
// explorer headless, with a renderer holding its overlay as a window's
// does, ticked and drawn frame by frame.

var (
	modelOnce sync.Once
	model     *geom.Model
	modelErr  error
)

// window is the explorer as a window shows it, headless: a screen of w × h
// pixels at ratio pixels per CSS pixel, and a renderer holding the
// explorer's overlay, whose scene framing keeps the camera out of.
type window struct {
	ex      *explorer.Explorer
	r       *view.Renderer
	version int
	w, h    int
	ratio   float32
}

// newWindow returns a window that has drawn its first frame, so that
// framing knows the screen.
func newWindow(t *testing.T, w, h int, ratio float32) *window {
	t.Helper()
	c := config(t)
	modelOnce.Do(func() { model, modelErr = geom.Build(c.Atlas) })
	if modelErr != nil {
		t.Fatal(modelErr)
	}
	win := &window{r: view.NewRenderer(model), w: w, h: h, ratio: ratio}
	c.Scene = func(p geom.Proportions) view.Scene { return win.r.Scene(p) }
	ex, err := explorer.New(c)
	if err != nil {
		t.Fatal(err)
	}
	win.ex = ex
	win.ex.Frame(w, h, ratio)
	win.ticks(1)
	return win
}

// follow hands the renderer the explorer's overlay when it changed, as
// the window does after every action and tick.
func (w *window) follow() {
	if meshes, v := w.ex.OverlayMeshes(); v != w.version {
		w.r.SetOverlay(meshes)
		w.version = v
	}
}

// do carries out actions, failing the test on an error.
func (w *window) do(t *testing.T, actions ...explorer.Action) {
	t.Helper()
	for _, a := range actions {
		if err := w.ex.Do(a); err != nil {
			t.Fatalf("%v: %v", a.Kind, err)
		}
		w.follow()
	}
}

// ticks advances the explorer n sixtieths of a second, drawing a frame
// after each.
func (w *window) ticks(n int) {
	for range n {
		w.ex.Tick(1.0 / 60)
		w.follow()
		w.ex.Frame(w.w, w.h, w.ratio)
	}
}

// lands returns where p lands on the screen, and whether inside the free
// area with slack pixels to spare.
func (w *window) lands(p mgl32.Vec3, slack float32) (x, y float32, in bool) {
	cam := w.ex.Camera()
	_, _, area := w.ex.FreeArea()
	x, y, ok := cam.Project(p, w.w, w.h)
	return x, y, ok && x >= area.X0-slack && x <= area.X1+slack && y >= area.Y0-slack && y <= area.Y1+slack
}

// place places a sphere as a click in lesion mode does.
func place(at mgl32.Vec3, radius float32) explorer.Action {
	return explorer.Action{Kind: explorer.PlaceLesion, At: at, Radius: radius}
}

// cut cuts the model at the level id and looks at it from below, as X and
// Page Down do.
func (w *window) cut(t *testing.T, id string) {
	t.Helper()
	s := w.ex.State()
	s.Section = id
	if err := w.ex.Set(s); err != nil {
		t.Fatal(err)
	}
	w.do(t, act(explorer.AimSection))
}

// drawnFrame returns the explorer's frame and the model drawn as the
// window draws it, labels and all (Frame sets their size and area).
func (w *window) drawnFrame() (explorer.Frame, *view.DrawList) {
	f := w.ex.Frame(w.w, w.h, w.ratio)
	var dl view.DrawList
	w.r.Frame(&dl, &f.Camera, w.w, w.h, f.Options)
	return f, &dl
}
