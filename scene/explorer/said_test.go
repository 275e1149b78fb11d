package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestSaid: the line a page's reader gets is the quiz's words over lesion
// mode's summary, a tour step's caption, or a trace's station, and
// nothing in plain explore mode.
func TestSaid(t *testing.T) {
	cases := []struct {
		name    string
		actions []explorer.Action
		ticks   int
		want    func(e *explorer.Explorer) string
	}{
		{"explore", nil, 0, func(*explorer.Explorer) string { return "" }},
		{"trace", []explorer.Action{act(explorer.NextTrace)}, 120, func(e *explorer.Explorer) string { return e.Station() }},
		{"lesion, nothing placed", []explorer.Action{act(explorer.EnterLesion)}, 0, func(*explorer.Explorer) string { return "" }},
		{"classic lesion", []explorer.Action{{Kind: explorer.PlacePreset, Preset: "locked_in"}}, 0, func(e *explorer.Explorer) string {
			// The report's summary (Locked-in's differs from the
			// engine's: it says bulbar, all four limbs).
			return e.Report().Summary
		}},
		{"quiz", []explorer.Action{act(explorer.NextQuiz)}, 0, func(e *explorer.Explorer) string { return e.QuizWords() }},
		{"tour", []explorer.Action{{Kind: explorer.StartTour, Tour: 0}}, 0, func(e *explorer.Explorer) string { return e.Player().Step().Caption }},
	}
	for _, c := range cases {
		e := newExplorer(t)
		run(t, e, c.actions)
		for range c.ticks {
			e.Tick(1.0 / 60)
		}
		want := c.want(e)
		if got := e.Said(); got != want {
			t.Errorf("%s: said %q, want %q", c.name, got, want)
		}
		if c.name != "explore" && c.name != "lesion, nothing placed" && want == "" {
			t.Errorf("%s: nothing said", c.name)
		}
	}
}

// TestNotes: a note shows for eight seconds, then goes; no sentences
// leave the note as it is; the adapter's own note (an export's status)
// shows over it.
func TestNotes(t *testing.T) {
	e := newExplorer(t)
	e.Notify([]string{"No section level “xyz”.", "The camera is not four numbers."})
	e.Notify(nil)
	if f := e.Frame(1280, 720, 1); f.Content.Note != "No section level “xyz”.\nThe camera is not four numbers." || f.Layout.Note.H == 0 {
		t.Fatalf("the note shows %q in %+v", f.Content.Note, f.Layout.Note)
	}
	e.SetLocal(explorer.Local{Note: "Saved decussate.png"})
	if f := e.Frame(1280, 720, 1); f.Content.Note != "Saved decussate.png" {
		t.Errorf("the export's status shows %q", f.Content.Note)
	}
	e.SetLocal(explorer.Local{})
	for range 60 * 7 {
		e.Tick(1.0 / 60)
	}
	if e.Note() == "" {
		t.Error("the note went within seven seconds")
	}
	for range 60 * 2 {
		e.Tick(1.0 / 60)
	}
	if f := e.Frame(1280, 720, 1); e.Note() != "" || f.Content.Note != "" || f.Layout.Note.H != 0 {
		t.Errorf("after nine seconds the note is %q, box %+v", e.Note(), f.Layout.Note)
	}
}
