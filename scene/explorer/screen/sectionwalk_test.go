package screen_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestSectionWalk draws, for a person to look at, every section level
// (the top one, then Page Down to the last) at 1280×720, 1920×1080 and
// 390×844, labels off and on, each once the camera's move is done:
// go test ./scene/explorer/screen -run TestSectionWalk -walk DIR.
func TestSectionWalk(t *testing.T) {
	if *walkDir == "" {
		t.Skip("-walk DIR writes the frames")
	}
	if err := os.MkdirAll(*walkDir, 0o755); err != nil {
		t.Fatal(err)
	}
	only := os.Getenv("SECTIONWALK")
	for _, d := range []device{devices[0], devices[1], devices[3]} {
		for _, labels := range []bool{false, true} {
			name := fmt.Sprintf("%s_labels%v", d.name, labels)
			if only != "" && only != name {
				continue
			}
			s := newSession(t)
			if labels != s.ex.State().Labels {
				s.do(t, act(explorer.ToggleLabels))
			}
			s.draw(d)
			s.do(t, act(explorer.ToggleSection))
			for range 16 {
				s.do(t, act(explorer.SectionUp))
			}
			for i := 0; ; i++ {
				for range 40 {
					s.ex.Tick(1.0 / 60)
					s.draw(d)
				}
				id := s.ex.Level().ID
				s.writeFrame(t, fmt.Sprintf("section_%s_%02d_%s.png", name, i, id))
				s.do(t, act(explorer.SectionDown))
				if s.ex.Level().ID == id {
					break
				}
			}
		}
	}
}
