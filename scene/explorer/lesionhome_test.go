package explorer_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestLastLesionGoneGoesHome: removing or undoing the last lesion, framed,
// frames the brain in what lesion mode's panels leave, seen from where
// the person had the camera, not left on the empty place where the lesion
// was; leaving lesion mode then takes the camera back to the person's.
func TestLastLesionGoneGoesHome(t *testing.T) {
	for _, end := range []explorer.Kind{explorer.RemoveLesion, explorer.UndoLesion} {
		w := newWindow(t, 1280, 720, 1)
		cam := view.DefaultCamera()
		cam.Yaw, cam.Distance = 0.5, 600
		w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
		w.ticks(1)
		w.do(t, act(explorer.EnterLesion))
		w.ticks(view.MoveTicks + 1)
		framed := w.ex.Camera()
		w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -15, 10}})
		w.ticks(view.MoveTicks + 1)
		if w.ex.Camera() == framed {
			t.Fatal("the lesion placed was not framed")
		}
		w.do(t, act(end))
		w.ticks(view.MoveTicks + 1)
		if len(w.ex.State().Lesions) != 0 {
			t.Fatalf("%v left %d lesions", end, len(w.ex.State().Lesions))
		}
		if got := w.ex.Camera(); got.Yaw != cam.Yaw || got.Pitch != cam.Pitch {
			t.Errorf("after %v of the last lesion the camera is %+v, want the brain seen from the person's %+v", end, got, cam)
		}
		w.seesTheBrain(t, "after the last lesion went")
		w.do(t, act(explorer.LeaveLesion))
		w.ticks(view.MoveTicks + 1)
		if got := w.ex.Camera(); got != cam {
			t.Errorf("leaving lesion mode the camera is %+v, want the person's %+v", got, cam)
		}
	}
}

// TestLesionNearTheMidlineKeepsTheSide: a lesion placed at the vertex
// just across the midline from the side the camera looks from (a leg's
// cortex) is framed from that side: the view turns by no more than a
// little. One in the cord is still seen from its own side.
func TestLesionNearTheMidlineKeepsTheSide(t *testing.T) {
	for _, x := range []float32{-6, 6} {
		w := newWindow(t, 1280, 720, 1)
		cam := view.DefaultCamera()
		// Looking from the side of the midline the lesion is not on.
		cam.Yaw = 0.75 * float32(math.Copysign(1, float64(x)))
		w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
		w.ticks(1)
		w.do(t, act(explorer.EnterLesion))
		w.ticks(view.MoveTicks + 1)
		before := w.ex.Camera().Yaw
		w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{x, -25, 65}})
		w.ticks(view.MoveTicks + 1)
		if d := math.Abs(float64(w.ex.Camera().Yaw - before)); d > 0.2 {
			t.Errorf("a lesion at x=%v turned the view from yaw %.2f to %.2f", x, before, w.ex.Camera().Yaw)
		}
	}
}

// TestCordLesionSeenFromItsSide: a lesion in the left half of the cord,
// the camera looking from the right, is framed from the left.
func TestCordLesionSeenFromItsSide(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	cam := view.DefaultCamera()
	cam.Yaw = -0.75
	w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
	w.ticks(1)
	w.do(t, act(explorer.EnterLesion))
	w.ticks(view.MoveTicks + 1)
	w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-4, -45, -120}})
	w.ticks(view.MoveTicks + 1)
	if y := w.ex.Camera().Yaw; y <= 0 {
		t.Errorf("a lesion in the left half of the cord is framed from yaw %.2f, want the left side (positive)", y)
	}
}

// TestRemovedLesionFramesTheOthers: the lesion placed last removed, the
// camera framing left on it frames the lesions that remain.
func TestRemovedLesionFramesTheOthers(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	w.do(t, act(explorer.EnterLesion))
	w.ticks(view.MoveTicks + 1)
	w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -15, 10}})
	w.ticks(view.MoveTicks + 1)
	w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-4, -45, -150}})
	w.ticks(view.MoveTicks + 1)
	w.do(t, act(explorer.RemoveLesion))
	w.ticks(view.MoveTicks + 1)
	if n := len(w.ex.State().Lesions); n != 1 {
		t.Fatalf("%d lesions remain, want 1", n)
	}
	w.checkLesion(t, "the lesion that remains", lesionContext)
}

// TestChosenCameraIsHome: after Reset view, or a named view, in lesion
// mode, removing the last lesion or leaving the mode keeps the camera the
// person chose, not the one from before lesion mode.
func TestChosenCameraIsHome(t *testing.T) {
	choose := []struct {
		name string
		do   func(t *testing.T, w *window)
	}{
		{"reset", func(t *testing.T, w *window) { w.do(t, act(explorer.ResetView)) }},
		{"named view", func(t *testing.T, w *window) {
			if err := w.ex.LookFrom("left"); err != nil {
				t.Fatal(err)
			}
		}},
	}
	ends := []explorer.Kind{explorer.RemoveLesion, explorer.UndoLesion, explorer.LeaveLesion}
	for _, c := range choose {
		for _, end := range ends {
			w := newWindow(t, 1280, 720, 1)
			before := view.DefaultCamera()
			before.Yaw, before.Distance = 0.5, 600
			w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: before})
			w.ticks(1)
			w.do(t, act(explorer.EnterLesion))
			w.ticks(view.MoveTicks + 1)
			w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -15, 10}})
			w.ticks(view.MoveTicks + 1)
			c.do(t, w)
			w.ticks(1)
			chosen := w.ex.Camera()
			w.do(t, act(end))
			w.ticks(view.MoveTicks + 1)
			if got := w.ex.Camera(); got != chosen {
				t.Errorf("%s, then %v: camera %+v, want the chosen %+v (not %+v from before)", c.name, end, got, chosen, before)
			}
		}
	}
}
