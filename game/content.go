package game

import "github.com/decussate/decussate/scene/explorer"

// local returns what only the adapter knows and this frame shows over the
// model (the pointer's hover at px, py, notes, the keyboard's focus, full
// screen, the picker's list), for the explorer's Frame to lay out with
// its own state.
func (g *Game) local(px, py float32) explorer.Local {
	return explorer.Local{
		Hover: g.hoverName, Note: g.noteText(),
		Focus: g.focus, Focused: g.focused,
		Pointer: g.ptr.entered, PointerX: px, PointerY: py,
		Fullscreen: g.ctl.fullscreen,
	}
}

// noteText returns the adapter's own note: an export's status.
func (g *Game) noteText() string { return g.export.status }
