package screen_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/words"
)

// TestReportWalk draws every page of every classic lesion's report on a
// projector and a phone, presenter mode off and on, for a person to read
// as a teacher would: go test ./scene/explorer/screen -run TestReportWalk
// -walk DIR (REPORTWALK=1 also prints each page's words;
// REPORTWALK_PRESETS=a,b only those lesions; REPORTWALK_DEVICE=1280x720_ptrue
// only that screen).
func TestReportWalk(t *testing.T) {
	if *walkDir == "" {
		t.Skip("-walk DIR writes the frames")
	}
	if err := os.MkdirAll(*walkDir, 0o755); err != nil {
		t.Fatal(err)
	}
	load(t)
	phone := device{"390x844@3", 390, 844, 3, words.Touch}
	for _, c := range []struct {
		d         device
		presenter bool
	}{{devices[0], true}, {devices[1], true}, {phone, true}, {phone, false}, {devices[0], false}} {
		if only := os.Getenv("REPORTWALK_DEVICE"); only != "" && only != fmt.Sprintf("%s_p%v", c.d.name, c.presenter) {
			continue
		}
		var counts []string
		for _, p := range cfg.Presets {
			if only := os.Getenv("REPORTWALK_PRESETS"); only != "" && !strings.Contains(","+only+",", ","+p.ID+",") {
				continue
			}
			s := newSession(t)
			if c.presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID})
			if c.d.w < 700 {
				// A phone folds the panels: open them, as a tap on the
				// strip does.
				s.do(t, act(explorer.TogglePanels))
			}
			L := s.draw(c.d)
			n := L.ReportPages()
			counts = append(counts, fmt.Sprintf("%s:%d", p.ID, n))
			for pg := 0; pg < n; pg++ {
				if pg > 0 {
					s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
					L = s.draw(c.d)
				}
				name := fmt.Sprintf("report_%s_p%v_%s_%d.png", c.d.name, c.presenter, p.ID, pg+1)
				s.writeFrame(t, name)
				if os.Getenv("REPORTWALK") != "" {
					var texts []string
					for _, tx := range s.dl.Texts {
						if tx.X >= L.Right.X && tx.Y >= L.Right.Y && tx.X <= L.Right.X+L.Right.W && tx.Y <= L.Right.Y+L.Right.H {
							texts = append(texts, tx.S)
						}
					}
					t.Logf("%s\n  %s", name, strings.Join(texts, "\n  "))
				}
			}
		}
		t.Logf("%s presenter=%v pages: %s", c.d.name, c.presenter, strings.Join(counts, " "))
	}
}
