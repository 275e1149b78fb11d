package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// TestCompactPanelsReframe: on a phone held upright a classic lesion is
// framed, panels folded, in the model's room above the strip, larger than
// it is once the panels open; opening them frames it again in what they
// leave, and folding them again frames it as large as before. On a laptop
// and a monitor opening or folding moves nothing.
func TestCompactPanelsReframe(t *testing.T) {
	for _, s := range screens {
		for _, preset := range []string{"capsular_lacune", "brown_sequard_c5"} {
			t.Run(s.name+"/"+preset, func(t *testing.T) {
				w := newWindow(t, s.w, s.h, s.ratio)
				w.ticks(1)
				w.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: preset})
				w.ticks(view.MoveTicks + 2)
				pts := w.ex.LesionPoints()
				folded := w.framedIn(t, "folded", pts)
				cam := w.ex.Camera()
				w.do(t, act(explorer.TogglePanels))
				w.ticks(view.MoveTicks + 2)
				opened := w.framedIn(t, "opened", pts)
				phone := s.w < s.h
				if !phone {
					if w.ex.Camera() != cam {
						t.Errorf("opening the panels moved the camera from %+v to %+v", cam, w.ex.Camera())
					}
					return
				}
				span := func(sh shot) float32 { return max(sh.x1-sh.x0, sh.y1-sh.y0) }
				t.Logf("the lesion spans %.0f px folded, %.0f px opened", span(folded), span(opened))
				if span(folded) < span(opened)*1.05 {
					t.Errorf("the lesion spans %.0f px folded, %.0f px opened: want it larger folded", span(folded), span(opened))
				}
				w.do(t, act(explorer.TogglePanels))
				w.ticks(view.MoveTicks + 2)
				again := w.framedIn(t, "folded again", pts)
				if d := span(again) - span(folded); d > 2 || d < -2 {
					t.Errorf("folded again the lesion spans %.0f px, was %.0f", span(again), span(folded))
				}
			})
		}
	}
}
