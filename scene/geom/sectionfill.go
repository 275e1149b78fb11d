package geom

import (
	"sort"

	"github.com/go-gl/mathgl/mgl32"
)

// Drawing: the drawn outline may leave the cut one by fillTolerance
// millimetres (see simplify), a fraction of a pixel at the sizes sections
// are seen at; holes smaller than minHoleMM2 are the meshes' small
// handles (a few voxels' worth), not anatomy, and are filled.
const (
	fillTolerance = 0.12
	minHoleMM2    = 4
)

// fillOutlines triangulates the area the outlines bound: each
// counter-clockwise outline with the clockwise ones inside it (its holes)
// joined to it by a bridge, then cut into triangles by ear clipping. It
// returns the points and, three a triangle, their indices, each triangle
// counter-clockwise seen from above. A hole outside every outline is
// dropped.
func fillOutlines(outlines []Outline) ([]mgl32.Vec2, []uint32) {
	var outers, holes []Outline
	for _, o := range outlines {
		switch a := o.Area(); {
		case a > 0:
			outers = append(outers, o)
		case a < -minHoleMM2:
			holes = append(holes, o)
		}
	}
	// Each hole belongs to the smallest outline holding it.
	owned := make([][]Outline, len(outers))
	for _, h := range holes {
		best := -1
		for i, o := range outers {
			if o.Contains(h[0]) && (best < 0 || o.Area() < outers[best].Area()) {
				best = i
			}
		}
		if best >= 0 {
			owned[best] = append(owned[best], h)
		}
	}
	var pts []mgl32.Vec2
	var idx []uint32
	for i, o := range outers {
		poly := bridgeHoles(o, owned[i])
		base := uint32(len(pts))
		pts = append(pts, poly...)
		from := len(idx)
		idx = earClip(poly, base, idx)
		flipSlivers(pts, idx[from:])
	}
	return pts, idx
}

// bridgeHoles joins each hole to the outline by a pair of coincident
// edges, from the hole's rightmost point to the nearest outline point
// the bridge crosses nothing to reach, so that one simple polygon bounds
// the same area. Holes go rightmost first, so that a later bridge may
// land on an earlier hole's points.
func bridgeHoles(o Outline, holes []Outline) Outline {
	if len(holes) == 0 {
		return o
	}
	right := func(h Outline) int {
		best := 0
		for k, p := range h {
			if p[0] > h[best][0] {
				best = k
			}
		}
		return best
	}
	sort.Slice(holes, func(i, j int) bool { return holes[i][right(holes[i])][0] > holes[j][right(holes[j])][0] })
	poly := append(Outline(nil), o...)
	for hi, h := range holes {
		m := right(h)
		mp := h[m]
		order := make([]int, len(poly))
		for k := range order {
			order[k] = k
		}
		sort.Slice(order, func(a, b int) bool {
			return poly[order[a]].Sub(mp).Len() < poly[order[b]].Sub(mp).Len()
		})
		join := order[0]
		for _, k := range order {
			if clearBridge(mp, poly[k], poly, holes[hi:]) {
				join = k
				break
			}
		}
		next := append(Outline(nil), poly[:join+1]...)
		for s := 0; s <= len(h); s++ {
			next = append(next, h[(m+s)%len(h)])
		}
		next = append(next, poly[join:]...)
		poly = next
	}
	return poly
}

// clearBridge reports whether the segment a–b crosses no edge of poly
// or of the holes, other than at its ends.
func clearBridge(a, b mgl32.Vec2, poly Outline, holes []Outline) bool {
	for _, ring := range append([]Outline{poly}, holes...) {
		for i := range ring {
			p, q := ring[i], ring[(i+1)%len(ring)]
			if p == a || p == b || q == a || q == b {
				continue
			}
			if segmentsCross(a, b, p, q) {
				return false
			}
		}
	}
	return true
}

// segmentsCross reports whether the segments a–b and c–d cross at a
// point inside both.
func segmentsCross(a, b, c, d mgl32.Vec2) bool {
	d1, d2 := cross2(c, d, a), cross2(c, d, b)
	d3, d4 := cross2(a, b, c), cross2(a, b, d)
	return (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0)
}

// cross2 is the z of (b − a) × (c − a): positive when a, b, c turn
// counter-clockwise.
func cross2(a, b, c mgl32.Vec2) float32 {
	return (b[0]-a[0])*(c[1]-a[1]) - (b[1]-a[1])*(c[0]-a[0])
}

// earClip appends the triangles of the counter-clockwise polygon poly,
// its points numbered from base, to idx. An ear is a convex corner whose
// triangle holds no other corner; when rounding leaves none (a polygon
// that touches itself), the next corner is cut anyway, so that clipping
// always ends.
func earClip(poly Outline, base uint32, idx []uint32) []uint32 {
	n := len(poly)
	next := make([]int, n)
	prev := make([]int, n)
	for i := range poly {
		next[i], prev[i] = (i+1)%n, (i+n-1)%n
	}
	// Only a reflex corner can lie in a convex corner's triangle; a
	// corner once reflex is checked for good (clipping may make it
	// convex, never the other way), which costs a little and is safe.
	removed := make([]bool, n)
	var reflex []int
	for i := range poly {
		if cross2(poly[prev[i]], poly[i], poly[next[i]]) <= 0 {
			reflex = append(reflex, i)
		}
	}
	ear := func(i int) bool {
		a, b, c := poly[prev[i]], poly[i], poly[next[i]]
		if cross2(a, b, c) <= 0 {
			return false
		}
		for _, k := range reflex {
			if removed[k] || k == i || k == prev[i] || k == next[i] {
				continue
			}
			p := poly[k]
			if p == a || p == b || p == c {
				continue // a bridge's twin point
			}
			if cross2(a, b, p) >= 0 && cross2(b, c, p) >= 0 && cross2(c, a, p) >= 0 {
				return false
			}
		}
		return true
	}
	i, left, tried := 0, n, 0
	for left > 3 {
		if tried < left && !ear(i) {
			i, tried = next[i], tried+1
			continue
		}
		if cross2(poly[prev[i]], poly[i], poly[next[i]]) > 0 {
			idx = append(idx, base+uint32(prev[i]), base+uint32(i), base+uint32(next[i]))
		}
		next[prev[i]], prev[next[i]] = next[i], prev[i]
		removed[i] = true
		i, left, tried = next[i], left-1, 0
	}
	if left == 3 && cross2(poly[prev[i]], poly[i], poly[next[i]]) > 0 {
		idx = append(idx, base+uint32(prev[i]), base+uint32(i), base+uint32(next[i]))
	}
	return idx
}

