//go:build js

package pagehook

import (
	"runtime"
	"syscall/js"
)

// goCollect runs a garbage collection and returns the bytes the Go heap
// holds live after it (goHeap's figure, made current). goHeap's own is as
// old as the last collection, and a page that allocates almost nothing a
// frame collects seldom (a WebAssembly program has no background thread to
// force one every two minutes): what the start left to collect, or a
// buffer grown on the way, shows up there only at the next collection,
// minutes later, as a step. make bench's memory soak calls it once a
// sample, after reading the WebAssembly memory, so that the sample's live
// heap is the heap as it is then.
func goCollect(this js.Value, args []js.Value) any {
	runtime.GC()
	return goHeap(this, args)
}
