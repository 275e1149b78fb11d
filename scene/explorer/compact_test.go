package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
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

// TestTappedStripReframes: on a phone a tap on the strip, a finger that
// turns the model by a fraction of a degree as it taps, still opens the
// panels with the lesion framed again in what they leave.
func TestTappedStripReframes(t *testing.T) {
	w := newWindow(t, 1170, 2532, 3)
	w.do(t, act(explorer.EnterLesion))
	w.ticks(view.MoveTicks + 2)
	w.do(t, explorer.Action{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -15, 10}})
	w.ticks(view.MoveTicks + 2)
	w.ex.Orbit(0, 0.0026) // the tap's jitter, as the browser walk found it
	w.do(t, act(explorer.TogglePanels))
	w.ticks(view.MoveTicks + 2)
	w.framedIn(t, "the lesion, the panels opened by a tap", w.ex.LesionPoints())
}
