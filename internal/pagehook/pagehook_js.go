//go:build js

package pagehook

import (
	"runtime/metrics"
	"slices"
	"syscall/js"
)

// state is what was last sent to the page. The object is looked up once and
// kept, since js.Global().Get would cross into JavaScript every frame; the
// strings are kept to send a new one only when it differs, since sending a
// string copies it into JavaScript.
var state struct {
	object  js.Value
	ready   bool
	status  string
	pick    string
	caption string
	mode    string
	camera  [3]float32
	notice  Notice
}

// object returns window.decussate, creating it on the first call. An object
// the page already holds under that name is replaced: a stale one, say from
// a program that ran before in the same page, must not be read as ours.
func object() js.Value {
	if !state.ready {
		state.object = js.Global().Get("Object").New()
		state.object.Set("frames", 0)
		state.object.Set("status", "")
		state.object.Set("pick", "")
		state.object.Set("caption", "")
		state.object.Set("mode", "")
		state.object.Set("camera", js.Global().Get("Object").New())
		state.object.Set("notice", "")
		state.object.Set("noticeWidth", 0)
		state.object.Set("screenWidth", 0)
		state.object.Set("goHeap", js.FuncOf(goHeap))
		state.object.Set("goCollect", js.FuncOf(goCollect))
		js.Global().Set("decussate", state.object)
		state.ready = true
	}
	return state.object
}

// Frame sets window.decussate.frames to frames and, when it changed,
// window.decussate.status to status.
func Frame(frames int, status string) {
	o := object()
	o.Set("frames", frames)
	if status != state.status {
		state.status = status
		o.Set("status", status)
	}
}

// Pick sets window.decussate.pick to name, the structure under the pointer
// ("" for none), when it changed.
func Pick(name string) {
	o := object()
	if name != state.pick {
		state.pick = name
		o.Set("pick", name)
	}
}

// Caption sets window.decussate.caption to the caption the explorer shows
// (a trace's station), when it changed.
func Caption(text string) {
	o := object()
	if text != state.caption {
		state.caption = text
		o.Set("caption", text)
	}
}

// Mode sets window.decussate.mode to the name of the explorer's mode
// ("explore", "trace", "lesion", …), when it changed.
func Mode(name string) {
	o := object()
	if name != state.mode {
		state.mode = name
		o.Set("mode", name)
	}
}

// Camera sets window.decussate.camera to {yaw, pitch, distance} (degrees,
// degrees, millimetres), when it changed: a browser test measures a drag's
// or a pinch's effect with it, and the link holds it only every few ticks.
func Camera(yawDeg, pitchDeg, distance float32) {
	c := [3]float32{yawDeg, pitchDeg, distance}
	if c == state.camera {
		return
	}
	state.camera = c
	v := object().Get("camera")
	v.Set("yaw", yawDeg)
	v.Set("pitch", pitchDeg)
	v.Set("distance", distance)
}

// boxes is the last list of boxes sent.
var boxes []Box

// Boxes sets window.decussate.boxes to the boxes on screen, as an array of
// {id, text, x, y, w, h} in CSS pixels, when they changed.
func Boxes(bs []Box) {
	if slices.Equal(bs, boxes) {
		return
	}
	boxes = append(boxes[:0], bs...)
	arr := js.Global().Get("Array").New(len(bs))
	for i, b := range bs {
		o := js.Global().Get("Object").New()
		o.Set("id", b.ID)
		if b.Text != "" {
			o.Set("text", b.Text)
		}
		o.Set("x", b.X)
		o.Set("y", b.Y)
		o.Set("w", b.W)
		o.Set("h", b.H)
		arr.SetIndex(i, o)
	}
	object().Set("boxes", arr)
}

// ShowNotice sets window.decussate.notice to the lines of the notice on
// screen (joined by newlines; "" for none), noticeWidth to the widest
// line's width in screen pixels and screenWidth to the screen's, when any
// changed: a browser test checks that a note fits without reading pixels.
func ShowNotice(n Notice) {
	o := object()
	if n != state.notice {
		state.notice = n
		o.Set("notice", n.Text)
		o.Set("noticeWidth", n.Width)
		o.Set("screenWidth", n.ScreenWidth)
	}
}

// goHeap returns the bytes the Go heap held live at its last collection:
// make bench's memory soak reads it now and then, to tell a leak (a live
// heap that grows) from a WebAssembly memory that grew to the heap's
// largest between collections once. It collects nothing itself, so that
// reading it does not change what it measures.
func goHeap(this js.Value, args []js.Value) any {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return -1
	}
	return float64(sample[0].Value.Uint64())
}
