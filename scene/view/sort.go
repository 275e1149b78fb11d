package view

import "math"

// How a frame's triangles are put in drawing order, farthest first. The
// 16-bit depth keys of one frame span a few thousand values (the model is
// a few hundred millimetres deep, the far plane some metres away): one
// counting pass over the span places every triangle, the work of a
// two-pass radix sort's two, and writes its corners to the list's indices
// as it goes, where the list was once gathered by triangle number in
// sorted order, a random read a triangle. (Counting the keys as the
// triangles are made, in cull, cost more than the pass here.)

// sortFaces orders tris (each a depth key and the triangle's number, in
// number order) farthest first, stably, and writes each triangle's corners
// (faces, by number) in that order to idx, counting in counts, which it
// leaves all 0 as it finds it. It returns the sorted triangles, and spare,
// the other of tris and sorted, for the next frame; sorted must have room
// for as many triangles as tris.
func sortFaces(tris, sorted []uint64, counts *[1 << 16]uint32, faces, idx []uint32) (out, spare []uint64) {
	n := len(tris)
	if n == 0 {
		return tris, sorted
	}
	lo, hi := uint16(math.MaxUint16), uint16(0)
	for _, t := range tris {
		k := uint16(t >> keyShift)
		counts[k]++
		lo, hi = min(lo, k), max(hi, k)
	}
	// Where each key's triangles start, counting down from the farthest
	// key.
	count := counts[lo : int(hi)+1]
	at := uint32(0)
	for i := len(count) - 1; i >= 0; i-- {
		c := count[i]
		count[i] = at
		at += c
	}
	sorted = sorted[:n]
	faces = faces[:3*n]
	for i, t := range tris {
		k := uint16(t >> keyShift)
		j := counts[k]
		counts[k]++
		sorted[j] = t
		// tris is in number order: triangle i's corners are
		// faces[3i:]. Indexed, not sliced: a slice of three costs
		// checks and arithmetic for its length and capacity.
		f, o := 3*i, 3*int(j)
		_, _ = faces[f+2], idx[o+2]
		idx[o], idx[o+1], idx[o+2] = faces[f], faces[f+1], faces[f+2]
	}
	clear(count)
	return sorted, tris
}
