package view

import (
	"math/rand/v2"
	"testing"
)

// TestSortFaces checks that the frame's sort puts triangles farthest
// first, keeps the order of equal keys, and writes each one's corners
// with it, for keys spanning one or a few of their values, or all of them,
// and leaves its counts all 0.
func TestSortFaces(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var scratch []uint64
	counts := new([1 << 16]uint32)
	for _, span := range []int{1, 3000, 1 << 16} {
		n := 5000
		tris := make([]uint64, n)
		faces := make([]uint32, 3*n)
		for i := range tris {
			key := uint16(min(9000+rng.IntN(span), 65535))
			if span == 1<<16 {
				key = uint16(rng.IntN(span))
			}
			tris[i] = uint64(key)<<keyShift | uint64(i)
			faces[3*i], faces[3*i+1], faces[3*i+2] = uint32(i), uint32(2*i), uint32(3*i)
		}
		idx := make([]uint32, 3*n)
		scratch = grow(scratch, n)
		var sorted []uint64
		sorted, scratch = sortFaces(tris, scratch, counts, faces, idx)
		if len(sorted) != n {
			t.Fatalf("span %d: %d triangles sorted of %d", span, len(sorted), n)
		}
		for i, s := range sorted {
			if i > 0 {
				prev := sorted[i-1]
				if s>>keyShift > prev>>keyShift || s>>keyShift == prev>>keyShift && uint32(s) < uint32(prev) {
					t.Fatalf("span %d: triangle %d (key %d, number %d) after key %d, number %d", span, i, s>>keyShift, uint32(s), prev>>keyShift, uint32(prev))
				}
			}
			k := uint32(s)
			if idx[3*i] != k || idx[3*i+1] != 2*k || idx[3*i+2] != 3*k {
				t.Fatalf("span %d: triangle %d drawn with the corners %v, not triangle %d's", span, i, idx[3*i:3*i+3], k)
			}
		}
		if *counts != [1 << 16]uint32{} {
			t.Fatalf("span %d: counts left with keys counted", span)
		}
	}
}
