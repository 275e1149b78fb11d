//go:build js

package game

import "syscall/js"

// wheelPending holds the wheel notches the page's wheel events brought
// since the last tick. Ebiten's own wheel value in the browser is the last
// event's raw deltaY (100 for a notch of a mouse, 3 for a notch in
// Firefox's lines, 1 to 10 for a trackpad's small steps), and it keeps
// only the last event of a frame; so the page's events are read here,
// each converted to notches by its deltaMode, and summed.
var wheelPending float64

// wheelX, wheelY are where the last wheel event was, in device-independent
// (CSS) pixels, and wheelSeen whether one came since the last tick: a
// wheel event carries its own position, and Ebiten moves its cursor only
// on mouse moves and presses, so a list opened by a key and wheeled
// before the mouse moved was read as the wheel at the old cursor, over
// the model, which zoomed.
var (
	wheelX, wheelY float64
	wheelSeen      bool
)

// Pixels and lines per wheel notch, the common browsers' sizes: Chromium
// and Safari send 100 pixels a notch (trackpads far fewer, so they zoom in
// proportion), Firefox 3 lines.
const (
	pixelsPerNotch = 100
	linesPerNotch  = 3
)

func init() {
	opts := js.Global().Get("Object").New()
	opts.Set("passive", true)
	js.Global().Get("window").Call("addEventListener", "wheel", js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		dy := e.Get("deltaY").Float()
		switch e.Get("deltaMode").Int() {
		case 0: // DOM_DELTA_PIXEL
			dy /= pixelsPerNotch
		case 1: // DOM_DELTA_LINE
			dy /= linesPerNotch
		}
		if e.Get("ctrlKey").Bool() {
			// A trackpad's pinch arrives as a wheel event with ctrlKey,
			// in small pixel steps: the same direction, a little faster.
			dy *= 3
		}
		// Down (positive deltaY) moves away, as in every map and viewer.
		wheelPending -= dy
		wheelX, wheelY, wheelSeen = e.Get("clientX").Float(), e.Get("clientY").Float(), true
		return nil
	}), opts)
}

// readWheel returns the wheel notches since the last call, positive
// toward the screen (zoom in), fractions for a trackpad, and where the
// last of them turned, in device-independent pixels (at false: where the
// cursor is).
func readWheel() (n, x, y float32, at bool) {
	n, x, y, at = float32(wheelPending), float32(wheelX), float32(wheelY), wheelSeen
	wheelPending, wheelSeen = 0, false
	return n, x, y, at
}
