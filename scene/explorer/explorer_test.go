package explorer_test

import (
	"github.com/decussate/decussate/scene/lesion"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

var (
	cfgOnce sync.Once
	cfg     explorer.Config
	cfgErr  error
)

// config loads the atlas, the engine, the presets and the tours once.
func config(tb testing.TB) explorer.Config {
	tb.Helper()
	cfgOnce.Do(func() { cfg, cfgErr = explorer.Shipped() })
	if cfgErr != nil {
		tb.Fatal(cfgErr)
	}
	return cfg
}

// newExplorer returns an explorer in the first view.
func newExplorer(tb testing.TB) *explorer.Explorer {
	tb.Helper()
	e, err := explorer.New(config(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// start parses a trace start.
func start(tb testing.TB, s string) trace.Start {
	tb.Helper()
	st, err := trace.ParseStart(config(tb).Atlas, s)
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// act is shorthand for an action without parameters.
func act(k explorer.Kind) explorer.Action { return explorer.Act(k) }

// run carries out actions in order, failing on an error.
func run(t *testing.T, e *explorer.Explorer, actions []explorer.Action) {
	t.Helper()
	for i, a := range actions {
		if err := e.Do(a); err != nil {
			t.Fatalf("action %d (kind %d): %v", i, a.Kind, err)
		}
	}
}

// TestNewNeedsAtlas: an explorer without its atlas is an error, not a
// panic later.
func TestNewNeedsAtlas(t *testing.T) {
	if _, err := explorer.New(explorer.Config{}); err == nil {
		t.Error("New without an atlas: no error")
	}
}

// TestModeTransitions: every way into and out of each mode gives the mode
// a person would name.
func TestModeTransitions(t *testing.T) {
	hand := explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")}
	place := explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -15, 10}}
	preset := explorer.Action{Kind: explorer.PlacePreset, Preset: "capsular_lacune"}
	quiz := explorer.Action{Kind: explorer.AskQuiz, Preset: "capsular_lacune"}
	cases := []struct {
		name    string
		actions []explorer.Action
		want    explorer.Mode
		lesions int
	}{
		{"first view", nil, explorer.Explore, 0},
		{"section", []explorer.Action{act(explorer.ToggleSection)}, explorer.Section, 0},
		{"section off", []explorer.Action{act(explorer.ToggleSection), act(explorer.ToggleSection)}, explorer.Explore, 0},
		{"trace", []explorer.Action{hand}, explorer.Trace, 0},
		{"trace over a section", []explorer.Action{act(explorer.ToggleSection), hand}, explorer.Trace, 0},
		{"next trace", []explorer.Action{act(explorer.NextTrace)}, explorer.Trace, 0},
		{"previous trace", []explorer.Action{act(explorer.PrevTrace)}, explorer.Trace, 0},
		{"trace ended", []explorer.Action{hand, act(explorer.EndTrace)}, explorer.Explore, 0},
		{"a trace leaves the section", []explorer.Action{act(explorer.ToggleSection), hand, act(explorer.EndTrace)}, explorer.Explore, 0},
		{"lesion", []explorer.Action{act(explorer.ToggleLesion)}, explorer.Lesion, 0},
		{"lesion ends a trace", []explorer.Action{hand, act(explorer.EnterLesion)}, explorer.Lesion, 0},
		{"no trace in lesion mode", []explorer.Action{act(explorer.EnterLesion), hand, act(explorer.NextTrace)}, explorer.Lesion, 0},
		{"lesion placed", []explorer.Action{act(explorer.EnterLesion), place}, explorer.Lesion, 1},
		{"no lesion outside lesion mode", []explorer.Action{place}, explorer.Explore, 0},
		{"lesion left", []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleLesion)}, explorer.Explore, 1},
		{"preset opens lesion mode", []explorer.Action{hand, preset}, explorer.Lesion, 1},
		{"quiz", []explorer.Action{quiz}, explorer.Quiz, 0},
		{"quiz answered", []explorer.Action{quiz, place}, explorer.Quiz, 1},
		{"quiz ended", []explorer.Action{quiz, act(explorer.EndQuiz)}, explorer.Explore, 0},
		{"quiz ended in lesion mode", []explorer.Action{act(explorer.EnterLesion), place, quiz, place, place, act(explorer.EndQuiz)}, explorer.Lesion, 1},
		{"leaving lesion mode ends the quiz", []explorer.Action{quiz, act(explorer.LeaveLesion)}, explorer.Explore, 0},
		{"tour", []explorer.Action{{Kind: explorer.StartTour, Tour: 0}}, explorer.Tour, 0},
		{"next tour", []explorer.Action{{Kind: explorer.StartTour, Tour: -1}}, explorer.Tour, 0},
		{"tour ended", []explorer.Action{{Kind: explorer.StartTour, Tour: 0}, act(explorer.EndTour)}, explorer.Explore, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newExplorer(t)
			run(t, e, c.actions)
			if got := e.Mode(); got != c.want {
				t.Errorf("mode %v, want %v", got, c.want)
			}
			if got := len(e.State().Lesions); got != c.lesions {
				t.Errorf("%d lesions, want %d", got, c.lesions)
			}
			if e.Mode() != explorer.Trace && e.Chain(0) != nil {
				t.Error("a chain is traced outside trace mode")
			}
		})
	}
}

