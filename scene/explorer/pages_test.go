package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// page turns a paged panel by n.
func page(k explorer.Kind, n int) explorer.Action { return explorer.Action{Kind: k, Row: n} }

// TestHelpPages: the list of controls in presenter mode at 1280×720 is in
// pages; → turns on, round from the last to the first, ← back round the
// other way; reopening starts at the first; nothing turns while it is
// closed; the About panel pages by the same action.
func TestHelpPages(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{act(explorer.TogglePresenter), page(explorer.HelpPage, 1)})
	if e.HelpPage() != 0 {
		t.Fatalf("a page turned with the list closed: page %d", e.HelpPage())
	}
	run(t, e, []explorer.Action{act(explorer.ToggleHelp)})
	f := e.Frame(1280, 720, 1)
	n := f.Layout.HelpPages()
	if n < 2 {
		t.Fatalf("presenter mode's list of controls at 1280×720 has %d pages, want several", n)
	}
	steps := []struct {
		name string
		a    explorer.Action
		want int
	}{
		{"on", page(explorer.HelpPage, 1), 1},
		{"back", page(explorer.HelpPage, -1), 0},
		{"back from the first", page(explorer.HelpPage, -1), n - 1},
		{"on from the last", page(explorer.HelpPage, 1), 0},
		{"closed", act(explorer.ToggleHelp), 0},
		{"reopened", act(explorer.ToggleHelp), 0},
	}
	for _, s := range steps {
		run(t, e, []explorer.Action{s.a})
		if got := e.HelpPage(); got != s.want {
			t.Errorf("%s: page %d, want %d", s.name, got, s.want)
		}
	}
	run(t, e, []explorer.Action{page(explorer.HelpPage, 1)})
	if e.Frame(1280, 720, 1).Content.HelpPage != 1 {
		t.Errorf("the frame does not show the page turned to")
	}
	run(t, e, []explorer.Action{act(explorer.Back)})
	if e.Help() {
		t.Errorf("Esc left the paged list open")
	}
	run(t, e, []explorer.Action{act(explorer.ToggleAbout)})
	f = e.Frame(390*2, 844*2, 2)
	run(t, e, []explorer.Action{page(explorer.HelpPage, 1)})
	if e.HelpPage() != 1%max(1, f.Layout.HelpPages()) {
		t.Errorf("the About panel did not turn: page %d", e.HelpPage())
	}
}

// TestReportPages: a long report in presenter mode at 1280×720 pages; a
// new lesion opens its report at the first page; outside lesion mode the
// action does nothing.
func TestReportPages(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{page(explorer.ReportPage, 1)})
	if e.ReportPage() != 0 {
		t.Fatalf("the report turned outside lesion mode")
	}
	run(t, e, []explorer.Action{act(explorer.TogglePresenter), {Kind: explorer.PlacePreset, Preset: "locked_in"}})
	f := e.Frame(1280, 720, 1)
	n := f.Layout.ReportPages()
	if n < 2 {
		t.Fatalf("locked-in syndrome's report in presenter mode has %d pages, want several", n)
	}
	run(t, e, []explorer.Action{page(explorer.ReportPage, 1), page(explorer.ReportPage, 1)})
	if e.ReportPage() != 2%n {
		t.Errorf("two turns: page %d", e.ReportPage())
	}
	run(t, e, []explorer.Action{page(explorer.ReportPage, -3)})
	if e.ReportPage() != ((2-3)%n+n)%n {
		t.Errorf("three back: page %d", e.ReportPage())
	}
	run(t, e, []explorer.Action{{Kind: explorer.PlacePreset, Preset: "capsular_lacune"}})
	e.Frame(1280, 720, 1)
	if e.ReportPage() != 0 {
		t.Errorf("a new lesion's report opens at page %d", e.ReportPage())
	}
}
