//go:build js

package game

import (
	"strings"
	"syscall/js"
)

// popped holds a state the browser's Back or Forward went to, for the
// game loop to apply; the popstate handler runs outside the loop.
var popped = make(chan string, 8)

func init() {
	js.Global().Get("window").Call("addEventListener", "popstate", js.FuncOf(func(this js.Value, args []js.Value) any {
		select {
		case popped <- hash():
		default:
		}
		return nil
	}))
}

// hash returns the page's fragment, without #.
func hash() string {
	return strings.TrimPrefix(js.Global().Get("location").Get("hash").String(), "#")
}

// initialState returns the state the page was opened with (its link).
func initialState() string { return hash() }

// writeState puts the state in the address bar: a new history entry when
// push, so that Back returns to it, else in place (camera moves).
func writeState(s string, push bool) {
	h := js.Global().Get("history")
	method := "replaceState"
	if push {
		method = "pushState"
	}
	h.Call(method, js.Null(), "", "#"+s)
}

// poppedState returns a state Back or Forward went to, if any.
func poppedState() (string, bool) {
	select {
	case s := <-popped:
		return s, true
	default:
		return "", false
	}
}
