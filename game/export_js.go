//go:build js

package game

import (
	"syscall/js"
)

// savePNG offers an exported picture to the browser as a download.
func savePNG(data []byte, white bool) (string, error) {
	name := "decussate.png"
	if white {
		name = "decussate-white.png"
	}
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	blob := js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": "image/png"})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	a := js.Global().Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	js.Global().Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	js.Global().Get("URL").Call("revokeObjectURL", url)
	return name + " (a download)", nil
}