// simplify returns o with the points dropped that lie within tol
// millimetres of the line through their kept neighbours
// (Douglas–Peucker), split at o's first point and the point farthest
// from it so that both halves are open chains.
func simplify(o Outline, tol float32) Outline {
	if len(o) < 8 {
		return o
	}
	far := 0
	for k, p := range o {
		if p.Sub(o[0]).Len() > o[far].Sub(o[0]).Len() {
			far = k
		}
	}
	keep := make([]bool, len(o))
	keep[0], keep[far] = true, true
	ring := append(append(Outline(nil), o...), o[0])
	dpKeep(ring, 0, far, tol, keep)
	last := make([]bool, len(ring))
	dpKeep(ring, far, len(o), tol, last)
	out := make(Outline, 0, len(o)/2)
	for k, p := range o {
		if keep[k] || last[k] {
			out = append(out, p)
		}
	}
	if len(out) < 3 {
		return o
	}
	return out
}

// dpKeep marks in keep the points of chain[i..j] Douglas–Peucker keeps.
func dpKeep(chain Outline, i, j int, tol float32, keep []bool) {
	if j-i < 2 {
		return
	}
	a, b := chain[i], chain[j]
	ab := b.Sub(a)
	l := ab.Len()
	best, dist := -1, tol
	for k := i + 1; k < j; k++ {
		var d float32
		if l < 1e-6 {
			d = chain[k].Sub(a).Len()
		} else {
			d = max(cross2(a, b, chain[k]), -cross2(a, b, chain[k])) / l
		}
		if d > dist {
			best, dist = k, d
		}
	}
	if best < 0 {
		return
	}
	keep[best] = true
	dpKeep(chain, i, best, tol, keep)
	dpKeep(chain, best, j, tol, keep)
}

// delaunayPasses bounds the edge-flipping passes: each pass flips every
// edge it can at once, and a few take out the slivers ear clipping leaves.
const delaunayPasses = 8

// flipSlivers improves the triangles idx (counter-clockwise, indexing
// pts) toward a Delaunay triangulation of the same polygon: an inner
// edge whose far corner lies inside the circle through the near
// triangle's corners is flipped to the other diagonal of the two
// triangles, when they make a convex quadrilateral. The outline's edges,
// each in one triangle only, stay. Long thin triangles draw thin seams
// where a rasteriser's edges meet; fat ones fewer.
func flipSlivers(pts []mgl32.Vec2, idx []uint32) {
	type side struct{ tri, k int }
	for pass := 0; pass < delaunayPasses; pass++ {
		edges := make(map[uint64]side, len(idx))
		for t := 0; t < len(idx)/3; t++ {
			for k := 0; k < 3; k++ {
				a, b := idx[3*t+k], idx[3*t+(k+1)%3]
				edges[uint64(a)<<32|uint64(b)] = side{t, k}
			}
		}
		done := make([]bool, len(idx)/3)
		flipped := 0
		for t := 0; t < len(idx)/3; t++ {
			for k := 0; k < 3 && !done[t]; k++ {
				a, b, c := idx[3*t+k], idx[3*t+(k+1)%3], idx[3*t+(k+2)%3]
				o, ok := edges[uint64(b)<<32|uint64(a)]
				if !ok || done[o.tri] {
					continue
				}
				d := idx[3*o.tri+(o.k+2)%3]
				pa, pb, pc, pd := pts[a], pts[b], pts[c], pts[d]
				if cross2(pa, pd, pc) <= 0 || cross2(pd, pb, pc) <= 0 || !inCircle(pa, pb, pc, pd) {
					continue
				}
				idx[3*t], idx[3*t+1], idx[3*t+2] = a, d, c
				idx[3*o.tri], idx[3*o.tri+1], idx[3*o.tri+2] = d, b, c
				done[t], done[o.tri] = true, true
				flipped++
			}
		}
		if flipped == 0 {
			return
		}
	}
}

// inCircle reports whether d lies inside the circle through the
// counter-clockwise triangle a, b, c.
func inCircle(a, b, c, d mgl32.Vec2) bool {
	ax, ay := float64(a[0]-d[0]), float64(a[1]-d[1])
	bx, by := float64(b[0]-d[0]), float64(b[1]-d[1])
	cx, cy := float64(c[0]-d[0]), float64(c[1]-d[1])
	det := (ax*ax+ay*ay)*(bx*cy-cx*by) - (bx*bx+by*by)*(ax*cy-cx*ay) + (cx*cx+cy*cy)*(ax*by-bx*ay)
	return det > 1e-9
}
