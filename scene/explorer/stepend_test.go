package explorer_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// endScreens are the screens a trace's end and a tour's step showing it
// must name muscles on: a projector under presenter mode's large
// caption, a large monitor, a laptop at twice the pixels.
var endScreens = []struct {
	name      string
	w, h      int
	ratio     float32
	presenter bool
}{
	{"1280x720 presenter", 1280, 720, 1, true},
	{"1920x1080", 1920, 1080, 1, false},
	{"1440x900@2", 2880, 1800, 2, false},
}

// drawnMuscles returns the names of the muscles' marks the frame drawn
// now shows, and of all the marks on the model.
func (w *window) drawnMuscles(t *testing.T) (drawn, marked []string) {
	t.Helper()
	meshes, _ := w.ex.OverlayMeshes()
	for _, m := range meshes {
		if strings.HasPrefix(m.ID, "muscle.") && m.Major {
			marked = append(marked, m.Name)
		}
	}
	f := w.ex.Frame(w.w, w.h, w.ratio)
	var dl view.DrawList
	cam := f.Camera
	w.r.Frame(&dl, &cam, w.w, w.h, f.Options)
	// A mark naming several muscles may wrap to two lines: its first
	// line drawn is the mark's name drawn.
	for _, n := range marked {
		for _, tx := range dl.Texts {
			if tx.S != "" && strings.HasPrefix(n, tx.S) {
				drawn = append(drawn, n)
				break
			}
		}
	}
	return drawn, marked
}

// checkNamedMuscles checks that the limb from the cord to the muscles
// fills at least half the free area's shorter side and that the marks
// drawn name muscles, not nerves, every one of them drawn.
func (w *window) checkNamedMuscles(t *testing.T, what string) {
	t.Helper()
	if f := w.framedIn(t, what+": the limb", w.ex.LimbPoints()).fill(); f < 0.5 {
		t.Errorf("%s: the limb from the cord to the muscles spans %.0f%% of the free area, want half or more", what, 100*f)
	}
	drawn, marked := w.drawnMuscles(t)
	if len(marked) == 0 {
		t.Fatalf("%s: no muscle is marked", what)
	}
	for _, n := range marked {
		if strings.HasSuffix(n, "nerve") {
			t.Errorf("%s: a mark names the nerve %q, not its muscles", what, n)
		}
	}
	if len(drawn) != len(marked) {
		t.Errorf("%s: %d of the marks' names %q are drawn", what, len(drawn), marked)
	}
}

// TestStepShowingTheMusclesFramesTheLimb: a tour's step whose caption
// says where a trace ends (the corticospinal tour's "to the small muscles
// of the right hand") opens framed as the trace's end: the limb large in
// the free area, its muscles marked and named.
func TestStepShowingTheMusclesFramesTheLimb(t *testing.T) {
	for _, s := range endScreens {
		t.Run(s.name, func(t *testing.T) {
			w := newWindow(t, s.w, s.h, s.ratio)
			if s.presenter {
				w.do(t, act(explorer.TogglePresenter))
				w.ticks(1)
			}
			steps := 0
			for i, tr := range w.ex.Tours() {
				w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
				for n := 1; ; n++ {
					w.ticks(2)
					w.ticks(view.MoveTicks + 1)
					st := w.ex.Player().Step()
					if st.Arrived || strings.Contains(st.Caption, "muscles of") {
						steps++
						w.checkNamedMuscles(t, fmt.Sprintf("%s step %d", tr.ID, n))
					}
					if w.ex.Player().AtEnd() {
						break
					}
					w.do(t, act(explorer.TourNext))
				}
				w.do(t, act(explorer.EndTour))
				w.ticks(1)
			}
			if steps == 0 {
				t.Fatal("no step shows where a trace ends")
			}
		})
	}
}

