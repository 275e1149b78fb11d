package game

import (
	"github.com/decussate/decussate/scene/geom"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// The look of the real anatomy (glass, opaque, cutaway) is the explorer's
// state: V and the toolbar's Look button cycle it, the link carries it
// (look=), and every frame draws with it (frameOptions).

// updateLook reads V, which cycles the look.
func (g *Game) updateLook() {
	if inpututil.IsKeyJustPressed(ebiten.KeyV) {
		g.cycleLook()
	}
}

// cycleLook turns to the next look: glass, opaque, cutaway, glass.
func (g *Game) cycleLook() { g.look = g.look.Next() }

// lookTag is the tag the top right shows for a look other than the
// default glass, "" for glass.
func lookTag(l geom.Look) string {
	switch l {
	case geom.Opaque:
		return "opaque"
	case geom.Cutaway:
		return "cutaway: the near hemisphere hidden"
	}
	return ""
}
