package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestSectionOpensAtTheLesion: in lesion mode a section opens through the
// lesion placed (it opened where X last cut, the pyramidal decussation,
// and showed nothing of Millard-Gubler's lesion in the pons), unless the
// level it last cut shows the lesion already; a peripheral nerve's
// lesion, which no section shows, leaves the level as it was.
func TestSectionOpensAtTheLesion(t *testing.T) {
	for _, c := range []struct {
		preset, level string
	}{
		{"millard_gubler", "caudal_pons"},
		{"medial_medullary", "medulla"},
		{"weber", "midbrain"},
		{"brown_sequard_c5", "C5"},
		{"cn12_palsy", "medulla"},
		{"raymond", "caudal_pons"},
		{"ulnar_nerve", "decussation"},
	} {
		w := newWindow(t, 1920, 1080, 1)
		w.do(t, act(explorer.ToggleSection))
		before := w.ex.Level().ID
		w.do(t, act(explorer.ToggleSection))
		w.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: c.preset})
		w.do(t, act(explorer.ToggleSection))
		if got := w.ex.Level().ID; got != c.level {
			t.Errorf("%s: the section opened at %s (last cut at %s), want %s", c.preset, got, before, c.level)
		}
		if c.preset != "medial_medullary" {
			continue
		}
		// Moved off the lesion and opened again, the section goes back
		// to it.
		w.do(t, act(explorer.SectionDown))
		w.do(t, act(explorer.ToggleSection))
		w.do(t, act(explorer.ToggleSection))
		if got := w.ex.Level().ID; got != c.level {
			t.Errorf("%s: moved off the lesion, reopened at %s, want %s", c.preset, got, c.level)
		}
	}
	// A disease every segment shows: the level the student moved to is
	// kept.
	w := newWindow(t, 1920, 1080, 1)
	w.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "als"})
	w.do(t, act(explorer.ToggleSection))
	w.do(t, act(explorer.SectionDown))
	w.do(t, act(explorer.SectionDown))
	chosen := w.ex.Level().ID
	w.do(t, act(explorer.ToggleSection))
	w.do(t, act(explorer.ToggleSection))
	if got := w.ex.Level().ID; got != chosen {
		t.Errorf("ALS: reopened at %s, not at %s where the student left it (it shows the lesion)", got, chosen)
	}
}
