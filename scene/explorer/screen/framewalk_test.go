package screen_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/words"
)

// TestFrameWalk draws, for a person to look at, what framing shows once
// its moves are done: classic lesions, a trace's end and every tour's
// steps, on a phone upright and sideways, a laptop and a projector,
// presenter mode off and on (FRAMEWALK=390x844@3_pfalse picks one):
// go test ./scene/explorer/screen -run TestFrameWalk -walk DIR.
func TestFrameWalk(t *testing.T) {
	if *walkDir == "" {
		t.Skip("-walk DIR writes the frames")
	}
	if err := os.MkdirAll(*walkDir, 0o755); err != nil {
		t.Fatal(err)
	}
	phone := device{"390x844@3", 390, 844, 3, words.Touch}
	// Phones held sideways keep the wide layout at a phone's least text.
	sideways := device{"844x390@3", 844, 390, 3, words.Touch}
	sideways360 := device{"740x360@2", 740, 360, 2, words.Touch}
	settle := func(s *session, d device) {
		for range 40 {
			s.ex.Tick(1.0 / 60)
			s.draw(d)
		}
	}
	only := os.Getenv("FRAMEWALK")
	for _, c := range []struct {
		d         device
		presenter bool
	}{{phone, false}, {phone, true}, {sideways, false}, {sideways, true}, {sideways360, false}, {sideways360, true},
		{devices[0], true}, {devices[0], false}, {devices[1], true}, {devices[1], false}} {
		name := fmt.Sprintf("%s_p%v", c.d.name, c.presenter)
		if only != "" && only != name {
			continue
		}
		fresh := func() *session {
			s := newSession(t)
			if c.presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			// Framing fits the screen the last frame was drawn on, and
			// frames what changed since the last tick.
			s.draw(c.d)
			s.ex.Tick(1.0 / 60)
			return s
		}
		for _, p := range []string{"brown_sequard_c5", "capsular_lacune", "lateral_medullary", "weber", "ulnar_nerve"} {
			s := fresh()
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p})
			settle(s, c.d)
			s.writeFrame(t, fmt.Sprintf("frame_%s_%s.png", name, p))
		}
		s := fresh()
		s.do(t, act(explorer.NextTrace))
		settle(s, c.d)
		s.writeFrame(t, fmt.Sprintf("frame_%s_trace_start.png", name))
		for range 60 * 15 {
			s.ex.Tick(1.0 / 60)
			if s.ex.Framed() {
				break
			}
		}
		settle(s, c.d)
		s.writeFrame(t, fmt.Sprintf("frame_%s_trace.png", name))
		s = fresh()
		s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"})
		settle(s, c.d)
		s.writeFrame(t, fmt.Sprintf("frame_%s_quiz.png", name))
		s.do(t, act(explorer.QuizHint))
		settle(s, c.d)
		s.writeFrame(t, fmt.Sprintf("frame_%s_quiz_hint.png", name))
		s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "capsular_lacune"})
		settle(s, c.d)
		s.writeFrame(t, fmt.Sprintf("frame_%s_quiz_guess.png", name))
		s.do(t, act(explorer.Back))
		settle(s, c.d)
		s.writeFrame(t, fmt.Sprintf("frame_%s_quiz_back.png", name))
		s = fresh()
		for i := range s.ex.Tours() {
			s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
			for step := 1; ; step++ {
				settle(s, c.d)
				s.writeFrame(t, fmt.Sprintf("frame_%s_tour%d_step%02d.png", name, i+1, step))
				if s.ex.Player().AtEnd() {
					break
				}
				s.do(t, act(explorer.TourNext))
			}
			s.do(t, act(explorer.EndTour))
		}
	}
}
