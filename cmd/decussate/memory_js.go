package main

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// init starts fitting the memory limit in the background (see
// memoryLimitFor); until the first fit the heap has no limit.
func init() { go fitMemoryLimit() }

// fitMemoryLimit sets the page's memory limit from the live heap, read
// fitTimes times a fitSettle apart, following the largest seen.
func fitMemoryLimit() {
	var most uint64
	for range fitTimes {
		time.Sleep(fitSettle)
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
