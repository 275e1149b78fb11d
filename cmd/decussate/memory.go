package main

import (
	"math"
	"time"
)

// The page's Go heap has a soft memory limit, because a WebAssembly memory
// never shrinks: it keeps the largest the heap ever reached between two
// collections, and that high-water mark creeps up over a class's hour as
// garbage piles up between collections. Near the limit the collector runs
// sooner instead, so the page's memory stays under it for as long as the
// page runs.
//
// The limit is limitPerLive times the heap live once the explorer has
// started, and never below minPageMemoryLimit. Three times was measured
// (make bench's memory soak, issue 14): 16 MiB live under a 48 MiB limit
// kept the memory level for the hour. A fixed limit does not survive the
// model growing: with the real anatomy's meshes decoded and drawn, about
// 45 MiB are live (issue 12), and under 48 MiB the collector ran without
// pause and halved the frame rate. During the start-up, while the model
// is built and the first frames grow their buffers, there is no limit, so
// that the collector does not slow the first frame.
const (
	limitPerLive       = 3
	minPageMemoryLimit = 48 << 20
	// fitSettle is how long after the start the live heap is read,
	// fitTimes times, the limit following the largest seen: by then the
	// model is built and drawn, and the collector has run.
	fitSettle = time.Second
	fitTimes  = 10
)

// memoryLimitFor returns the soft memory limit for live bytes of live heap.
func memoryLimitFor(live uint64) int64 {
	if live > math.MaxInt64/limitPerLive {
		return math.MaxInt64
	}
	return max(minPageMemoryLimit, limitPerLive*int64(live))
}
