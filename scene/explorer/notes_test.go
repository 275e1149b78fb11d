package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestNoteEndsWithItsScene: a note (where to tap to trace, why an action
// did nothing, a link's refused part) ends when a trace starts, when the
// mode changes, on Back, or after a few seconds of the time given; an
// action that leaves the mode and the trace alone leaves it shown.
func TestNoteEndsWithItsScene(t *testing.T) {
	hand := explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")}
	face := explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:face:L")}
	lesion := act(explorer.EnterLesion)
	cases := []struct {
		name   string
		before []explorer.Action
		action explorer.Action
		ends   bool
	}{
		{"explore, a trace starts", nil, face, true},
		{"explore, the next trace", nil, act(explorer.NextTrace), true},
		{"trace, another starts", []explorer.Action{hand}, face, true},
		{"trace, the same starts again", []explorer.Action{hand}, hand, true},
		{"trace, the previous one", []explorer.Action{hand}, act(explorer.PrevTrace), true},
		{"trace, Close", []explorer.Action{hand}, act(explorer.EndTrace), true},
		{"trace, Back", []explorer.Action{hand}, act(explorer.Back), true},
		{"trace, lesion mode", []explorer.Action{hand}, lesion, true},
		{"explore, lesion mode", nil, lesion, true},
		{"explore, lesion toggled", nil, act(explorer.ToggleLesion), true},
		{"explore, a classic lesion", nil, explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"}, true},
		{"lesion, left", []explorer.Action{lesion}, act(explorer.LeaveLesion), true},
		{"lesion, Back", []explorer.Action{lesion}, act(explorer.Back), true},
		{"lesion, the quiz", []explorer.Action{lesion}, act(explorer.NextQuiz), true},
		{"quiz, ended", []explorer.Action{lesion, act(explorer.NextQuiz)}, act(explorer.EndQuiz), true},
		{"explore, a section", nil, act(explorer.ToggleSection), true},
		{"section, removed", []explorer.Action{act(explorer.ToggleSection)}, act(explorer.ToggleSection), true},
		{"explore, a tour", nil, explorer.Action{Kind: explorer.StartTour, Tour: 0}, true},
		{"tour, ended", []explorer.Action{{Kind: explorer.StartTour, Tour: 0}}, act(explorer.EndTour), true},
		{"explore, Back with nothing open", nil, act(explorer.Back), true},
		{"help, Back", []explorer.Action{act(explorer.ToggleHelp)}, act(explorer.Back), true},
		{"explore, labels", nil, act(explorer.ToggleLabels), false},
		{"explore, the look", nil, act(explorer.CycleLook), false},
		{"explore, the help", nil, act(explorer.ToggleHelp), false},
		{"trace, paused", []explorer.Action{hand}, act(explorer.PauseTrace), false},
		{"trace, followed", []explorer.Action{hand}, act(explorer.FollowTrace), false},
		{"lesion, a sphere placed", []explorer.Action{lesion}, explorer.Action{Kind: explorer.PlaceLesion, At: [3]float32{-38, -22, 58}, Radius: 6}, false},
		{"lesion, the phase", []explorer.Action{lesion}, act(explorer.TogglePhase), false},
	}
	const note = "The left frontal lobe: no motor pathway starts here."
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newExplorer(t)
			run(t, e, c.before)
			e.Tick(1.0 / 60)
			e.Notify([]string{note})
			was := e.Mode()
			run(t, e, []explorer.Action{c.action})
			if got := e.Note() == ""; got != c.ends {
				t.Errorf("mode %s → %s: note ended %v, want %v", was, e.Mode(), got, c.ends)
			}
		})
	}
}

// TestNoteEndsAfterAFewSeconds: a note left alone goes after a few
// seconds of the time given, not before.
func TestNoteEndsAfterAFewSeconds(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")}})
	e.Notify([]string{"a note"})
	for range 60 * 2 {
		e.Tick(1.0 / 60)
	}
	if e.Note() == "" {
		t.Fatal("the note went within two seconds")
	}
	for range 60 * 10 {
		e.Tick(1.0 / 60)
	}
	if e.Note() != "" {
		t.Errorf("the note %q still shows after twelve seconds", e.Note())
	}
}

// TestEveryNoteKindGoes: each kind of note (a refusal, a picture saved)
// stays a few seconds of the time given and no more, and ends when the
// mode changes, by an action or by a link opened, so that "Saved
// decussate.png" never lies over lesion mode or the quiz.
func TestEveryNoteKindGoes(t *testing.T) {
	lesion := explorer.DefaultState()
	lesion.Mode = explorer.Lesion
	cases := []struct {
		name    string
		kind    explorer.NoteKind
		note    string
		least   float64 // seconds it still shows after
		most    float64 // seconds by which it has gone
		then    func(*testing.T, *explorer.Explorer)
		endsNow bool
	}{
		{"refused, left alone", explorer.NoteRefused, "No section level “xyz”.", 7, 9, nil, false},
		{"saved, left alone", explorer.NoteDone, "Saved decussate.png", 3, 5, nil, false},
		{"refused, lesion mode entered", explorer.NoteRefused, "No section level “xyz”.", 0, 0, func(t *testing.T, e *explorer.Explorer) {
			run(t, e, []explorer.Action{act(explorer.EnterLesion)})
		}, true},
		{"saved, lesion mode entered", explorer.NoteDone, "Saved decussate.png", 0, 0, func(t *testing.T, e *explorer.Explorer) {
			run(t, e, []explorer.Action{act(explorer.EnterLesion)})
		}, true},
		{"saved, the quiz asked", explorer.NoteDone, "Saved decussate.png", 0, 0, func(t *testing.T, e *explorer.Explorer) {
			run(t, e, []explorer.Action{act(explorer.NextQuiz)})
		}, true},
		{"saved, a link to lesion mode opened", explorer.NoteDone, "Saved decussate.png", 0, 0, func(t *testing.T, e *explorer.Explorer) {
			if err := e.Set(lesion); err != nil {
				t.Fatal(err)
			}
			e.Tick(1.0 / 60)
		}, true},
		{"refused, a link to lesion mode opened", explorer.NoteRefused, "The camera is not four numbers.", 0, 0, func(t *testing.T, e *explorer.Explorer) {
			if err := e.Set(lesion); err != nil {
				t.Fatal(err)
			}
			e.Tick(1.0 / 60)
		}, true},
		{"saved, the labels turned on", explorer.NoteDone, "Saved decussate.png", 3, 5, func(t *testing.T, e *explorer.Explorer) {
			run(t, e, []explorer.Action{act(explorer.ToggleLabels)})
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newExplorer(t)
			e.Tick(1.0 / 60)
			e.Tell(c.kind, []string{c.note})
			if e.Note() != c.note {
				t.Fatalf("the note shows %q, want %q", e.Note(), c.note)
			}
			if c.then != nil {
				c.then(t, e)
			}
			if c.endsNow {
				if e.Note() != "" {
					t.Errorf("the note %q outlived the change (mode %s)", e.Note(), e.Mode())
				}
				return
			}
			tick := func(seconds float64) {
				for range int(seconds * 60) {
					e.Tick(1.0 / 60)
				}
			}
			tick(c.least)
			if e.Note() == "" {
				t.Fatalf("the note went within %g s", c.least)
			}
			tick(c.most - c.least)
			if e.Note() != "" {
				t.Errorf("the note %q still shows after %g s", e.Note(), c.most)
			}
		})
	}
}
