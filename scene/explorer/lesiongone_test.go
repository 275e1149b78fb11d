package explorer_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestLesionGoneReframes: every way a lesion goes away (removed, undone,
// a classic lesion undone, lesion mode left by its toggle or by Back, the
// lesion replaced by a classic one, removed after presenter mode was
// turned on, the camera turned or the wheel turned) ends on a sensible view of the model: not on the
// empty place where the lesion was, but the brain whole in the free area
// or what replaced the lesion framed.
func TestLesionGoneReframes(t *testing.T) {
	place := func(t *testing.T, w *window) {
		w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-4, -45, -150}})
		w.ticks(view.MoveTicks + 1)
	}
	preset := func(id string) func(t *testing.T, w *window) {
		return func(t *testing.T, w *window) {
			w.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: id})
			w.ticks(view.MoveTicks + 1)
		}
	}
	// Back folds a phone's opened panels before it leaves lesion mode.
	back := func(t *testing.T, w *window) {
		for range 3 {
			if w.ex.State().Lesioning() {
				w.do(t, act(explorer.Back))
				w.ticks(1)
			}
		}
	}
	const left = -1
	for _, c := range []struct {
		name  string
		place func(t *testing.T, w *window)
		end   func(t *testing.T, w *window)
		// left is the number of lesions left, framed; 0: the brain
		// framed; left (-1): lesion mode left, the camera home.
		left int
	}{
		{"remove", place, func(t *testing.T, w *window) { w.do(t, act(explorer.RemoveLesion)) }, 0},
		{"undo", place, func(t *testing.T, w *window) { w.do(t, act(explorer.UndoLesion)) }, 0},
		{"leave", place, func(t *testing.T, w *window) { w.do(t, act(explorer.LeaveLesion)) }, left},
		{"toggle", place, func(t *testing.T, w *window) { w.do(t, act(explorer.ToggleLesion)) }, left},
		{"back", place, back, left},
		{"preset undone", preset("lateral_medullary"), func(t *testing.T, w *window) { w.do(t, act(explorer.UndoLesion)) }, 0},
		{"preset left by Back", preset("weber"), back, left},
		{"replaced by a preset", place, preset("capsular_lacune"), 1},
		{"one of two removed", func(t *testing.T, w *window) {
			w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -15, 10}})
			w.ticks(view.MoveTicks + 1)
			place(t, w)
		}, func(t *testing.T, w *window) { w.do(t, act(explorer.RemoveLesion)) }, 1},
		{"removed after presenter turned on", func(t *testing.T, w *window) {
			place(t, w)
			w.do(t, act(explorer.TogglePresenter))
			w.ticks(view.MoveTicks + 1)
		}, func(t *testing.T, w *window) { w.do(t, act(explorer.RemoveLesion)) }, 0},
		{"removed after a turn", func(t *testing.T, w *window) {
			place(t, w)
			w.ex.Orbit(0.3, 0.1)
			w.ticks(1)
		}, func(t *testing.T, w *window) { w.do(t, act(explorer.RemoveLesion)) }, 0},
		{"undone after a wheel's zoom", func(t *testing.T, w *window) {
			place(t, w)
			w.ex.ZoomAt(0.8, float32(w.w)/2, float32(w.h)/2, w.w, w.h)
			w.ticks(1)
		}, func(t *testing.T, w *window) { w.do(t, act(explorer.UndoLesion)) }, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range screens {
				w := newWindow(t, s.w, s.h, s.ratio)
				home := w.ex.Camera()
				w.do(t, act(explorer.EnterLesion))
				w.ticks(view.MoveTicks + 1)
				c.place(t, w)
				spot := w.ex.Camera()
				c.end(t, w)
				w.ticks(view.MoveTicks + 2)
				if c.left == left {
					if w.ex.State().Lesioning() {
						t.Fatalf("%s: still in lesion mode", s.name)
					}
					if w.ex.Camera() == spot {
						t.Errorf("%s: the camera stays where the lesion was framed", s.name)
					}
					if got := w.ex.Camera(); got != home {
						t.Errorf("%s: leaving lesion mode the camera is %+v, want the person's %+v", s.name, got, home)
					}
					continue
				}
				if n := len(w.ex.State().Lesions); n != c.left {
					t.Fatalf("%s: %d lesions left, want %d", s.name, n, c.left)
				}
				if c.left > 0 {
					w.checkLesion(t, s.name+": what remains", lesionContext)
					continue
				}
				if w.ex.Camera() == spot {
					t.Errorf("%s: the camera stays where the lesion was framed", s.name)
				}
				w.seesTheBrain(t, s.name)
			}
		})
	}
}

// seesTheBrain checks that the frame drawn now shows the brain: its
// middle in the model's free area, and the brain a good part of it (its
// box's corners, seen obliquely, may stand out of it).
func (w *window) seesTheBrain(t *testing.T, what string) {
	t.Helper()
	f := w.ex.Frame(w.w, w.h, w.ratio)
	c := f.Layout.Centre
	lo, hi := view.Bounds(explorer.BrainBox[:])
	x, y, ok := f.Camera.Project(lo.Add(hi).Mul(0.5), w.w, w.h)
	if !ok || x < c.X || x > c.X+c.W || y < c.Y || y > c.Y+c.H {
		t.Errorf("%s: the brain's middle lands at (%.0f, %.0f), outside the model's free area %+v", what, x, y, c)
	}
	x0, y0, x1, y1 := float32(math.MaxFloat32), float32(math.MaxFloat32), float32(-math.MaxFloat32), float32(-math.MaxFloat32)
	for _, p := range explorer.BrainBox {
		px, py, _ := f.Camera.Project(p, w.w, w.h)
		x0, y0, x1, y1 = min(x0, px), min(y0, py), max(x1, px), max(y1, py)
	}
	if fill := max(x1-x0, y1-y0) / min(c.W, c.H); fill < 0.5 || fill > 2 {
		t.Errorf("%s: the brain spans %.0f%% of the free area's shorter side: not a view of the model", what, 100*fill)
	}
}