// TestTraceEndNamesMuscles: a trace's end names the muscles it reaches on
// a projector in presenter mode, a monitor and a laptop, the hand's and
// the leg's, the limb centred and large. (The leg's seven nerves' ends
// take more lines than presenter mode's projector holds under its
// caption: there the nerves are named.)
func TestTraceEndNamesMuscles(t *testing.T) {
	for _, from := range []string{"area:hand:L", "area:leg:L"} {
		for _, s := range endScreens {
			if from == "area:leg:L" && s.presenter {
				continue
			}
			t.Run(from+"/"+s.name, func(t *testing.T) {
				w := newWindow(t, s.w, s.h, s.ratio)
				if s.presenter {
					w.do(t, act(explorer.TogglePresenter))
					w.ticks(1)
				}
				w.arrive(t, from)
				w.checkNamedMuscles(t, from)
				sh := w.framedIn(t, "the limb", w.ex.LimbPoints())
				mid := (sh.free.X0 + sh.free.X1) / 2
				if c := (sh.x0 + sh.x1) / 2; c < mid-0.15*(sh.free.X1-sh.free.X0) || c > mid+0.15*(sh.free.X1-sh.free.X0) {
					t.Errorf("the limb's middle is at x %.0f, off the free area's middle %.0f", c, mid)
				}
			})
		}
	}
}

// TestFewMuscleNamesFit: where the free area holds fewer names than the
// trace reaches muscles, the hand's own muscles are named first, with one
// at each nerve's end; only where fewer fit than the nerves' ends are the
// nerves named.
func TestFewMuscleNamesFit(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	w.arrive(t, "area:hand:L")
	c := w.ex.Chain(geom.TrueScale)
	all := explorer.MuscleMarks(config(t).Atlas, c, explorer.AllNames)
	for _, tc := range []struct {
		lines int
		want  []string // names that must be among the marks
		n     int
		nerve bool
	}{
		{explorer.AllNames, []string{"interossei", "extensor carpi radialis"}, len(all), false},
		// Room for as many names as marks, fewer than the muscles: the
		// most distal muscles, the ulnar's two sharing a mark.
		{len(all), []string{"interossei"}, len(all) - 1, false},
		// The hand's own first, one at each nerve's end: the ulnar's
		// two (interossei, abductor digiti minimi) on one mark, the
		// median's thumb muscle, the radial's finger extensor.
		{4, []string{"interossei", "abductor digiti minimi", "abductor pollicis brevis", "extensor digitorum"}, 3, false},
		{3, []string{"abductor pollicis brevis", "extensor digitorum"}, 3, false},
		{2, []string{"ulnar nerve", "median nerve", "radial nerve"}, 3, true},
		{0, []string{"ulnar nerve"}, 3, true},
	} {
		marks := explorer.MuscleMarks(config(t).Atlas, c, tc.lines)
		var names []string
		for _, m := range marks {
			names = append(names, m.Name)
		}
		if len(marks) != tc.n {
			t.Errorf("%d lines: %d marks %q, want %d", tc.lines, len(marks), names, tc.n)
		}
		for _, want := range tc.want {
			found := false
			for _, n := range names {
				found = found || n == want || strings.Contains(n, want+" and ") || strings.Contains(n, want+", ") || strings.HasSuffix(n, " "+want)
			}
			if !found {
				t.Errorf("%d lines: the marks %q leave out %q", tc.lines, names, want)
			}
		}
	}
}

// TestTraceEndMarksOneLabelABall: a trace's end puts one label on each
// mark, naming together the muscles that end where one nerve ends, and
// names only muscles a student sees move: the face area's trace names
// the lower face's muscles on one mark, not the stapedius.
func TestTraceEndMarksOneLabelABall(t *testing.T) {
	for _, c := range []struct {
		start string
		want  []string
		not   []string
	}{
		{"area:face:L", []string{"orbicularis oris", "buccinator"}, []string{"stapedius"}},
		{"nucleus:cn7_nucleus:L", []string{"orbicularis oculi", "orbicularis oris"}, []string{"stapedius"}},
		// Muscles whose names differ in their last word are named as one:
		// short enough for a phone.
		{"area:hand:L", []string{"interossei", "flexor digitorum profundus, superficialis"}, []string{"and flexor digitorum superficialis"}},
	} {
		w := newWindow(t, 1280, 720, 1)
		w.arrive(t, c.start)
		marks := explorer.MuscleMarks(config(t).Atlas, w.ex.Chain(geom.TrueScale), explorer.AllNames)
		var names []string
		for i, m := range marks {
			names = append(names, m.Name)
			for _, o := range marks[i+1:] {
				if m.Anchor.Sub(o.Anchor).Len() < 1 {
					t.Errorf("%s: %q and %q label one mark", c.start, m.Name, o.Name)
				}
			}
		}
		all := strings.Join(names, "; ")
		for _, w := range c.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: marks %q leave out %q", c.start, names, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(all, w) {
				t.Errorf("%s: marks %q name %q", c.start, names, w)
			}
		}
	}
}
