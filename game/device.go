package game

import (
	"github.com/decussate/decussate/scene/words"
)

// followDevice tells the explorer what the person uses, so that its words
// name keys or buttons and taps (see deviceSeen): keyed is whether a key
// is pressed this tick.
func (g *Game) followDevice(keyed bool) {
	if keyed {
		g.ptr.device.keyed()
	}
	if !g.ptr.device.started {
		g.ptr.device.started = true
		if touchFirst() {
			g.ptr.device.now = words.Touch
		}
	}
	g.ex.UseDevice(g.ptr.device.now)
}
