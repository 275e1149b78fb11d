package game

// The keyboard reaches the toolbar as a page's buttons are reached: Tab
// moves the focus to the next button (Shift-Tab the previous), Enter or
// Space presses the focused one, and the focused button is drawn with a
// ring. A click or a tap anywhere hands the toolbar back to the pointer.

// moveFocus moves the focus n buttons along the toolbar as it was last
// drawn, wrapping; the first Tab focuses the first button (Shift-Tab the
// last).
func (g *Game) moveFocus(n int) {
	tools := g.frameLayout.Tools
	if len(tools) == 0 {
		return
	}
	i := -1
	if g.focused {
		for j, b := range tools {
			if b.Tool == g.focus {
				i = j
			}
		}
	}
	switch {
	case i < 0 && n > 0:
		i = 0
	case i < 0:
		i = len(tools) - 1
	default:
		i = ((i+n)%len(tools) + len(tools)) % len(tools)
	}
	g.focus, g.focused = tools[i].Tool, true
}

// pressFocused uses the focused button, as a click on it would, when it
// is still on screen.
func (g *Game) pressFocused() {
	for _, b := range g.frameLayout.Tools {
		if g.focused && b.Tool == g.focus {
			g.use(b.Tool)
			return
		}
	}
	g.focused = false
}
