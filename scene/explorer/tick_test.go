package explorer_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
)

// TestCameraMove: a smooth move reaches its goal after half a second,
// whatever the step, and a camera the person sets stops it.
func TestCameraMove(t *testing.T) {
	goal := view.DefaultCamera()
	goal.Yaw, goal.Distance = -1, 200
	for _, dt := range []float64{1.0 / 60, 1.0 / 144, 0.1} {
		e := newExplorer(t)
		run(t, e, []explorer.Action{{Kind: explorer.MoveCamera, Camera: goal}})
		var ticks int
		for e.Moving() && ticks < 1000 {
			e.Tick(dt)
			ticks++
		}
		if want := int(math.Ceil(0.5/dt - 1e-9)); ticks != want {
			t.Errorf("dt %.4f: moved for %d ticks, want %d", dt, ticks, want)
		}
		if e.State().Camera != goal {
			t.Errorf("dt %.4f: camera %+v, want %+v", dt, e.State().Camera, goal)
		}
	}
	e := newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.MoveCamera, Camera: goal}})
	e.Tick(0.1)
	run(t, e, []explorer.Action{{Kind: explorer.SetCamera, Camera: view.DefaultCamera()}})
	e.Tick(0.1)
	if e.Moving() || e.State().Camera != view.DefaultCamera() {
		t.Errorf("the person's camera did not stop the move: %+v", e.State().Camera)
	}
}

// TestImpulse: the impulse runs with the time given, stands when paused,
// steps a quarter second at a time, and once it has reached its muscles
// stays there, its caption saying so in words, until Pause (Replay, as
// Space) fires it again.
func TestImpulse(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")}})
	e.Tick(0.5)
	e.Tick(-1)
	e.Tick(math.NaN())
	if got := e.Impulse().Seconds; got != 0.5 {
		t.Errorf("after 0.5 s: %g s", got)
	}
	run(t, e, []explorer.Action{act(explorer.PauseTrace)})
	e.Tick(1)
	run(t, e, []explorer.Action{act(explorer.StepTrace)})
	if got := e.Impulse(); got.Seconds != 0.75 || !got.Paused {
		t.Errorf("paused and stepped: %+v, want 0.75 s, paused", got)
	}
	run(t, e, []explorer.Action{act(explorer.PauseTrace), {Kind: explorer.TraceSpeed, Factor: 1000}})
	if got := e.Impulse().Speed; got != 400 {
		t.Errorf("speed %g, want the limit 400", got)
	}
	arrived := false
	for i := 0; i < 60*60 && !arrived; i++ {
		if e.Impulse().Arrived {
			t.Fatal("arrived before the volley reached its muscles")
		}
		e.Tick(1.0 / 60)
		arrived = e.VolleyArrived()
	}
	if !arrived || !e.Impulse().Arrived {
		t.Fatalf("the volley never arrived: %+v", e.Impulse())
	}
	const said = "The signal has reached the muscles: right wrist and hand"
	if got := e.Said(); got != said {
		t.Errorf("arrived, the caption says %q, want %q", got, said)
	}
	at := e.Impulse().Seconds
	for range 60 * 10 {
		e.Tick(1.0 / 60)
	}
	if got := e.Impulse(); got.Seconds != at || !got.Arrived || e.Mode() != explorer.Trace {
		t.Errorf("ten seconds after arriving: %+v in %s, want it still at %g s, arrived, in the trace", got, e.Mode(), at)
	}
	run(t, e, []explorer.Action{{Kind: explorer.TraceSpeed, Factor: 0.1}})
	if !e.VolleyArrived() {
		t.Error("slowed after arriving, the volley went back up the path")
	}
	run(t, e, []explorer.Action{act(explorer.PauseTrace)})
	if got := e.Impulse(); got.Seconds != 0 || got.Arrived || got.Paused {
		t.Errorf("replayed: %+v, want fired again, running", got)
	}
	if e.Said() == said {
		t.Error("replayed, the caption still says the signal arrived")
	}
	e.Tick(0.5)
	if got := e.Impulse().Seconds; got != 0.5 {
		t.Errorf("replayed, 0.5 s on: %g s", got)
	}
}

