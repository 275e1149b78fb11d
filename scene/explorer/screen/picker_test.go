package screen_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestPickerReachesEveryPreset opens the list of classic lesions on a
// phone by touch and on laptops, presenter mode off and on, and scrolls
// it as a drag does, a row at a time, and as a tap on its cue does, a
// page at a time: every classic lesion must be drawn on the way, uncut,
// and while more lie below the list must say so.
func TestPickerReachesEveryPreset(t *testing.T) {
	for _, d := range []device{devices[3], devices[0], devices[1]} {
		for _, presenter := range []bool{false, true} {
			for _, paging := range []bool{false, true} {
				s := newSession(t)
				if presenter {
					s.do(t, act(explorer.TogglePresenter))
				}
				s.do(t, act(explorer.EnterLesion), act(explorer.OpenPicker))
				seen := map[string]bool{}
				for turn := 0; turn < 200; turn++ {
					L := s.draw(d)
					more := false
					for _, tx := range s.dl.Texts {
						seen[tx.S] = true
						more = more || strings.Contains(tx.S, "▼")
					}
					first := s.presets.First
					if paging {
						// A tap on the cue, under the last row.
						var cueY float32
						for _, tx := range s.dl.Texts {
							if strings.ContainsAny(tx.S, "▲▼") {
								cueY = tx.Y - 2
							}
						}
						if n, ok := s.presets.CueAt(L.Left, L.Size, cueY); ok && n > 0 {
							s.presets.Scroll(L.Left, L.Size, n)
						}
					} else {
						s.presets.Scroll(L.Left, L.Size, 1)
					}
					if s.presets.First == first {
						if more {
							t.Errorf("%s presenter=%v: the list stops at %d but says there are more below", d.name, presenter, first)
						}
						break
					}
					if !more {
						t.Errorf("%s presenter=%v: the list scrolls on from %d but does not say there are more", d.name, presenter, first)
					}
				}
				for _, p := range cfg.Presets {
					// Whole, or on a narrow list without its words in
					// brackets.
					short, _, _ := strings.Cut(p.Name, " (")
					if !seen[p.Name] && !seen[short] {
						t.Errorf("%s presenter=%v paging=%v: %q never shown whole", d.name, presenter, paging, p.Name)
					}
				}
			}
		}
	}
}
