package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
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

// useTouchTool does what the toolbar's buttons for the quiz's hint and a
// section's levels say: what I and Page Up / Page Down do, for a finger.
func (g *Game) useTouchTool(t tool) {
	switch t {
	case screen.ToolHint:
		g.act(explorer.QuizHint)
	case screen.ToolLevelUp:
		g.act(explorer.SectionUp)
	case screen.ToolLevelDown:
		g.act(explorer.SectionDown)
	}
}
