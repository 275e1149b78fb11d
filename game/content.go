package game

import "github.com/decussate/decussate/scene/explorer/screen"

// content fills what this frame shows over the model from the explorer's
// state and the adapter's own (the pointer's hover, notes, the keyboard's
// focus), for scene/explorer/screen to place and draw.
func (g *Game) content(px, py float32) *screen.Content {
	c := &g.screenContent
	g.ex.Overlay(c)
	c.Hover = g.hoverName
	c.Note = g.noteText()
	c.Focus, c.Focused = g.focus, g.focused
	c.Ring, c.PointerX, c.PointerY = g.ex.Presenter() && g.ptr.entered, px, py
	c.On[toolFullscreen] = g.ctl.fullscreen
	c.Patient, c.Presets = g.patient, &g.presets.PresetList
	return c
}

// placeScreen lays this frame's panels out on a screen of metrics m.
func (g *Game) placeScreen(m screen.Metrics) screen.Layout {
	return g.screen.Place(m, g.content(-1, -1))
}

// noteText returns a note for a while: an export's status, or what could
// not be opened of a link.
func (g *Game) noteText() string {
	if g.export.status != "" {
		return g.export.status
	}
	if g.notice.sentences == nil {
		return ""
	}
	return g.notice.text
}
