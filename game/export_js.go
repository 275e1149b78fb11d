//go:build js

package game

import (
	"fmt"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

// save draws the exporter's list with Ebiten into an image twice the
// screen's size and hands its pixels to the browser, which encodes the
// PNG and offers it as a download: the browser's own encoder keeps a
// rasteriser and a PNG encoder out of the .wasm.
func (e *exporter) save(g *Game, white bool) {
	w, h := e.dl.Width, e.dl.Height
	img := ebiten.NewImage(w, h)
	defer img.Deallocate()
	g.drawer.draw(img, &e.dl)
	pixels := make([]byte, 4*w*h)
	img.ReadPixels(pixels)
	name := "decussate.png"
	if white {
		name = "decussate-white.png"
	}
	arr := js.Global().Get("Uint8ClampedArray").New(len(pixels))
	js.CopyBytesToJS(arr, pixels)
	doc := js.Global().Get("document")
	canvas := doc.Call("createElement", "canvas")
	canvas.Set("width", w)
	canvas.Set("height", h)
	ctx := canvas.Call("getContext", "2d")
	if ctx.IsNull() {
		e.done <- exportResult{err: fmt.Errorf("the browser gives no 2D canvas to encode the picture")}
		return
	}
	ctx.Call("putImageData", js.Global().Get("ImageData").New(arr, w, h), 0, 0)
	var done js.Func
	done = js.FuncOf(func(this js.Value, args []js.Value) any {
		defer done.Release()
		if len(args) == 0 || args[0].IsNull() {
			e.done <- exportResult{err: fmt.Errorf("the browser could not encode the picture")}
			return nil
		}
		url := js.Global().Get("URL").Call("createObjectURL", args[0])
		a := doc.Call("createElement", "a")
		a.Set("href", url)
		a.Set("download", name)
		doc.Get("body").Call("appendChild", a)
		a.Call("click")
		a.Call("remove")
		js.Global().Get("URL").Call("revokeObjectURL", url)
		e.done <- exportResult{where: name + " (a download)"}
		return nil
	})
	canvas.Call("toBlob", done, "image/png")
}
