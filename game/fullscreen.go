package game

import "github.com/hajimehoshi/ebiten/v2"

// SetFullscreen asks for the window full screen or not, as F and the
// toolbar's Full screen do: the desktop program's -fullscreen.
func (g *Game) SetFullscreen(on bool) { g.ctl.fullscreen = on }

// fullscreenSync is what the game last asked of the window and last saw of
// it, so that a request is made once, when the person asks, and a change
// made outside the game (the browser's Esc, the window manager) is
// followed rather than undone on the next tick.
type fullscreenSync struct {
	asked, seen bool
}

// syncFullscreen asks the window for g.ctl.fullscreen when that changed
// since the last tick, and otherwise takes the window's own state when
// that changed: a browser grants full screen a little later, or not at
// all, so a difference alone says nothing.
func (g *Game) syncFullscreen() {
	now := ebiten.IsFullscreen()
	switch {
	case g.ctl.fullscreen != g.fs.asked:
		ebiten.SetFullscreen(g.ctl.fullscreen)
		g.fs.asked = g.ctl.fullscreen
	case now != g.fs.seen && now != g.ctl.fullscreen:
		g.ctl.fullscreen, g.fs.asked = now, now
	}
	g.fs.seen = now
}
