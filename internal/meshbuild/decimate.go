package meshbuild

import (
	"container/heap"
	"math"

	"github.com/decussate/decussate/scene/mesh"
)

// quadric is a symmetric 4×4 error quadric (Garland and Heckbert 1997),
// stored as its upper triangle: a² ab ac ad b² bc bd c² cd d².
type quadric [10]float64

func planeQuadric(n [3]float64, d, w float64) quadric {
	a, b, c := n[0], n[1], n[2]
	return quadric{
		float64(w * float64(a*a)), float64(w * float64(a*b)), float64(w * float64(a*c)), float64(w * float64(a*d)),
		float64(w * float64(b*b)), float64(w * float64(b*c)), float64(w * float64(b*d)),
		float64(w * float64(c*c)), float64(w * float64(c*d)),
		float64(w * float64(d*d)),
	}
}

func (q *quadric) add(o *quadric) {
	for i := range q {
		q[i] += o[i]
	}
}

// eval returns vᵀQv for v = (p, 1).
func (q *quadric) eval(p [3]float64) float64 {
	x, y, z := p[0], p[1], p[2]
	return float64(float64(q[0]*x)*x) + 2*float64(float64(q[1]*x)*y) + 2*float64(float64(q[2]*x)*z) + 2*float64(q[3]*x) +
		float64(float64(q[4]*y)*y) + 2*float64(float64(q[5]*y)*z) + 2*float64(q[6]*y) +
		float64(float64(q[7]*z)*z) + 2*float64(q[8]*z) + q[9]
}

// optimum returns the point minimising q, or false when q's 3×3 part is
// near singular (a flat or creased neighbourhood) and the caller should
// choose among the edge's points instead.
func (q *quadric) optimum() ([3]float64, bool) {
	a := [3][3]float64{{q[0], q[1], q[2]}, {q[1], q[4], q[5]}, {q[2], q[5], q[7]}}
	b := [3]float64{-q[3], -q[6], -q[8]}
	det := det3(a)
	scale := math.Abs(q[0]) + math.Abs(q[4]) + math.Abs(q[7])
	if scale == 0 || math.Abs(det) < 1e-6*scale*scale*scale {
		return [3]float64{}, false
	}
	var x [3]float64
	for c := 0; c < 3; c++ {
		m := a
		for r := 0; r < 3; r++ {
			m[r][c] = b[r]
		}
		x[c] = det3(m) / det
	}
	return x, true
}

func det3(m [3][3]float64) float64 {
	return float64(m[0][0]*(float64(m[1][1]*m[2][2])-float64(m[1][2]*m[2][1]))) -
		float64(m[0][1]*(float64(m[1][0]*m[2][2])-float64(m[1][2]*m[2][0]))) +
		float64(m[0][2]*(float64(m[1][0]*m[2][1])-float64(m[1][1]*m[2][0])))
}

// candidate is a possible collapse of edge (u, v), u < v, valid while both
// vertices still carry the stamps it was computed with.
type candidate struct {
	cost   float64
	pos    [3]float64
	u, v   int32
	su, sv uint32
}

type queue []candidate

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].cost != q[j].cost {
		return q[i].cost < q[j].cost
	}
	if q[i].u != q[j].u {
		return q[i].u < q[j].u
	}
	return q[i].v < q[j].v
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(candidate)) }
func (q *queue) Pop() any {
	old := *q
	c := old[len(old)-1]
	*q = old[:len(old)-1]
	return c
}

// decimator holds the mesh and its adjacency while edges collapse.
type decimator struct {
	s         *Surface
	faceAlive []bool
	vertFaces [][]int32
	alive     []bool
	stamp     []uint32
	q         []quadric
	heap      queue
	faces     int
	// ordered is set once heap.Init has ordered the first candidates.
	ordered bool
}

