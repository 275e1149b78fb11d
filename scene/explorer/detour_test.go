package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestQuizEndsWhereAsked: the quiz is a detour. Ended (Back, the quiz's
// end, or leaving lesion mode) it opens again what it was asked from:
// explore with the student's camera, a trace, or lesion mode with the
// student's lesions and phase, and their undo.
func TestQuizEndsWhereAsked(t *testing.T) {
	cam := view.DefaultCamera()
	cam.Yaw, cam.Pitch, cam.Distance, cam.Target = 0.7, -0.3, 520, mgl32.Vec3{10, -20, 5}
	hand := explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")}
	place := explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -15, 10}}
	quiz := explorer.Action{Kind: explorer.AskQuiz, Preset: "capsular_lacune"}
	setCam := explorer.Action{Kind: explorer.SetCamera, Camera: cam}
	acute := explorer.Action{Kind: explorer.SetPhase, Phase: "acute"}
	cases := []struct {
		name    string
		before  []explorer.Action
		end     explorer.Action
		mode    explorer.Mode
		lesions int
		phase   lesion.Phase
	}{
		{"explore, Back", []explorer.Action{setCam}, act(explorer.Back), explorer.Explore, 0, lesion.Chronic},
		{"explore, the quiz's end", []explorer.Action{setCam}, act(explorer.EndQuiz), explorer.Explore, 0, lesion.Chronic},
		{"explore, the next question first", []explorer.Action{setCam, quiz, act(explorer.NextQuiz)}, act(explorer.Back), explorer.Explore, 0, lesion.Chronic},
		{"a trace", []explorer.Action{hand, setCam}, act(explorer.Back), explorer.Trace, 0, lesion.Chronic},
		{"lesion mode, acute", []explorer.Action{act(explorer.EnterLesion), acute, place, setCam}, act(explorer.Back), explorer.Lesion, 1, lesion.Acute},
		{"lesion mode, left from the quiz", []explorer.Action{act(explorer.EnterLesion), acute, place, setCam}, act(explorer.LeaveLesion), explorer.Explore, 1, lesion.Acute},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newExplorer(t)
			run(t, e, c.before)
			before := e.State()
			// The quiz, a guess or two, a switch of its phase, an undo.
			run(t, e, []explorer.Action{quiz, place, place, act(explorer.TogglePhase), act(explorer.UndoLesion)})
			if e.Mode() != explorer.Quiz {
				t.Fatalf("asked, the mode is %v", e.Mode())
			}
			run(t, e, []explorer.Action{c.end})
			got := e.State()
			if e.Mode() != c.mode || len(got.Lesions) != c.lesions || got.Phase != c.phase {
				t.Errorf("ended: mode %v, %d lesions, %s; want %v, %d, %s", e.Mode(), len(got.Lesions), got.Phase, c.mode, c.lesions, c.phase)
			}
			if c.mode != explorer.Explore || c.end.Kind != explorer.LeaveLesion {
				if !sameCamera(got.Camera, before.Camera) {
					t.Errorf("ended: camera %+v, want the one asked from %+v", got.Camera, before.Camera)
				}
			}
			if e.QuizPreset() != "" || e.State().Title == explorer.QuizTitle {
				t.Errorf("ended: the quiz still hides %q, titled %q", e.QuizPreset(), e.State().Title)
			}
			// Undo takes back the student's own lesions, not a guess.
			if c.lesions > 0 && c.mode == explorer.Lesion {
				run(t, e, []explorer.Action{act(explorer.UndoLesion)})
				if n := len(e.State().Lesions); n != 0 {
					t.Errorf("undo after the quiz: %d lesions, want the 0 before the student's", n)
				}
			}
		})
	}
}

// TestPhaseStaysInLesionMode: the phase chosen in lesion mode is the
// student's. A quiz case and a tour's steps show the default phase (the
// report's title, the quiz's judgement), and the student's comes back
// with lesion mode.
func TestPhaseStaysInLesionMode(t *testing.T) {
	acute := explorer.Action{Kind: explorer.SetPhase, Phase: "acute"}
	e := newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.PlacePreset, Preset: "capsular_lacune"}, acute})
	if title := e.Report().Title; !strings.HasSuffix(title, "acute") {
		t.Fatalf("lesion mode, acute: report %q", title)
	}
	run(t, e, []explorer.Action{{Kind: explorer.AskQuiz, Preset: "capsular_lacune"}})
	if p := e.State().Phase; p != lesion.Chronic || strings.Contains(e.Report().Title, "acute") {
		t.Errorf("the quiz: phase %s, report %q; want the default", p, e.Report().Title)
	}
	if l := e.State().Link(); strings.Contains(l, "acute") {
		t.Errorf("the quiz's link says acute: %s", l)
	}
	// The hidden lesion placed in the quiz's phase is found.
	run(t, e, []explorer.Action{{Kind: explorer.PlacePreset, Preset: "capsular_lacune"}})
	if w := e.QuizWords(); !strings.HasPrefix(w, "That's it") {
		t.Errorf("the hidden lesion placed: %q", w)
	}
	run(t, e, []explorer.Action{act(explorer.EndQuiz)})
	if p := e.State().Phase; p != lesion.Acute || e.Mode() != explorer.Lesion {
		t.Errorf("after the quiz: %v, %s; want lesion mode, acute", e.Mode(), p)
	}

	for i, tr := range config(t).Tours {
		run(t, e, []explorer.Action{{Kind: explorer.StartTour, Tour: i}})
		for step := 1; ; step++ {
			if p := e.State().Phase; p != lesion.Chronic {
				t.Errorf("tour %s, step %d: phase %s, want the default", tr.ID, step, p)
			}
			if e.State().Lesioning() && strings.Contains(e.Report().Title, "acute") {
				t.Errorf("tour %s, step %d: report %q", tr.ID, step, e.Report().Title)
			}
			if e.Player().AtEnd() {
				break
			}
			run(t, e, []explorer.Action{act(explorer.TourNext)})
		}
		run(t, e, []explorer.Action{act(explorer.EndTour)})
		if p := e.State().Phase; p != lesion.Acute || e.Mode() != explorer.Lesion {
			t.Fatalf("after tour %s: %v, %s; want lesion mode, acute", tr.ID, e.Mode(), p)
		}
	}
}

// TestQuizEndsOnTheCameraAskedFrom: in a window that frames what each
// change shows, the quiz's end brings back the camera the student
// explored with, once the camera's moves are done.
func TestQuizEndsOnTheCameraAskedFrom(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	cam := view.DefaultCamera()
	cam.Yaw, cam.Distance = 0.7, 520
	w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
	w.ticks(view.MoveTicks + 1)
	before := w.ex.Camera()
	w.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"})
	w.ticks(view.MoveTicks + 1)
	w.do(t, act(explorer.Back))
	w.ticks(view.MoveTicks + 1)
	if w.ex.Mode() != explorer.Explore || !sameCamera(w.ex.Camera(), before) {
		t.Errorf("the quiz ended: %v, camera %+v; want explore, camera %+v", w.ex.Mode(), w.ex.Camera(), before)
	}
}
