package main

import (
	"math"
	"testing"
)

// TestMemoryLimitFor: the page's soft memory limit is three times the live
// heap, never under 48 MiB, and never overflows.
func TestMemoryLimitFor(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, 48 * mib},
		{10 * mib, 48 * mib},
		{16 * mib, 48 * mib},
		{17 * mib, 51 * mib},
		{45 * mib, 135 * mib},
		{math.MaxUint64, math.MaxInt64},
		{math.MaxInt64 / 2, math.MaxInt64},
	} {
		if got := memoryLimitFor(c.live); got != c.want {
			t.Errorf("memoryLimitFor(%d MiB) = %d MiB, want %d MiB", c.live/mib, got/mib, c.want/mib)
		}
	}
}
