package game

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// A window starts from NewFirstFrame: what its first frame needs is
// built first, the rest in the ticks after it (afterFirstFrame), each
// in its own, so that the model is on screen as soon as it can be (issue
// 12: the page's time to its first picture within 1.5× the smallest
// Ebiten page's). In the browser, where Go runs as WebAssembly that
// has only just been compiled, building the full model was the largest
// part of the start, and wiring the lesion engine tens of milliseconds.

// NewFirstFrame returns the game as a window starts it: its model at the
// coarse level of detail (geom.BuildCoarse: the picture a moving camera
// shows) and the lesion engine not yet wired. The full model replaces the
// coarse one after the first frame, and the engine is wired when first
// needed (a link with a lesion waits for it, the first frame does not)
// or after the full model; then the classic lesions and tours load.
func NewFirstFrame() (*Game, error) {
	a, err := anatomy.Shipped()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", Title, err)
	}
	return newGame(explorer.Config{Atlas: a}, geom.BuildCoarse)
}

// afterFirstFrame does, one a tick once the first frame is drawn, what
// NewFirstFrame left for later: the full model, then the lesion engine
// and the library (which a link or a tool may have asked for sooner).
// A game from New has only the library to load, from the second tick.
func (g *Game) afterFirstFrame() {
	if g.present.normal.Model().CoarseOnly() && !g.refined {
		if g.frames > 0 {
			g.refine()
		}
		return
	}
	if g.ctl.tick > 1 {
		g.loadLibrary()
	}
}

// refine replaces the coarse model the first frame was drawn from with
// the full one. The two have the same meshes in the same order, and the
// coarse one is what the full one draws while the camera moves: the
// picture sharpens where it is, and the framing, picking and labels carry
// over. A model that does not build leaves the coarse one, and says so.
func (g *Game) refine() {
	g.refined = true
	m, err := geom.Build(g.atlas)
	if err != nil {
		g.showNotes([]string{fmt.Sprintf("the full model: %v", err)})
		return
	}
	g.present.normal = view.NewRenderer(m)
	g.follow() // hands the overlay to the new renderer
}
