package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestQuizKeepsModel: on a phone, presenter mode off and on, the quiz
// with the panels opened (before a lesion is placed and after) leaves
// the model at least a third of the screen's height, its words above the
// model or at the report's head, and the frame collides nowhere.
func TestQuizKeepsModel(t *testing.T) {
	for _, d := range []device{lesionDevices[0], devices[3]} {
		for _, presenter := range []bool{false, true} {
			for _, placed := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/presenter=%v/placed=%v", d.name, presenter, placed), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "locked_in"}, act(explorer.TogglePanels))
					if placed {
						s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "weber"})
					}
					L := s.draw(d)
					if L.Left.W == 0 || L.Right.W == 0 {
						t.Fatalf("the panels are not shown: %v %v", L.Left, L.Right)
					}
					// The quiz's words above the model or, too long for
					// the room left, at the report's head.
					quiz := strings.Fields(s.content().Quiz)
					if L.Quiz.W == 0 && !strings.Contains(strings.Join(strings.Fields(drawnIn(&s.dl, L.Right)), " "), strings.Join(quiz[:4], " ")) {
						t.Errorf("the quiz's words are neither above the model nor at the report's head:\n%s", drawnIn(&s.dl, L.Right))
					}
					if third := float32(L.M.H) / 3; L.Centre.H < third-0.5 {
						t.Errorf("the model has %.0f CSS px of %.0f, under a third", L.Centre.H/d.ratio, float32(d.h))
					}
					if faults := checkLayout(&s.dl, d); len(faults) > 0 {
						t.Errorf("%d faults:\n  %s", len(faults), strings.Join(faults, "\n  "))
					}
				})
			}
		}
	}
}
