package screen_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestReportTitlesWhole places every classic lesion on a laptop, a
// projector and a phone, presenter mode off and on, and checks that the
// report's title is drawn whole, wrapped rather than cut, and at one
// size in every report: a title set smaller to save a line read as a
// lesser heading (the shoulder and arm's).
func TestReportTitlesWhole(t *testing.T) {
	load(t)
	for _, d := range []device{devices[0], devices[1], devices[3]} {
		for _, presenter := range []bool{false, true} {
			s := newSession(t)
			if presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			sizes := map[float32]string{}
			for _, p := range cfg.Presets {
				s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID})
				if !s.ex.PanelsOpen() {
					s.do(t, act(explorer.TogglePanels)) // a phone's panels opened
				}
				for _, phase := range []bool{false, true} {
					if phase {
						s.do(t, act(explorer.TogglePhase))
					}
					L := s.draw(d)
					title := s.ex.Report().Title
					var drawn []string
					for _, tx := range s.dl.Texts {
						if tx.X >= L.Right.X && tx.X < L.Right.X+L.Right.W && tx.Y >= L.Right.Y && tx.Y < L.Right.Y+L.Right.H {
							if len(drawn) == 0 {
								sizes[tx.Size] = title
							}
							drawn = append(drawn, tx.S)
						}
					}
					got := strings.Join(drawn, " ")
					if !strings.HasPrefix(got, title) {
						n := min(len(drawn), 3)
						t.Errorf("%s presenter=%v %s: title %q drawn as %q", d.name, presenter, p.ID, title, drawn[:n])
					}
				}
			}
			if len(sizes) > 1 {
				t.Errorf("%s presenter=%v: the reports' titles are drawn at %d sizes: %v", d.name, presenter, len(sizes), sizes)
			}
		}
	}
}