// Decimate collapses edges of s, cheapest quadric error first, until it has
// at most target triangles or no edge can collapse safely. A collapse is
// refused when it would break the surface (the link condition: the edge's
// endpoints share exactly the two neighbours opposite it, and neither of
// those is left with fewer than three), or turn any triangle around it by
// more than about 78° (cos 0.2) or to nothing, or fold any moved
// triangle back onto its neighbour (see foldCos). So a closed manifold
// stays closed and manifold, and no face flips. It returns the triangles
// left.
func (s *Surface) Decimate(target int) int {
	d := &decimator{
		s:         s,
		faceAlive: make([]bool, len(s.Tris)),
		vertFaces: make([][]int32, len(s.Pos)),
		alive:     make([]bool, len(s.Pos)),
		stamp:     make([]uint32, len(s.Pos)),
		q:         make([]quadric, len(s.Pos)),
		faces:     len(s.Tris),
	}
	for i := range d.alive {
		d.alive[i] = true
	}
	for f, t := range s.Tris {
		d.faceAlive[f] = true
		for _, x := range t {
			d.vertFaces[x] = append(d.vertFaces[x], int32(f))
		}
		n := cross(sub(s.Pos[t[1]], s.Pos[t[0]]), sub(s.Pos[t[2]], s.Pos[t[0]]))
		l := math.Sqrt(dot(n, n))
		if l == 0 {
			continue
		}
		area := l / 2
		n = [3]float64{n[0] / l, n[1] / l, n[2] / l}
		pq := planeQuadric(n, -dot(n, s.Pos[t[0]]), area)
		for _, x := range t {
			d.q[x].add(&pq)
		}
	}
	for _, t := range s.Tris {
		for c := 0; c < 3; c++ {
			a, b := t[c], t[(c+1)%3]
			if a < b { // each edge once: a closed surface holds it once as a→b with a < b
				d.push(a, b)
			}
		}
	}
	heap.Init(&d.heap)
	d.ordered = true
	for d.faces > target && d.heap.Len() > 0 {
		c := heap.Pop(&d.heap).(candidate)
		if !d.alive[c.u] || !d.alive[c.v] || d.stamp[c.u] != c.su || d.stamp[c.v] != c.sv {
			continue
		}
		d.collapse(c)
	}
	d.compact()
	return len(s.Tris)
}