// TestBack: Back closes the topmost thing open, and only that.
func TestBack(t *testing.T) {
	hand := explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")}
	quiz := explorer.Action{Kind: explorer.AskQuiz, Preset: "capsular_lacune"}
	tour0 := explorer.Action{Kind: explorer.StartTour, Tour: 0}
	type after struct {
		mode                 explorer.Mode
		help, about, picker  bool
		menu                 bool
		closed, touringAfter bool
	}
	cases := []struct {
		name    string
		actions []explorer.Action
		want    after
	}{
		{"nothing open", nil, after{mode: explorer.Explore}},
		{"a section", []explorer.Action{act(explorer.ToggleSection)}, after{mode: explorer.Explore, closed: true}},
		{"a section before lesion mode", []explorer.Action{act(explorer.ToggleSection), act(explorer.EnterLesion)}, after{mode: explorer.Lesion, closed: true}},
		{"help over a section", []explorer.Action{act(explorer.ToggleSection), act(explorer.ToggleHelp)}, after{mode: explorer.Section, closed: true}},
		{"menu over help", []explorer.Action{act(explorer.ToggleHelp), act(explorer.ToggleMenu)}, after{mode: explorer.Explore, help: true, closed: true}},
		{"help in lesion mode", []explorer.Action{act(explorer.EnterLesion), act(explorer.ToggleHelp)}, after{mode: explorer.Lesion, closed: true}},
		{"picker in lesion mode", []explorer.Action{act(explorer.EnterLesion), act(explorer.OpenPicker)}, after{mode: explorer.Lesion, closed: true}},
		{"help closes the picker", []explorer.Action{act(explorer.OpenPicker), act(explorer.ToggleHelp)}, after{mode: explorer.Explore, closed: true}},
		{"quiz", []explorer.Action{quiz}, after{mode: explorer.Explore, closed: true}},
		{"quiz over lesion mode", []explorer.Action{act(explorer.EnterLesion), quiz}, after{mode: explorer.Lesion, closed: true}},
		{"quiz in a tour", []explorer.Action{tour0, quiz}, after{mode: explorer.Tour, closed: true, touringAfter: true}},
		{"tour", []explorer.Action{tour0}, after{mode: explorer.Explore, closed: true}},
		{"trace", []explorer.Action{hand}, after{mode: explorer.Explore, closed: true}},
		{"trace started from a section", []explorer.Action{act(explorer.ToggleSection), hand}, after{mode: explorer.Explore, closed: true}},
		{"lesion mode", []explorer.Action{act(explorer.EnterLesion)}, after{mode: explorer.Explore, closed: true}},
		{"help over a trace", []explorer.Action{hand, act(explorer.ToggleHelp)}, after{mode: explorer.Trace, closed: true}},
		{"about in lesion mode", []explorer.Action{act(explorer.EnterLesion), act(explorer.ToggleAbout)}, after{mode: explorer.Lesion, closed: true}},
		{"about replaces help", []explorer.Action{act(explorer.ToggleHelp), act(explorer.ToggleAbout)}, after{mode: explorer.Explore, closed: true}},
		{"menu over about", []explorer.Action{act(explorer.ToggleAbout), act(explorer.ToggleMenu)}, after{mode: explorer.Explore, about: true, closed: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newExplorer(t)
			run(t, e, c.actions)
			closed := e.Back()
			got := after{mode: e.Mode(), help: e.Help(), about: e.About(), picker: e.Picker(), menu: e.Menu(), closed: closed, touringAfter: e.Player() != nil}
			if c.want.mode == explorer.Explore && e.State().Section != "" {
				c.want.mode = explorer.Section
			}
			if got != c.want {
				t.Errorf("after Back: %+v, want %+v", got, c.want)
			}
		})
	}
}

