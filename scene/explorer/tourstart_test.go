package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestTourOpensOnALargeBrain: the corticospinal tour's first step, whose
// labels name the brain's parts, shows the brain below the title and
// large enough for its labels to point at their parts apart: at least
// half the free area's height (a phone's width), on every screen, presenter mode off and
// on.
func TestTourOpensOnALargeBrain(t *testing.T) {
	var brain []mgl32.Vec3
	eachScreen(t, func(t *testing.T, w *window) {
		if brain == nil {
			for _, m := range model.Meshes {
				if m.Cortex && m.Quarter == 0 || strings.HasPrefix(m.ID, "cerebellum") {
					for i := 0; i < len(m.Positions); i += 23 {
						brain = append(brain, m.Positions[i])
					}
				}
			}
		}
		w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: 0})
		w.ticks(view.MoveTicks + 2)
		sh := w.framedIn(t, "the brain", brain)
		fw := (sh.x1 - sh.x0) / (sh.free.X1 - sh.free.X0)
		fh := (sh.y1 - sh.y0) / (sh.free.Y1 - sh.free.Y0)
		if max(fw, fh) < 0.5 {
			t.Errorf("the brain spans %.0f%% of the free area's width and %.0f%% of its height, want 50%% of one", 100*fw, 100*fh)
		}
	})
}
