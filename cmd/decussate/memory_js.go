package main

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// init starts fitting the memory limit in the background (see
// memoryLimitFor); until the first fit the heap has no limit, and the
// collector does not run: building the model allocates a few tens of
// megabytes that mostly stay, and collecting them on the way cost a tenth
// of the page's start (measured under Node: 0.35 → 0.26 s with the
// collector at a quarter of its pace). At that pace it still ran once
// before the first frame (11 MB live, read from the page). A
// WebAssembly memory never shrinks, but what the start allocates without
// collecting (the page's memory at the first frame: 32 MB with that
// collection) stays under what the explorer's 45 MB live heap grows it to
// anyway.
func init() {
	debug.SetGCPercent(startGCPercent)
	go fitMemoryLimit()
}

// startGCPercent is the collector's setting until the first fit: off.
const startGCPercent = -1

// fitMemoryLimit sets the page's memory limit from the live heap, read
// fitTimes times a fitSettle apart, following the largest seen; the first
// read puts the collector back to its usual pace.
func fitMemoryLimit() {
	var most uint64
	for i := range fitTimes {
		time.Sleep(fitSettle)
		if i == 0 {
			debug.SetGCPercent(100)
		}
		most = max(most, liveHeap())
		debug.SetMemoryLimit(memoryLimitFor(most))
	}
}

// liveHeap returns the bytes the heap held live at its last collection,
// 0 before the first.
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}
