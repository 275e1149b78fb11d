package explorer_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/view"
)

// TestPointerTurnsTheCamera: the pointer's moves turn the explorer's own
// camera, take it from a framing move under way, and never leave it
// unusable, whatever numbers come in.
func TestPointerTurnsTheCamera(t *testing.T) {
	nan := float32(math.NaN())
	for _, tc := range []struct {
		name  string
		turn  func(e *explorer.Explorer) error
		check func(before, after view.Camera) bool
	}{
		{"orbit", func(e *explorer.Explorer) error { e.Orbit(0.2, 0); return nil },
			func(b, a view.Camera) bool { return a.Yaw != b.Yaw && a.Distance == b.Distance }},
		{"pan", func(e *explorer.Explorer) error { e.Pan(30, 0, 1280, 720); return nil },
			func(b, a view.Camera) bool { return a.Target != b.Target && a.Yaw == b.Yaw }},
		{"zoom", func(e *explorer.Explorer) error { e.ZoomAt(0.8, 640, 360, 1280, 720); return nil },
			func(b, a view.Camera) bool { return a.Distance < b.Distance }},
		{"view", func(e *explorer.Explorer) error { return e.LookFrom("left") },
			func(b, a view.Camera) bool { return a.Yaw > 1.5 && a.Yaw < 1.6 }},
		{"orbit NaN", func(e *explorer.Explorer) error { e.Orbit(nan, 0); return nil },
			func(b, a view.Camera) bool { return a == view.DefaultCamera() }},
		{"pan far", func(e *explorer.Explorer) error { e.Pan(0, 1e30, 1280, 720); return nil },
			func(b, a view.Camera) bool {
				return math.Abs(float64(a.Target[0])) <= link.MaxTarget && math.Abs(float64(a.Target[1])) <= link.MaxTarget &&
					math.Abs(float64(a.Target[2])) <= link.MaxTarget
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newExplorer(t)
			goal := view.DefaultCamera()
			goal.Distance = 300
			if err := e.Do(explorer.Action{Kind: explorer.MoveCamera, Camera: goal}); err != nil {
				t.Fatal(err)
			}
			e.Tick(1.0 / 60)
			before := e.Camera()
			if err := tc.turn(e); err != nil {
				t.Fatal(err)
			}
			after := e.Camera()
			if !tc.check(before, after) {
				t.Errorf("the camera went from %+v to %+v", before, after)
			}
			if e.Moving() {
				t.Error("the framing move went on after the person's move")
			}
		})
	}
	if err := newExplorer(t).LookFrom("sideways"); err == nil {
		t.Error("an unknown view gave no error")
	}
}
