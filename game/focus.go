package game

import "github.com/decussate/decussate/scene/view"

// The keyboard reaches the toolbar as a page's buttons are reached: Tab
// moves the focus to the next button (Shift-Tab the previous), Enter or
// Space presses the focused one, and the focused button is drawn with a
// ring. A click or a tap anywhere hands the toolbar back to the pointer.

// focusRing is the colour of the ring around the focused button.
var focusRing = [4]float32{1, 0.85, 0.1, 1}

// moveFocus moves the focus n buttons along the toolbar as it was last
// drawn, wrapping; the first Tab focuses the first button (Shift-Tab the
// last).
func (g *Game) moveFocus(n int) {
	tools := g.frameLayout.tools
	if len(tools) == 0 {
		return
	}
	i := -1
	if g.focused {
		for j, b := range tools {
			if b.tool == g.focus {
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
	g.focus, g.focused = tools[i].tool, true
}

// pressFocused uses the focused button, as a click on it would, when it
// is still on screen.
func (g *Game) pressFocused() {
	for _, b := range g.frameLayout.tools {
		if g.focused && b.tool == g.focus {
			g.use(b.tool)
			return
		}
	}
	g.focused = false
}

// drawFocus draws the ring around the focused button, outside its edge so
// that its words stay readable.
func drawFocus(dl *view.DrawList, b view.Box, ratio float32) {
	w := max(2, 3*ratio)
	x0, y0, x1, y1 := b.X-w, b.Y-w, b.X+b.W+w, b.Y+b.H+w
	dl.Line(x0, y0, x1, y0, w, focusRing)
	dl.Line(x1, y0, x1, y1, w, focusRing)
	dl.Line(x1, y1, x0, y1, w, focusRing)
	dl.Line(x0, y1, x0, y0, w, focusRing)
}
