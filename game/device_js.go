//go:build js

package game

import "syscall/js"

// touchFirst reports whether the page's main pointer is a finger (a phone,
// a tablet): its words name buttons and taps from the first frame, before
// any touch.
func touchFirst() bool {
	mm := js.Global().Get("matchMedia")
	if mm.Type() != js.TypeFunction {
		return false
	}
	return js.Global().Call("matchMedia", "(pointer: coarse)").Get("matches").Bool()
}
