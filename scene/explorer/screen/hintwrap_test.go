package screen_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/words"
)

// hintRatios are the pixels per CSS pixel one page's frames are drawn at:
// before the window's scale is known (1), while the camera moves (0.7 of
// 2), and after (2, or a phone's 3).
var hintRatios = []float32{1, 1.4, 2, 3}

// TestHintKeepsItsUnits draws every mode on a phone, a laptop and a
// projector, presenter mode off and on, at each of hintRatios: the hint
// bar's lines are the same at every ratio (the first frame's wrap is the
// final one), a unit of the hint ("E: lesion mode", "Menu → Help: all
// the controls") is on one line wherever it fits one, and no line ends
// with a key's colon or an arrow or starts with an arrow.
func TestHintKeepsItsUnits(t *testing.T) {
	load(t)
	ts := screen.NewTypeset(face)
	for _, d := range []device{{"390x844", 390, 844, 1, words.Touch}, {"1280x720", 1280, 720, 1, words.Keyboard}, {"1920x1080", 1920, 1080, 1, words.Keyboard}} {
		for _, presenter := range []bool{false, true} {
			for _, m := range modeSetups {
				t.Run(fmt.Sprintf("%s/%s/presenter=%v", d.name, m.name, presenter), func(t *testing.T) {
					var first []string
					for i, ratio := range hintRatios {
						s := newSession(t)
						if presenter {
							s.do(t, act(explorer.TogglePresenter))
						}
						m.setup(t, s)
						dr := d
						dr.ratio = ratio
						L := s.draw(dr)
						var lines []string
						var size float32
						for _, tx := range s.dl.Texts {
							if screen.In(L.Hint, tx.X, tx.Y) {
								lines, size = append(lines, tx.S), tx.Size
							}
						}
						if i == 0 {
							first = lines
						} else if !slices.Equal(lines, first) {
							t.Errorf("at ratio %v the hint reads %q, at ratio %v %q", ratio, lines, hintRatios[0], first)
						}
						all := strings.Join(lines, " · ")
						for _, u := range strings.Split(all, "·") {
							u = strings.TrimSpace(u)
							if u == "" || ts.Width(u, size) > L.Hint.W-4*L.Pad {
								continue
							}
							if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, u) }) {
								t.Errorf("ratio %v: %q is broken over lines: %q", ratio, u, lines)
							}
						}
						for _, l := range lines {
							if strings.HasSuffix(l, "→") || strings.HasPrefix(l, "→ ") || strings.HasSuffix(l, ":") {
								t.Errorf("ratio %v: a line of the hint parts a key or an arrow from its words: %q", ratio, lines)
							}
						}
					}
				})
			}
		}
	}
}