// TestFollow: following a trace draws the camera's target toward the
// leading impulse.
func TestFollow(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")}, act(explorer.FollowTrace)})
	before := e.State().Camera.Target
	for range 60 {
		e.Tick(1.0 / 60)
	}
	if e.State().Camera.Target == before {
		t.Error("the camera did not follow the impulse")
	}
}

// TestTourSteps: a tour's steps open through Set, step back and forth, and
// a section step is looked at from below.
func TestTourSteps(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.StartTour, Tour: 0}})
	p := e.Player()
	if p == nil || p.Index() != 0 {
		t.Fatal("the tour did not start at its first step")
	}
	for i := 1; i < p.Len(); i++ {
		run(t, e, []explorer.Action{act(explorer.TourNext)})
		if err := e.TourError(); err != nil {
			t.Errorf("step %d: %v", i+1, err)
		}
		if s := e.State(); s.Section != "" && e.MoveGoal().Pitch > -1.5 {
			t.Errorf("step %d: section %s seen with pitch %.2f, want from below", i+1, s.Section, e.MoveGoal().Pitch)
		}
	}
	run(t, e, []explorer.Action{act(explorer.TourBack)})
	if p.Index() != p.Len()-2 {
		t.Errorf("back: step %d, want %d", p.Index(), p.Len()-2)
	}
	// A clicker's Next on the last step finishes the tour.
	run(t, e, []explorer.Action{act(explorer.TourNext), act(explorer.TourNext)})
	if e.Player() != nil || e.Mode() != explorer.Explore {
		t.Errorf("Next on the last step: tour still on (%v), mode %v", e.Player() != nil, e.Mode())
	}
}

// TestSetRefusesWhatCannotOpen: Set opens what it can and names the rest.
func TestSetRefusesWhatCannotOpen(t *testing.T) {
	e := newExplorer(t)
	s := explorer.DefaultState()
	s.Section, s.Preset, s.Mode = "nowhere", "no_such", explorer.Lesion
	s.Camera.Yaw = float32(math.NaN())
	s.Labels = true
	if err := e.Set(s); err == nil {
		t.Error("no error")
	}
	got := e.State()
	if got.Section != "" || got.Preset != "" || got.Camera != view.DefaultCamera() || !got.Labels || e.Mode() != explorer.Lesion {
		t.Errorf("opened %+v", got)
	}
}

// BenchmarkTick is one tick of a trace followed by the camera, the most
// the explorer does in a tick: the window runs it 60 times a second.
func BenchmarkTick(b *testing.B) {
	e := newExplorer(b)
	s, err := trace.ParseStart(config(b).Atlas, "area:hand:L")
	if err != nil {
		b.Fatal(err)
	}
	if err := e.Do(explorer.Action{Kind: explorer.StartTrace, Start: s}); err != nil {
		b.Fatal(err)
	}
	if err := e.Do(act(explorer.FollowTrace)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		e.Tick(1.0 / 60)
	}
}

// TestModesEndTheTour: a mode asked for during a tour (from the toolbar or
// the Menu) ends the tour first; its caption and buttons never stay over
// the other mode.
func TestModesEndTheTour(t *testing.T) {
	for _, k := range []explorer.Kind{explorer.ToggleLesion, explorer.EnterLesion, explorer.NextTrace, explorer.ToggleSection} {
		e := newExplorer(t)
		run(t, e, []explorer.Action{{Kind: explorer.StartTour, Tour: 0}, act(explorer.TourNext)})
		if e.Player() == nil {
			t.Fatal("the tour did not start")
		}
		run(t, e, []explorer.Action{act(k)})
		if e.Player() != nil || e.Mode() == explorer.Tour {
			t.Errorf("%v during a tour: tour still on, mode %v", k, e.Mode())
		}
	}
	// The list of classic lesions opens over a tour; a lesion chosen
	// from it ends the tour.
	e := newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.StartTour, Tour: 0}, act(explorer.OpenPicker)})
	if e.Player() == nil || !e.Picker() {
		t.Fatal("the picker did not open over the tour")
	}
	run(t, e, []explorer.Action{{Kind: explorer.PickRow, Row: 0}})
	if e.Player() != nil || !e.Lesioning() {
		t.Errorf("a classic lesion chosen during a tour: tour on %v, lesion mode %v", e.Player() != nil, e.Lesioning())
	}
}
