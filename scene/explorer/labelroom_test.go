package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// TestLabelsLeaveRoomOnAPhone: on a phone held upright, turning the labels
// on at the first view frames the model a little smaller, to leave the
// labels room above it, and turning them off frames it as before; a
// camera the person turned stays where it is; on a laptop the labels
// beside the model need no reframing.
func TestLabelsLeaveRoomOnAPhone(t *testing.T) {
	labels := explorer.Act(explorer.ToggleLabels)
	t.Run("phone", func(t *testing.T) {
		w := newWindow(t, 1170, 2532, 3)
		first := w.ex.Camera()
		w.do(t, labels)
		w.ticks(view.MoveTicks + 1)
		if on := w.ex.Camera(); !(on.Distance > first.Distance*1.03) {
			t.Errorf("labels on: camera %.0f mm away, want farther than the first view's %.0f", on.Distance, first.Distance)
		}
		w.do(t, labels)
		w.ticks(view.MoveTicks + 1)
		if off := w.ex.Camera(); off != first {
			t.Errorf("labels off: camera %+v, want the first view %+v", off, first)
		}
		w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: turned(first)})
		w.ticks(1)
		w.do(t, labels)
		w.ticks(view.MoveTicks + 1)
		if got := w.ex.Camera(); got != turned(first) {
			t.Errorf("labels on, camera turned: %+v, want it kept at %+v", got, turned(first))
		}
	})
	t.Run("laptop", func(t *testing.T) {
		w := newWindow(t, 1280, 720, 1)
		first := w.ex.Camera()
		w.do(t, labels)
		w.ticks(view.MoveTicks + 1)
		if got := w.ex.Camera(); got != first {
			t.Errorf("labels on: camera %+v, want the first view %+v kept", got, first)
		}
	})
}

// turned is cam turned a little, as a person's drag does.
func turned(cam view.Camera) view.Camera {
	cam.Yaw += 0.3
	return cam
}
