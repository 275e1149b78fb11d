package geom

import (
	"math"

	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// Outline is a closed polygon in a horizontal plane, its points (x, y) in
// millimetres, the last joined to the first. It runs counter-clockwise
// seen from above when it bounds tissue and clockwise when it bounds a
// hole in it, so that the sum of the signed areas of a cut's outlines is
// the area cut.
type Outline []mgl32.Vec2

// minOutlineStep is the shortest edge an outline keeps: a mesh vertex
// lying on the plane gives a zero-length piece, and steps much shorter
// than the meshes' own edges add nothing to the drawn shape.
const minOutlineStep = 0.05

// CutMesh returns the outlines where the plane at height z cuts m. The
// mesh must be closed and consistently oriented (mesh.CheckClosed), as the
// shipped meshes are: then every piece of the cut joins two others and
// every outline closes. A vertex lying on the plane counts as above it, so
// that each edge is cut at most once, by the same rule from both of its
// triangles. Pieces that do not close (a mesh with a hole) are left out.
func CutMesh(m *mesh.Mesh, z float32) []Outline {
	type piece struct {
		to  uint64
		at  mgl32.Vec2
		use bool
	}
	// pieces maps the edge where a piece of the cut leaves the solid
	// (going, along its triangle's winding, from above the plane to
	// below) to the edge where its triangle's winding comes back up. An
	// outward-facing triangle winds counter-clockwise seen from outside,
	// so that walking from the first to the second runs counter-clockwise
	// seen from above around the solid: the orientation Outline wants.
	var pieces map[uint64]*piece
	pos := m.Positions
	point := func(i, j uint32) mgl32.Vec2 {
		if i > j {
			i, j = j, i // the same point from both triangles
		}
		a, b := pos[i], pos[j]
		t := (z - a[2]) / (b[2] - a[2])
		return mgl32.Vec2{a[0] + t*(b[0]-a[0]), a[1] + t*(b[1]-a[1])}
	}
	for _, t := range m.Triangles {
		var up [3]bool
		n := 0
		for k, v := range t {
			if pos[v][2] >= z {
				up[k] = true
				n++
			}
		}
		if n == 0 || n == 3 {
			continue
		}
		var down, rise uint64
		var at mgl32.Vec2
		for k := 0; k < 3; k++ {
			i, j := t[k], t[(k+1)%3]
			switch {
			case up[k] && !up[(k+1)%3]:
				down = edgeKey(i, j)
				at = point(i, j)
			case !up[k] && up[(k+1)%3]:
				rise = edgeKey(i, j)
			}
		}
		if pieces == nil {
			pieces = make(map[uint64]*piece)
		}
		pieces[down] = &piece{to: rise, at: at}
	}
	var out []Outline
	for start, p := range pieces {
		if p.use {
			continue
		}
		var o Outline
		key, closed := start, false
		for {
			q, ok := pieces[key]
			if !ok || q.use {
				closed = ok && key == start
				break
			}
			q.use = true
			if len(o) == 0 || o[len(o)-1].Sub(q.at).Len() >= minOutlineStep {
				o = append(o, q.at)
			}
			key = q.to
		}
		if len(o) > 1 && o[0].Sub(o[len(o)-1]).Len() < minOutlineStep {
			o = o[:len(o)-1]
		}
		if closed && len(o) >= 3 {
			out = append(out, o)
		}
	}
	sortOutlines(out)
	return out
}

// edgeKey names the edge between vertices i and j, either way round.
func edgeKey(i, j uint32) uint64 {
	if i > j {
		i, j = j, i
	}
	return uint64(i)<<32 | uint64(j)
}

// sortOutlines orders outlines by their first point, so that a cut is
// the same whichever order a map gave its pieces in.
func sortOutlines(os []Outline) {
	for i := range os {
		// Start each at its lowest point (then leftmost), so that the
		// result does not depend on where the walk began.
		o := os[i]
		best := 0
		for k, p := range o {
			if p[1] < o[best][1] || p[1] == o[best][1] && p[0] < o[best][0] {
				best = k
			}
		}
		os[i] = append(append(Outline(nil), o[best:]...), o[:best]...)
	}
	// Insertion sort: a cut has a handful of outlines.
	for i := 1; i < len(os); i++ {
		for j := i; j > 0 && less2(os[j][0], os[j-1][0]); j-- {
			os[j], os[j-1] = os[j-1], os[j]
		}
	}
}

func less2(a, b mgl32.Vec2) bool {
	if a[1] != b[1] {
		return a[1] < b[1]
	}
	return a[0] < b[0]
}

// Area returns o's signed area in square millimetres: positive when it
// runs counter-clockwise seen from above.
func (o Outline) Area() float64 {
	var s float64
	for i := range o {
		a, b := o[i], o[(i+1)%len(o)]
		s += float64(a[0])*float64(b[1]) - float64(b[0])*float64(a[1])
	}
	return s / 2
}

// Contains reports whether p lies inside o (even-odd rule).
func (o Outline) Contains(p mgl32.Vec2) bool {
	in := false
	for i, j := 0, len(o)-1; i < len(o); j, i = i, i+1 {
		a, b := o[i], o[j]
		if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

// Centroid returns the centre of o's area.
func (o Outline) Centroid() mgl32.Vec2 {
	var cx, cy, s float64
	for i := range o {
		a, b := o[i], o[(i+1)%len(o)]
		c := float64(a[0])*float64(b[1]) - float64(b[0])*float64(a[1])
		cx += (float64(a[0]) + float64(b[0])) * c
		cy += (float64(a[1]) + float64(b[1])) * c
		s += c
	}
	if math.Abs(s) < 1e-9 {
		return o[0]
	}
	return mgl32.Vec2{float32(cx / (3 * s)), float32(cy / (3 * s))}
}

// Inside returns a point well inside o, where a label's leader line may
// point: the centroid when it lies inside (a convex or nearly convex
// shape), else the middle of the widest span of o across the centroid's
// height (a crescent's centroid lies outside it).
func (o Outline) Inside() mgl32.Vec2 {
	c := o.Centroid()
	if o.Contains(c) {
		return c
	}
	var xs []float32
	for i, j := 0, len(o)-1; i < len(o); j, i = i, i+1 {
		a, b := o[i], o[j]
		if (a[1] > c[1]) != (b[1] > c[1]) {
			xs = append(xs, (b[0]-a[0])*(c[1]-a[1])/(b[1]-a[1])+a[0])
		}
	}
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	best, width := o[0], float32(-1)
	for i := 0; i+1 < len(xs); i += 2 {
		if w := xs[i+1] - xs[i]; w > width {
			best, width = mgl32.Vec2{(xs[i] + xs[i+1]) / 2, c[1]}, w
		}
	}
	return best
}
