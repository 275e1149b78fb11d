package screen_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/go-gl/mathgl/mgl32"
)

// TestFullScreenOnTheRow: on a laptop and a projector, presenter mode off
// and on, Full screen is on the toolbar's row in every mode, the quiz's
// too: it is how a teacher leaves full screen, not a menu away.
func TestFullScreenOnTheRow(t *testing.T) {
	modes := []struct {
		name  string
		setup []explorer.Action
	}{
		{"explore", nil},
		{"lesion", []explorer.Action{{Kind: explorer.PlacePreset, Preset: "locked_in"}}},
		{"quiz", []explorer.Action{{Kind: explorer.AskQuiz, Preset: "weber"}}},
		{"quiz-guess", []explorer.Action{{Kind: explorer.AskQuiz, Preset: "weber"}, {Kind: explorer.PlacePreset, Preset: "locked_in"}}},
		{"trace", []explorer.Action{act(explorer.NextTrace)}},
		{"section", []explorer.Action{act(explorer.ToggleSection)}},
		{"tour", []explorer.Action{{Kind: explorer.StartTour, Tour: 0}}},
	}
	for _, m := range modes {
		for _, d := range devices[:3] {
			for _, presenter := range []bool{false, true} {
				s := newSession(t)
				if presenter {
					s.do(t, act(explorer.TogglePresenter))
				}
				s.do(t, m.setup...)
				L := s.draw(d)
				if !slices.ContainsFunc(L.Tools, func(b screen.Button) bool { return b.Tool == screen.ToolFullscreen }) {
					t.Errorf("%s on %s presenter=%v: no Full screen on the toolbar", m.name, d.name, presenter)
				}
			}
		}
	}
}

// TestQuizTitleOnOneLine: the quiz's report keeps its title, "Where is
// the lesion?" with the phase, on one line on every screen (in presenter
// mode, whose size it keeps, on two at most), asked, after a lesion placed by a click and after a
// classic lesion; the student's lesion is named in the body, under the
// quiz's feedback.
func TestQuizTitleOnOneLine(t *testing.T) {
	for _, d := range append(devices, lesionDevices[0]) {
		for _, presenter := range []bool{false, true} {
			for _, c := range []struct {
				name    string
				guess   []explorer.Action
				heading string
			}{
				{"asked", nil, ""},
				{"clicked", []explorer.Action{{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-45, -20, 0}, Radius: 6}}, "temporal lobe"},
				{"classic", []explorer.Action{{Kind: explorer.PlacePreset, Preset: "locked_in"}}, "Locked-in syndrome."},
			} {
				t.Run(fmt.Sprintf("%s/presenter=%v/%s", d.name, presenter, c.name), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"}, act(explorer.TogglePanels))
					s.do(t, c.guess...)
					L := s.draw(d)
					var in []string
					for _, tx := range s.dl.Texts {
						if screen.In(L.Right, tx.X, tx.Y) {
							in = append(in, tx.S)
						}
					}
					want := screen.QuizTitle + " · chronic"
					if presenter && len(in) > 1 && in[0] != want && in[0]+" "+in[1] == want {
						// Presenter mode's title wraps rather than
						// shrink (TestPresenterReportSize).
						in = append([]string{in[0] + " " + in[1]}, in[2:]...)
					}
					if len(in) == 0 || in[0] != want {
						t.Fatalf("the report's first line is not %q: %q", want, in)
					}
					var body []string
					for _, pg := range reportPagesDrawn(t, s, d) {
						body = append(body, pg.body...)
					}
					if c.heading != "" && !strings.Contains(strings.Join(body, " "), c.heading) {
						t.Errorf("the body does not name the student's lesion (%q): %q", c.heading, body)
					}
				})
			}
		}
	}
}
