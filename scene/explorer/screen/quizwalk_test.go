package screen_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// TestQuizWalk draws the quiz as a teacher presents it, asked, after each
// hint, after a lesion placed by a click and after a wrong classic
// lesion (every page), on a projector and a phone, presenter mode on and
// off: go test ./scene/explorer/screen -run TestQuizWalk -walk DIR
// (REPORTWALK=1 also prints each frame's words in the report's panel).
func TestQuizWalk(t *testing.T) {
	if *walkDir == "" {
		t.Skip("-walk DIR writes the frames")
	}
	if err := os.MkdirAll(*walkDir, 0o755); err != nil {
		t.Fatal(err)
	}
	load(t)
	phone := device{"390x844@3", 390, 844, 3, words.Touch}
	for _, d := range []device{devices[0], devices[1], phone} {
		for _, presenter := range []bool{true, false} {
			s := newSession(t)
			if presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"})
			if d.w < 700 {
				s.do(t, act(explorer.TogglePanels))
			}
			n := 0
			shot := func(what string) {
				L := s.draw(d)
				n++
				name := fmt.Sprintf("quiz_%s_p%v_%02d_%s.png", d.name, presenter, n, what)
				s.writeFrame(t, name)
				if os.Getenv("REPORTWALK") != "" {
					t.Logf("%s (%d pages)\n  %s", name, L.ReportPages(), strings.Join(strings.Fields(drawnIn(&s.dl, L.Right)), " "))
				}
			}
			shot("asked")
			for i := range 3 {
				s.do(t, act(explorer.QuizHint))
				shot(fmt.Sprintf("hint%d", i+1))
			}
			s.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-45, -20, 0}, Radius: 6})
			shot("clicked")
			s.do(t, act(explorer.UndoLesion), explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"})
			L := s.draw(d)
			for p := range L.ReportPages() {
				if p > 0 {
					s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
				}
				shot(fmt.Sprintf("wrong-p%d", p+1))
			}
		}
	}
}
