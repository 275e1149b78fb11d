//go:build js

package game

import "syscall/js"

// presentPending says that F5 came while the page, not the explorer's
// canvas, had the keyboard (before the first click, or after one on the
// page around it): Ebiten hears keys only on its canvas, so the page's
// listener asks for presenting here.
var presentPending bool

// A clicker starts a slideshow with F5 (Shift-F5: from this slide), which
// a browser takes for reload. The listener runs first, in the capture
// phase on the window: F5 is kept from the browser and starts presenting;
// a reload asked for on purpose (Ctrl-R, ⌘-R, Ctrl-F5) is let through, kept
// from Ebiten's canvas, which would otherwise cancel it as it does every
// key it hears. The browser's reload button is not a key and still works.
func init() {
	opts := js.Global().Get("Object").New()
	opts.Set("capture", true)
	js.Global().Get("window").Call("addEventListener", "keydown", js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		key := e.Get("key").String()
		command := e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()
		switch {
		case command && (key == "r" || key == "R" || key == "F5"):
			e.Call("stopPropagation")
		case key == "F5" && !e.Get("altKey").Bool():
			e.Call("preventDefault")
			if t := e.Get("target"); t.Get("tagName").String() != "CANVAS" {
				presentPending = true
				// The clicker's next keys go to the explorer.
				if c := js.Global().Get("document").Call("querySelector", "canvas"); c.Truthy() {
					c.Call("focus")
				}
			}
		}
		return nil
	}), opts)
}

// presentAsked tells whether the page heard F5 since the last tick.
func presentAsked() bool {
	asked := presentPending
	presentPending = false
	return asked
}
