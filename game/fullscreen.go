package game

// SetFullscreen asks for the window full screen or not, as F and the
// toolbar's Full screen do: the desktop program's -fullscreen. Ebiten's
// own switch would be undone on the first tick, which keeps the window to
// what the game asked for.
func (g *Game) SetFullscreen(on bool) { g.ctl.fullscreen = on }