// TestLesionEditing: place, move, resize, remove and undo act on the
// selected lesion, within bounds.
func TestLesionEditing(t *testing.T) {
	e := newExplorer(t)
	at := mgl32.Vec3{-20, -15, 10}
	run(t, e, []explorer.Action{
		act(explorer.EnterLesion),
		{Kind: explorer.PlaceLesion, At: at},
		{Kind: explorer.PlaceLesion, At: at.Add(mgl32.Vec3{0, 0, 10}), Radius: 4},
		{Kind: explorer.ResizeLesion, Factor: 100},
		{Kind: explorer.MoveLesion, At: mgl32.Vec3{1, 2, 3}},
	})
	ls := e.State().Lesions
	if len(ls) != 2 || e.Selected() != 1 {
		t.Fatalf("%d lesions, selected %d; want 2, 1", len(ls), e.Selected())
	}
	if ls[1].Radius != explorer.MaxRadius || ls[1].Centre != (mgl32.Vec3{1, 2, 3}) {
		t.Errorf("selected lesion %+v: want radius %d at 1,2,3", ls[1], explorer.MaxRadius)
	}
	if ls[0].Radius != explorer.DefaultRadius || ls[0].Centre != at {
		t.Errorf("first lesion %+v changed", ls[0])
	}
	run(t, e, []explorer.Action{act(explorer.RemoveLesion)})
	if n := len(e.State().Lesions); n != 1 {
		t.Errorf("after remove: %d lesions, want 1", n)
	}
	run(t, e, []explorer.Action{act(explorer.UndoLesion)})
	if got := e.State().Lesions; len(got) != 2 || got[1].Centre != (mgl32.Vec3{1, 2, 3}) {
		t.Errorf("after undo: %+v, want the two lesions back", got)
	}
	for len(e.State().Lesions) < 16 {
		run(t, e, []explorer.Action{{Kind: explorer.PlaceLesion, At: at}})
	}
	if err := e.Do(explorer.Action{Kind: explorer.PlaceLesion, At: at}); err == nil || !strings.Contains(err.Error(), "At most 16") {
		t.Errorf("a seventeenth lesion: error %v, want one saying at most 16", err)
	}
	run(t, e, []explorer.Action{act(explorer.TogglePhase)})
	if e.State().Phase != lesion.Acute {
		t.Errorf("phase %v after a toggle, want acute", e.State().Phase)
	}
	if err := e.Do(explorer.Action{Kind: explorer.SetPhase, Phase: "weekly"}); err == nil {
		t.Error("phase weekly: no error")
	}
}

// TestBadActions: names that do not exist are errors that change nothing.
func TestBadActions(t *testing.T) {
	e := newExplorer(t)
	before := e.State().Link()
	for _, a := range []explorer.Action{
		{Kind: explorer.PlacePreset, Preset: "no_such_lesion"},
		{Kind: explorer.AskQuiz, Preset: ""},
		{Kind: explorer.StartTour, Tour: 99},
		{Kind: explorer.StartTrace, Start: trace.Start{Kind: trace.FromArea, ID: "elbow_of_nowhere"}},
		{Kind: explorer.SetCamera, Camera: view.Camera{Distance: float32(math.Inf(1))}},
		{Kind: explorer.Kind(9999)},
	} {
		if err := e.Do(a); err == nil {
			t.Errorf("action %+v: no error", a)
		}
	}
	if got := e.State().Link(); got != before || e.Mode() != explorer.Explore {
		t.Errorf("bad actions changed the state: %s, want %s", got, before)
	}
}

// TestTourEndsWhereItStarted: ending a tour, by Back or by EndTour, opens
// again what was open before it (a tour's last step is often a lesion or a
// section), keeping the look the person chose during it.
func TestTourEndsWhereItStarted(t *testing.T) {
	for _, end := range []explorer.Kind{explorer.Back, explorer.EndTour} {
		e := newExplorer(t)
		run(t, e, []explorer.Action{act(explorer.ToggleLabels)})
		before := e.State()
		run(t, e, []explorer.Action{{Kind: explorer.StartTour, Tour: 0}})
		for e.Player() != nil && !e.Player().AtEnd() {
			run(t, e, []explorer.Action{act(explorer.TourNext)})
		}
		run(t, e, []explorer.Action{act(explorer.CycleLook)})
		if e.State().Mode == explorer.Explore && e.State().Section == "" && e.State().Camera == before.Camera {
			t.Fatalf("the tour's last step opened nothing to leave")
		}
		run(t, e, []explorer.Action{act(end)})
		got := e.State()
		if e.Player() != nil || got.Mode != before.Mode || got.Section != before.Section || got.Camera != before.Camera || !got.Labels || len(got.Lesions) != 0 {
			t.Errorf("after %v: mode %v, section %q, camera %+v, labels %v, %d lesions; want the state before the tour", end, got.Mode, got.Section, got.Camera, got.Labels, len(got.Lesions))
		}
		if got.Look != before.Look.Next() {
			t.Errorf("after %v: look %v, want the look chosen during the tour kept", end, got.Look)
		}
	}
}

// TestRadiusAt: a click in the hemispheres places a 6 mm lesion, one in the
// brainstem or cord a 3 mm one, which takes one pyramid and not both.
func TestRadiusAt(t *testing.T) {
	for _, c := range []struct {
		at   [3]float32
		want float32
	}{
		{[3]float32{-38, -22, 62}, explorer.DefaultRadius}, // the hand knob
		{[3]float32{-16, -5, 8}, explorer.DefaultRadius},   // the internal capsule
		{[3]float32{-4, -31, -52}, explorer.SmallRadius},   // the left pyramid
		{[3]float32{-3, -47, -129}, explorer.SmallRadius},  // the cord at C5
	} {
		if got := explorer.RadiusAt(c.at); got != c.want {
			t.Errorf("RadiusAt(%v) = %v, want %v", c.at, got, c.want)
		}
	}
}
