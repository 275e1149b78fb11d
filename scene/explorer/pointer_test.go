package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// TestPointerRing checks when presenter mode's ring shows: only after the
// pointer has entered the page, while it moved in the last RingSeconds.
func TestPointerRing(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{explorer.Act(explorer.TogglePresenter)})
	ring := func(l explorer.Local) bool {
		e.SetLocal(l)
		return e.Frame(1280, 720, 1).Content.Ring
	}
	at := func(x, y float32) explorer.Local { return explorer.Local{Pointer: true, PointerX: x, PointerY: y} }
	if ring(explorer.Local{PointerX: -1, PointerY: -1}) {
		t.Error("a ring before the pointer entered the page")
	}
	if !ring(at(600, 300)) {
		t.Error("no ring at a pointer that just moved")
	}
	e.Tick(explorer.RingSeconds / 2)
	if !ring(at(600, 300)) {
		t.Error("the ring went before RingSeconds")
	}
	e.Tick(explorer.RingSeconds / 2)
	if ring(at(600, 300)) {
		t.Error("the ring stays at a pointer still for RingSeconds")
	}
	if !ring(at(610, 300)) {
		t.Error("no ring when the pointer moved again")
	}
	if ring(explorer.Local{PointerX: 610, PointerY: 300}) {
		t.Error("a ring at a pointer that left the page")
	}
}

// TestRingRadius checks that the ring keeps to the model's part of the
// screen: whole in its middle, smaller near its edge, none over a panel.
func TestRingRadius(t *testing.T) {
	centre := view.Box{X: 300, Y: 60, W: 600, H: 500}
	full := float32(720) / 28
	for _, c := range []struct {
		name   string
		x, y   float32
		want   float32
		within bool
	}{
		{"middle", 600, 300, full, false},
		{"near the edge", 310 + full/2, 300, 0, true},
		{"on a panel", 200, 300, 0, false},
		{"top-left corner", 0, 0, 0, false},
		{"on the edge", 300, 300, 0, false},
	} {
		got := screen.RingRadius(720, centre, c.x, c.y)
		if c.within {
			if got <= 0 || got >= full {
				t.Errorf("%s: radius %g, want between 0 and %g", c.name, got, full)
			}
			if c.x-got < centre.X {
				t.Errorf("%s: the ring (radius %g) leaves the model's part", c.name, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s: radius %g, want %g", c.name, got, c.want)
		}
	}
}
