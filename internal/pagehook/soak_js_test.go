//go:build js

package pagehook

import (
	"runtime"
	"testing"
)

// This file's name sorts after pagehook_js_test.go, whose first test
// must run before any other.

// keep holds what TestGoCollectReadsTheHeapNow drops, until it drops it.
var keep []byte

// TestGoCollectReadsTheHeapNow: goHeap reads the heap live at the last
// collection, however old; goCollect collects first, so that memory let
// go since shows as gone.
func TestGoCollectReadsTheHeapNow(t *testing.T) {
	Frame(1, "") // the object, with its functions
	o := page(t)
	keep = make([]byte, 8<<20)
	runtime.GC()
	held := o.Call("goHeap").Float()
	keep = nil
	if stale := o.Call("goHeap").Float(); stale != held {
		t.Errorf("goHeap read %.0f bytes, then %.0f with no collection between: want the same", held, stale)
	}
	now := o.Call("goCollect").Float()
	if now <= 0 || now > held-4<<20 {
		t.Errorf("goCollect read %.0f bytes live after 8 MiB were let go, goHeap %.0f before: want it 8 MiB less", now, held)
	}
	if after := o.Call("goHeap").Float(); after != now {
		t.Errorf("goHeap after goCollect reads %.0f bytes, goCollect %.0f: want the same", after, now)
	}
}
