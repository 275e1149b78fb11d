package view

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
