package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
	"regexp"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// idInWords finds what must never reach a reader: an underscore or a
// cranial nerve's id.
var idInWords = regexp.MustCompile(`_|\bcn\d`)

// findPreset returns the classic lesion id of g's list.
func findPreset(t *testing.T, g *Game, id string) *preset.Preset {
	t.Helper()
	g.loadLibrary() // as the picker does; the window loads it after its first frame
	all := g.ex.Presets()
	for i := range all {
		if all[i].ID == id {
			return &all[i]
		}
	}
	t.Fatalf("no preset %q", id)
	return nil
}

// TestPresetLink: a classic lesion's id travels in the link, and the link
// titles lesion mode with its name; a link naming only the preset places
// its sites; an unknown one is named in a note; a lesion changed by hand
// loses the name.
func TestPresetLink(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	p := findPreset(t, g, "lateral_medullary")
	choosePreset(t, g, p.ID)
	link := g.stateOf()
	if !strings.Contains(link, "preset=lateral_medullary") {
		t.Fatalf("the link %q does not carry the preset", link)
	}
	h, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if notes := h.ApplyState(link); len(notes) != 0 {
		t.Fatalf("reopening %q gave notes %v", link, notes)
	}
	if h.ex.ReportTitle() != p.Name || h.stateOf() != link {
		t.Errorf("the reopened link is titled %q (want %q) and reads %q", h.ex.ReportTitle(), p.Name, h.stateOf())
	}
	if notes := h.ApplyState("mode=lesion&preset=weber"); len(notes) != 0 || len(h.ex.State().Lesions) == 0 || result(h) == nil ||
		h.ex.ReportTitle() != findPreset(t, h, "weber").Name {
		t.Errorf("a link naming only Weber: notes %v, %d lesions, title %q", notes, len(h.ex.State().Lesions), h.ex.ReportTitle())
	}
	if notes := h.ApplyState("mode=lesion&preset=nowhere"); len(notes) != 1 || h.ex.ReportTitle() != "" {
		t.Errorf("an unknown preset: notes %v, title %q", notes, h.ex.ReportTitle())
	}
	choosePreset(t, h, p.ID)
	place(t, h, mgl32.Vec3{-20, -12, 8}, 6)
	if h.ex.State().Preset != "" || strings.Contains(h.stateOf(), "preset=") {
		t.Errorf("a preset changed by hand still names it: %q", h.stateOf())
	}
}

// TestReportWords draws lesion mode's report for classic lesions of every
// kind and reads its text: no id, no bare decimal, no type abbreviation
// outside the colours' legend; severities carry their word and, for the
// limbs, an MRC grade.
func TestReportWords(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	legend := map[string]bool{"UMN": true, "LMN": true, "mixed": true}
	bare := regexp.MustCompile(`_|\bcn\d|\b0\.\d|\b(UMN|LMN)\b|\bbabinski\b`)
	for _, id := range []string{"capsular_lacune", "lateral_medullary", "brown_sequard_c5", "als", "root_c7", "cn3_palsy"} {
		choosePreset(t, g, id)
		g.dl.Reset(1920, 1080)
		// A tall panel, so that every row is written.
		g.ex.Report().Draw(&g.dl, screen.NewTypeset(g.face), view.Box{ID: "report", X: 1200, W: 700, H: 2000}, 20, screen.NewMetrics(1920, 1080, 1, false), words.Keyboard)
		var all []string
		for _, tx := range g.dl.Texts {
			if !legend[tx.S] {
				all = append(all, tx.S)
			}
		}
		text := strings.Join(all, "\n")
		if bare.MatchString(text) {
			t.Errorf("%s: the report reads %q", id, bare.FindString(text))
		}
		if !strings.Contains(text, "motor neuron weakness") || !regexp.MustCompile(`(?i)\b(mild|moderate|severe)\b`).MatchString(text) {
			t.Errorf("%s: the report has no type heading or severity word:\n%s", id, text)
		}
		if id == "capsular_lacune" && (!strings.Contains(text, "MRC ") || !strings.Contains(text, "Babinski sign on the right")) {
			t.Errorf("%s: the report has no MRC grade or Babinski sign:\n%s", id, text)
		}
	}
}

// TestTourReportTitles: every lesion step of every tour titles the report
// with its classic lesion's name or its sites' names, never "step N" or an
// id.
func TestTourReportTitles(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	lesionSteps := 0
	g.loadLibrary()
	for ti, tr := range g.ex.Tours() {
		g.startTour(ti)
		for i := range tr.Steps {
			if i > 0 {
				g.act(explorer.TourNext)
			}
			if !g.ex.Lesioning() {
				continue
			}
			lesionSteps++
			title := g.ex.ReportTitle()
			if title == "" || strings.Contains(title, "step") || idInWords.MatchString(title) || strings.Contains(title, ":") && !strings.Contains(title, " ") {
				t.Errorf("%s step %d: the report is titled %q", tr.ID, i+1, title)
			}
			if s := tr.Steps[i]; s.Preset != "" && title != findPreset(t, g, s.Preset).Name {
				t.Errorf("%s step %d: titled %q, not its preset's name", tr.ID, i+1, title)
			}
		}
	}
	if lesionSteps < 5 {
		t.Errorf("only %d lesion steps in the tours", lesionSteps)
	}
}

// TestLibraryLoadsWhenAsked: the window starts without its classic lesions
// and tours (they load after the first frame), and a link naming a classic
// lesion, the picker, the quiz or a tour load them first.
func TestLibraryLoadsWhenAsked(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.ex.Tours()) != 0 || g.library {
		t.Fatalf("the library loaded before the first frame")
	}
	if notes := g.ApplyState("mode=lesion&preset=lateral_medullary"); len(notes) != 0 {
		t.Fatalf("a link naming a classic lesion before the library loaded: %v", notes)
	}
	if !g.ex.Lesioning() || g.ex.ReportTitle() == "" {
		t.Errorf("the link's classic lesion did not open: lesion mode %v, title %q", g.ex.Lesioning(), g.ex.ReportTitle())
	}
	for _, open := range []func(*Game){(*Game).openPicker, (*Game).askQuiz, func(g *Game) { g.startTour(0) }} {
		h, err := New()
		if err != nil {
			t.Fatal(err)
		}
		open(h)
		if !h.library || len(h.ex.Tours()) == 0 || len(h.ex.Presets()) == 0 {
			t.Errorf("opening the picker, the quiz or a tour left the library unloaded")
		}
	}
}
