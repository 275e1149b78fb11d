package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// The horizontal section: a plane at one of the levels, everything above
// it cut away, the cut face showing grey matter and where each pathway's
// fibres lie there. The explorer owns whether it is on and its level.

// sectionFrame sets the frame options that cut the model at the section.
func (g *Game) sectionFrame(opt *view.FrameOptions) {
	if g.sectionOn() {
		opt.Clip, opt.ClipZ = true, explorer.ClipZ(g.ex.Level(), g.proportion())
	}
}

// sectionMeshes returns the cut face to draw over the model, with the
// traced chain's fibres lit on it.
func (g *Game) sectionMeshes() []geom.Mesh {
	if !g.sectionOn() {
		return nil
	}
	return geom.Section(g.atlas, g.ex.Level().Z, g.tracer.chain())
}
