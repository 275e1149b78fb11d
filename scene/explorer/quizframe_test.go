package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestPresenterQuizLeavesTheModelTheMiddle: in presenter mode on a
// projector and a large monitor the quiz's words and panels leave the
// model at least 40 % of the screen's width, the brain is framed inside
// that free area, a hint changes neither, and Back returns to the camera
// from before the quiz.
func TestPresenterQuizLeavesTheModelTheMiddle(t *testing.T) {
	for _, s := range screens[1:] {
		t.Run(s.name, func(t *testing.T) {
			w := newWindow(t, s.w, s.h, s.ratio)
			w.do(t, act(explorer.TogglePresenter))
			w.ticks(view.MoveTicks + 1)
			before := w.ex.Camera()
			var brain []mgl32.Vec3
			for _, m := range model.Meshes {
				if m.Cortex && m.Quarter == 0 || strings.HasPrefix(m.ID, "cerebellum") {
					for i := 0; i < len(m.Positions); i += 23 {
						brain = append(brain, m.Positions[i])
					}
				}
			}
			if len(brain) < 100 {
				t.Fatalf("%d points of the brain", len(brain))
			}
			w.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"})
			w.ticks(view.MoveTicks + 2)
			check := func(when string) {
				t.Helper()
				sh := w.framedIn(t, when+": the brain", brain)
				if fw := (sh.free.X1 - sh.free.X0) / float32(s.w); fw < 0.4 {
					t.Errorf("%s: the free area is %.0f%% of the screen's width, want 40%% or more", when, 100*fw)
				}
				if fw := (sh.x1 - sh.x0) / (sh.free.X1 - sh.free.X0); fw < 0.6 {
					t.Errorf("%s: the brain fills %.0f%% of the free area's width, want 60%% or more", when, 100*fw)
				}
			}
			check("the quiz asked")
			w.do(t, act(explorer.QuizHint))
			w.ticks(view.MoveTicks + 2)
			check("a hint")
			w.do(t, act(explorer.Back))
			w.ticks(view.MoveTicks + 2)
			if got := w.ex.Camera(); got != before {
				t.Errorf("after Back the camera is %+v, want the one from before the quiz %+v", got, before)
			}
		})
	}
}
