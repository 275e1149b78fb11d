package view

import "math"

// How a frame's triangles are put in drawing order, farthest first. The
// depth keys of one frame span a few thousand of their 65536 values (the
// model is a few hundred millimetres deep, the far plane some metres
// away), so one counting pass over the keys the frame uses does the work
// of a two-pass radix sort's two, and, placing each triangle, writes its
// corners to the list's indices too: the gather of corners by triangle
// number, in sorted order, was a random read per triangle. A frame whose
// keys span more than maxSpan (the camera near the model, the cord in true
// scale) falls back to the radix sort.

// maxSpan is the most distinct depth keys sortFaces counts in one pass:
// its counts fit in 64 KiB.
const maxSpan = 1 << 14

// sortFaces orders tris (each a depth key and the triangle's number, in
// number order) farthest first, stably, and writes each triangle's corners
// (faces, by number) in that order to idx. It returns the sorted
// triangles, and spare, the other of tris and sorted, and count for the
// next frame. sorted must have room for as many triangles as tris.
func sortFaces(tris, sorted []uint64, count []uint32, faces, idx []uint32) (out, spare []uint64, counts []uint32) {
	n := len(tris)
	sorted = sorted[:n]
	lo, hi := uint64(math.MaxUint16), uint64(0)
	for _, t := range tris {
		k := t >> keyShift
		lo, hi = min(lo, k), max(hi, k)
	}
	if n == 0 || hi-lo >= maxSpan {
		sorted = sortBackToFront(tris, sorted)
		copyFaces(tris, faces, idx)
		return tris, sorted, count
	}
	if count == nil {
		// Sized once for any frame: regrowing as an orbiting camera's
		// span grows would allocate.
		count = make([]uint32, maxSpan)
	}
	count = count[:hi-lo+1]
	clear(count)
	for _, t := range tris {
		// Descending: the farthest key counts first.
		count[hi-t>>keyShift]++
	}
	at := uint32(0)
	for i, c := range count {
		count[i] = at
		at += c
	}
	faces = faces[:3*n]
	idx = idx[:3*n]
	for i, t := range tris {
		d := hi - t>>keyShift
		j := count[d]
		count[d]++
		sorted[j] = t
		// tris is in number order: triangle i's corners are faces[3i:].
		f, o := faces[3*i:3*i+3:3*i+3], idx[3*j:3*j+3:3*j+3]
		o[0], o[1], o[2] = f[0], f[1], f[2]
	}
	return sorted, tris, count
}

// copyFaces writes the corners (faces, by triangle number) of tris, in
// their order, to idx.
func copyFaces(tris []uint64, faces, idx []uint32) {
	for i, t := range tris {
		n := uint32(t)
		f, d := faces[3*n:3*n+3:3*n+3], idx[3*i:3*i+3:3*i+3]
		d[0], d[1], d[2] = f[0], f[1], f[2]
	}
}

// sortBackToFront orders a frame's triangles farthest first by the 16-bit
// depth keys above keyShift, with a stable two-pass radix sort (O(n), no
// comparisons), using scratch as its second buffer. It returns scratch,
// grown if needed, for the next frame.
func sortBackToFront(tris, scratch []uint64) []uint64 {
	n := len(tris)
	if cap(scratch) < n {
		scratch = make([]uint64, n, n+n/4)
	}
	scratch = scratch[:n]
	var count [256]int
	src, dst := tris, scratch
	for shift := uint(keyShift); shift < keyShift+16; shift += 8 {
		count = [256]int{}
		for _, t := range src {
			// Descending: invert the digit.
			count[255-(t>>shift)&0xff]++
		}
		pos := 0
		for i, c := range count {
			count[i] = pos
			pos += c
		}
		for _, t := range src {
			d := 255 - (t>>shift)&0xff
			dst[count[d]] = t
			count[d]++
		}
		src, dst = dst, src
	}
	// After two passes the result is back in tris.
	return scratch
}