func (d *decimator) push(a, b int32) {
	if a > b {
		a, b = b, a
	}
	var q quadric = d.q[a]
	q.add(&d.q[b])
	pa, pb := d.s.Pos[a], d.s.Pos[b]
	mid := [3]float64{(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2, (pa[2] + pb[2]) / 2}
	best, cost := mid, q.eval(mid)
	if p, ok := q.optimum(); ok {
		// Keep the optimum only near the edge: far away it comes from a
		// nearly degenerate quadric and would spike the surface.
		e := sub(pb, pa)
		lim := dot(e, e) + 1e-12
		if dm := sub(p, mid); dot(dm, dm) <= lim {
			if cp := q.eval(p); cp < cost {
				best, cost = p, cp
			}
		}
	}
	for _, p := range [2][3]float64{pa, pb} {
		if cp := q.eval(p); cp < cost {
			best, cost = p, cp
		}
	}
	best = snap(best)
	c := candidate{cost: max(cost, 0), pos: best, u: a, v: b, su: d.stamp[a], sv: d.stamp[b]}
	if d.ordered {
		heap.Push(&d.heap, c)
	} else {
		d.heap = append(d.heap, c)
	}
}

func (d *decimator) ring(x int32) []int32 {
	var out []int32
	for _, f := range d.vertFaces[x] {
		for _, y := range d.s.Tris[f] {
			if y == x {
				continue
			}
			dup := false
			for _, z := range out {
				if z == y {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, y)
			}
		}
	}
	return out
}

func (d *decimator) collapse(c candidate) {
	u, v := c.u, c.v
	var shared []int32
	for _, f := range d.vertFaces[v] {
		t := d.s.Tris[f]
		if t[0] == u || t[1] == u || t[2] == u {
			shared = append(shared, f)
		}
	}
	if len(shared) != 2 {
		return
	}
	var opp [2]int32
	for n, f := range shared {
		for _, y := range d.s.Tris[f] {
			if y != u && y != v {
				opp[n] = y
			}
		}
	}
	if opp[0] == opp[1] {
		return
	}
	ru, rv := d.ring(u), d.ring(v)
	common := 0
	for _, x := range ru {
		for _, y := range rv {
			if x == y {
				common++
				if x != opp[0] && x != opp[1] {
					return // link condition fails: the collapse would pinch the surface
				}
			}
		}
	}
	if common != 2 || len(d.ring(opp[0])) <= 3 || len(d.ring(opp[1])) <= 3 || len(ru)+len(rv)-4 < 3 {
		return
	}
	// No surviving face may flip or collapse to a sliver of no area.
	for _, x := range [2]int32{u, v} {
		for _, f := range d.vertFaces[x] {
			if f == shared[0] || f == shared[1] {
				continue
			}
			t := d.s.Tris[f]
			var before, after [3][3]float64
			for k, y := range t {
				before[k] = d.s.Pos[y]
				after[k] = d.s.Pos[y]
				if y == u || y == v {
					after[k] = c.pos
				}
			}
			n0 := cross(sub(before[1], before[0]), sub(before[2], before[0]))
			n1 := cross(sub(after[1], after[0]), sub(after[2], after[0]))
			l0, l1 := math.Sqrt(dot(n0, n0)), math.Sqrt(dot(n1, n1))
			if l1 <= 1e-9 || dot(n0, n1) <= 0.2*l0*l1 {
				return
			}
		}
	}
	if d.folds(c, shared) {
		return
	}
	for _, f := range shared {
		d.faceAlive[f] = false
		d.faces--
		for _, y := range d.s.Tris[f] {
			d.removeFace(y, f)
		}
	}
	for _, f := range d.vertFaces[v] {
		t := &d.s.Tris[f]
		for k := range t {
			if t[k] == v {
				t[k] = u
			}
		}
		d.vertFaces[u] = append(d.vertFaces[u], f)
	}
	d.vertFaces[v] = nil
	d.alive[v] = false
	d.s.Pos[u] = c.pos
	d.q[u].add(&d.q[v])
	d.stamp[u]++
	for _, w := range d.ring(u) {
		d.push(u, w)
	}
}

// foldCos is the most two neighbouring faces may fold back: a collapse
// that would leave any moved face and its neighbour across an edge with
// normals further apart than this (about 154°) is refused. The smoothed
// surfaces the build decimates have none so sharp.
const foldCos = -0.9

// folds reports whether collapsing c would fold a moved face back onto a
// neighbour: the flip test alone lets a face turn up to 78°, which on an
// already sharp crease makes a fin.
func (d *decimator) folds(c candidate, shared []int32) bool {
	u, v := c.u, c.v
	after := func(f int32) [3]int32 {
		t := d.s.Tris[f]
		for k := range t {
			if t[k] == v {
				t[k] = u
			}
		}
		return t
	}
	pos := func(x int32) [3]float64 {
		if x == u {
			return c.pos
		}
		return d.s.Pos[x]
	}
	normal := func(t [3]int32) [3]float64 {
		n := cross(sub(pos(t[1]), pos(t[0])), sub(pos(t[2]), pos(t[0])))
		l := math.Sqrt(dot(n, n))
		return [3]float64{n[0] / l, n[1] / l, n[2] / l}
	}
	dead := func(f int32) bool { return f == shared[0] || f == shared[1] }
	facesOf := func(x int32) [][]int32 {
		if x == u {
			return [][]int32{d.vertFaces[u], d.vertFaces[v]}
		}
		return [][]int32{d.vertFaces[x]}
	}
	for _, x := range [2]int32{u, v} {
		for _, f := range d.vertFaces[x] {
			if dead(f) {
				continue
			}
			t := after(f)
			nf := normal(t)
			for k := 0; k < 3; k++ {
				a, b := t[k], t[(k+1)%3]
				for _, list := range facesOf(a) {
					for _, g := range list {
						if g == f || dead(g) {
							continue
						}
						tg := after(g)
						if tg[0] != b && tg[1] != b && tg[2] != b {
							continue
						}
						if dot(nf, normal(tg)) < foldCos {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// snap rounds p to the grid of mesh.QuantumMM that the .mesh format
// stores, so the flip and fold tests judge the positions that ship.
func snap(p [3]float64) [3]float64 {
	const perMM = 1 / mesh.QuantumMM // a power of two: exact
	for d := range p {
		p[d] = math.Round(p[d]*perMM) / perMM
	}
	return p
}

func (d *decimator) removeFace(x, f int32) {
	l := d.vertFaces[x]
	for i, g := range l {
		if g == f {
			d.vertFaces[x] = append(l[:i], l[i+1:]...)
			return
		}
	}
}

// compact drops dead faces and vertices, keeping the survivors' order.
func (d *decimator) compact() {
	s := d.s
	remap := make([]int32, len(s.Pos))
	var pos [][3]float64
	for i, p := range s.Pos {
		remap[i] = -1
		if d.alive[i] && len(d.vertFaces[i]) > 0 {
			remap[i] = int32(len(pos))
			pos = append(pos, p)
		}
	}
	var tris [][3]int32
	for f, t := range s.Tris {
		if d.faceAlive[f] {
			tris = append(tris, [3]int32{remap[t[0]], remap[t[1]], remap[t[2]]})
		}
	}
	s.Pos, s.Tris = pos, tris
}
