package explorer_test

import (
	"reflect"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// A clicker sends →, ←, Page Down, Page Up, Space, B or the full stop and
// Esc; the game's key table (game/keys.go) maps them to these actions.
var (
	clickNext = page(explorer.ReportPage, 1)
	clickBack = page(explorer.ReportPage, -1)
)

// TestBlackScreen: the black screen comes and goes, and changes nothing
// else: the state, the panels and the tour are as they were, with
// presenter mode on or off.
func TestBlackScreen(t *testing.T) {
	for _, presenter := range []bool{false, true} {
		e := newExplorer(t)
		if presenter {
			run(t, e, []explorer.Action{act(explorer.TogglePresenter)})
		}
		run(t, e, []explorer.Action{{Kind: explorer.PlacePreset, Preset: "weber"}, act(explorer.ToggleSection), act(explorer.ToggleHelp)})
		before, help := e.State(), e.Help()
		run(t, e, []explorer.Action{act(explorer.ToggleBlack)})
		if !e.Black() {
			t.Fatalf("presenter %v: B did not black the screen", presenter)
		}
		if !reflect.DeepEqual(e.State(), before) || e.Help() != help {
			t.Errorf("presenter %v: blacking the screen changed the state: %+v, was %+v", presenter, e.State(), before)
		}
		run(t, e, []explorer.Action{act(explorer.ToggleBlack)})
		if e.Black() || !reflect.DeepEqual(e.State(), before) || e.Help() != help {
			t.Errorf("presenter %v: the screen came back black (%v) or changed", presenter, e.Black())
		}
	}
}

// TestClickerInASection: in a section a clicker's next and previous step
// the levels, Esc leaves the section, and a quiz, a tour or a trace
// started from it leaves it.
func TestClickerInASection(t *testing.T) {
	e := newExplorer(t)
	first := e.Level().ID
	at := func() int {
		for i, l := range e.Levels() {
			if l.ID == e.State().Section {
				return i
			}
		}
		return -1
	}
	run(t, e, []explorer.Action{act(explorer.ToggleSection)})
	if e.State().Section != first {
		t.Fatalf("X cut at %q, want %q", e.State().Section, first)
	}
	start := at()
	steps := []struct {
		name string
		k    explorer.Kind
		want int
	}{
		{"→", explorer.SectionDown, start + 1},
		{"Space", explorer.SectionDown, start + 2},
		{"←", explorer.SectionUp, start + 1},
		{"Page Up", explorer.SectionUp, start},
	}
	for _, s := range steps {
		run(t, e, []explorer.Action{act(s.k)})
		if got := at(); got != s.want {
			t.Errorf("%s: level %d, want %d", s.name, got, s.want)
		}
	}
	if !e.Back() || e.State().Section != "" {
		t.Errorf("Esc did not leave the section: %q", e.State().Section)
	}

	leaves := []struct {
		name  string
		a     explorer.Action
		after explorer.Mode
	}{
		{"quiz", explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"}, explorer.Quiz},
		{"next quiz", act(explorer.NextQuiz), explorer.Quiz},
		{"trace", act(explorer.NextTrace), explorer.Trace},
		{"tour", explorer.Action{Kind: explorer.StartTour, Tour: 0}, explorer.Tour},
	}
	for _, l := range leaves {
		e := newExplorer(t)
		run(t, e, []explorer.Action{act(explorer.ToggleSection), l.a})
		want := ""
		if p := e.Player(); p != nil {
			want = p.Step().Section // a tour's step shows its own
		}
		if e.Mode() != l.after || e.State().Section != want {
			t.Errorf("%s from a section: mode %v, section %q, want %v and %q", l.name, e.Mode(), e.State().Section, l.after, want)
		}
		if l.after == explorer.Quiz {
			run(t, e, []explorer.Action{act(explorer.EndQuiz)})
			if e.State().Section != first {
				t.Errorf("%s ended: section %q, want %q again", l.name, e.State().Section, first)
			}
		}
	}
}

// TestClickerTurnsTheReport: in lesion mode a clicker's next and previous
// turn the report's pages, in presenter mode and out of it.
func TestClickerTurnsTheReport(t *testing.T) {
	for _, presenter := range []bool{false, true} {
		e := newExplorer(t)
		if presenter {
			run(t, e, []explorer.Action{act(explorer.TogglePresenter)})
		}
		run(t, e, []explorer.Action{{Kind: explorer.PlacePreset, Preset: "locked_in"}})
		f := e.Frame(1280, 720, 1)
		n := f.Layout.ReportPages()
		if presenter && n < 2 {
			t.Fatalf("locked-in syndrome's report in presenter mode has %d pages, want several", n)
		}
		want := 0
		for i, a := range []explorer.Action{clickNext, clickNext, clickBack, clickBack, clickBack} {
			run(t, e, []explorer.Action{a})
			want = ((want+a.Row)%n + n) % n
			if got := e.ReportPage(); got != want {
				t.Errorf("presenter %v, press %d: page %d, want %d", presenter, i, got, want)
			}
		}
	}
}

// tourPlace is where a tour is: its step and the report's page.
type tourPlace struct{ step, page int }

// TestClickerStepsTheTourAndItsReport: in a tour → shows each step's
// report page by page before the next step, as a slide's builds, and ←
// walks the same places back in reverse.
func TestClickerStepsTheTourAndItsReport(t *testing.T) {
	for _, presenter := range []bool{false, true} {
		e := newExplorer(t)
		if presenter {
			run(t, e, []explorer.Action{act(explorer.TogglePresenter)})
		}
		brainstem := -1
		for i, tr := range e.Tours() {
			if tr.ID == "brainstem_syndromes" {
				brainstem = i
			}
		}
		if brainstem < 0 {
			t.Fatal("no tour of the brainstem's syndromes")
		}
		run(t, e, []explorer.Action{{Kind: explorer.StartTour, Tour: brainstem}})
		// here draws a frame, as the window does between presses, and
		// tells where the tour is and how many pages the report has.
		here := func() (tourPlace, int) {
			f := e.Frame(1280, 720, 1)
			n := f.Layout.ReportPages()
			return tourPlace{e.Player().Index(), e.ReportPage()}, n
		}
		var forward []tourPlace
		paged := false
		for {
			p, n := here()
			if k := len(forward); k > 0 && forward[k-1].step == p.step {
				paged = true
				if p.page != forward[k-1].page+1 {
					t.Errorf("presenter %v: → went from %+v to %+v", presenter, forward[k-1], p)
				}
			} else if p.page != 0 {
				t.Errorf("presenter %v: step %d opened at page %d", presenter, p.step, p.page)
			}
			forward = append(forward, p)
			if len(forward) > 100 {
				t.Fatalf("presenter %v: → never reached the tour's last page", presenter)
			}
			if e.Player().AtEnd() && p.page >= n-1 {
				break
			}
			run(t, e, []explorer.Action{act(explorer.TourNext)})
		}
		if presenter && !paged {
			t.Errorf("no report of the tour had a second page for → to show")
		}
		for i := len(forward) - 1; i >= 0; i-- {
			if got, _ := here(); got != forward[i] {
				t.Errorf("presenter %v: ← back at %+v, want %+v", presenter, got, forward[i])
				break
			}
			run(t, e, []explorer.Action{act(explorer.TourBack)})
		}
		if e.Player() == nil || e.Player().Index() != 0 {
			t.Errorf("presenter %v: ← from the first step left the tour", presenter)
		}
	}
}

// TestLinkKeepsPresenterMode: presenter mode is the device's setting: a
// link that does not name it keeps it, one that does sets it.
func TestLinkKeepsPresenterMode(t *testing.T) {
	cases := []struct {
		name       string
		on         bool
		link       string
		wantOn     bool
		wantLesion bool
	}{
		{"a link without presenter, presenter on", true, "mode=lesion&preset=weber", true, true},
		{"a link without presenter, presenter off", false, "mode=lesion&preset=weber", false, true},
		{"a link turning it off", true, "presenter=0", false, false},
		{"a link turning it on", false, "mode=lesion&preset=weber&presenter=1", true, true},
	}
	for _, c := range cases {
		e := newExplorer(t)
		if c.on {
			run(t, e, []explorer.Action{act(explorer.TogglePresenter)})
		}
		if notes := e.Open(c.link); len(notes) > 0 {
			t.Errorf("%s: notes %v", c.name, notes)
		}
		if e.Presenter() != c.wantOn || e.Lesioning() != c.wantLesion {
			t.Errorf("%s: presenter %v, lesion mode %v; want %v, %v", c.name, e.Presenter(), e.Lesioning(), c.wantOn, c.wantLesion)
		}
	}
}
