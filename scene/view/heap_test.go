package view_test

import (
	"runtime"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// BenchmarkSceneHeap reports the Go heap the scene holds live once drawn:
// the model built from the atlas, its renderer, and the buffers of a
// still and a moving frame at 1920×1080. It is the model's share of the
// page's live heap, which the page's soft memory limit (cmd/decussate,
// memory_js.go) must leave room above; make bench prints it beside the
// memory soak. The time per op is building and drawing once.
func BenchmarkSceneHeap(b *testing.B) {
	a := testatlas.Atlas(b)
	var live uint64
	for b.Loop() {
		before := liveHeap()
		m, err := geom.Build(a)
		if err != nil {
			b.Fatal(err)
		}
		r := view.NewRenderer(m)
		cam := view.DefaultCamera()
		var dl view.DrawList
		r.Frame(&dl, &cam, 1920, 1080, view.FrameOptions{Highlight: -1})
		r.Frame(&dl, &cam, 1920, 1080, view.FrameOptions{Highlight: -1, Moving: true})
		live = liveHeap() - before
		runtime.KeepAlive(r)
		runtime.KeepAlive(&dl)
	}
	b.ReportMetric(float64(live)/(1<<20), "live-MiB")
}

// liveHeap returns the bytes the heap holds after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	return s.HeapAlloc
}
