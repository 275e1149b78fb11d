package geom

import (
	"math"
	"sync"

	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// The brain's outline is what framing fits into the screen when it frames
// the brain whole (the first view on a phone, lesion mode entered with
// nothing placed). It is taken from the shipped meshes themselves, so that
// a rebuilt model cannot drift from it, and only once, when first asked:
// a window that never frames the brain whole never pays for it.
var (
	outlineOnce sync.Once
	outline     []mgl32.Vec3
	outlineErr  error
)

// outlineParts are the meshes whose outside is the brain's: the
// hemispheres at their coarse level of detail, the cerebellum and the
// brainstem's parts. The deep nuclei lie inside the hemispheres.
var outlineParts = []mesh.Part{
	mesh.HemisphereCoarse, mesh.Cerebellum, mesh.Crus, mesh.BasisPontis,
	mesh.PontineTegmentum, mesh.Pyramid, mesh.Olive, mesh.BrainstemRest,
}

// outlineDirections is how many directions, spread evenly over the
// sphere, the outline takes the farthest vertex in: enough that the
// outline's projection from any side is within a few millimetres of the
// meshes', few enough to take well under a millisecond.
const outlineDirections = 160

// BrainOutline returns points on the outside of the hemispheres,
// cerebellum and brainstem, in atlas millimetres: the vertices of the
// shipped meshes farthest out in directions spread over the sphere (the
// corners of their convex hull, seen from every side). Framing the brain
// by its box from an oblique camera frames the box's far corners, well
// outside the brain, and leaves the brain small; these points hug it.
// The points are shared: callers must not change them.
func BrainOutline() ([]mgl32.Vec3, error) {
	outlineOnce.Do(func() {
		set, err := shippedMeshes()
		if err != nil {
			outlineErr = err
			return
		}
		var parts []*mesh.Mesh
		for _, p := range outlineParts {
			for _, m := range []*mesh.Mesh{set.Left[p], set.Right[p]} {
				if m != nil && len(m.Positions) > 0 {
					parts = append(parts, m)
				}
			}
		}
		outline = hullPoints(parts, sphereDirections(outlineDirections))
	})
	return outline, outlineErr
}

// hullPoints returns, once each, the vertices of parts farthest along
// each of dirs: the convex hull's corners that face those directions.
// The vertices are binned into small boxes first, and along each
// direction a box is searched only when its corner farthest out lies
// beyond the farthest vertex found yet: every vertex against every
// direction would take milliseconds, which a phone's first frame waits
// for.
func hullPoints(parts []*mesh.Mesh, dirs []mgl32.Vec3) []mgl32.Vec3 {
	g := binVertices(parts)
	if len(g.pos) == 0 {
		return nil
	}
	seen := make([]bool, len(g.pos))
	var pts []mgl32.Vec3
	for _, d := range dirs {
		best, far := 0, g.pos[0].Dot(d)
		// The corner of every box farthest along d: its high or low
		// side on each axis as d points. (Plain comparisons: the max
		// builtin's care for NaN costs WebAssembly dearly here.)
		hx, hy, hz := d[0] >= 0, d[1] >= 0, d[2] >= 0
		for ci := range g.cells {
			c := &g.cells[ci]
			x, y, z := c.lo[0], c.lo[1], c.lo[2]
			if hx {
				x = c.hi[0]
			}
			if hy {
				y = c.hi[1]
			}
			if hz {
				z = c.hi[2]
			}
			if x*d[0]+y*d[1]+z*d[2] <= far {
				continue
			}
			for i := c.first; i < c.end; i++ {
				p := &g.pos[i]
				if r := p[0]*d[0] + p[1]*d[1] + p[2]*d[2]; r > far {
					best, far = i, r
				}
			}
		}
		if !seen[best] {
			seen[best] = true
			pts = append(pts, g.pos[best])
		}
	}
	return pts
}

// hullCell is the side of the cubes hullPoints bins vertices into, in
// millimetres: a few vertices of the coarse meshes each.
const hullCell = 16

// vertexGrid is vertices sorted by the cube they lie in.
type vertexGrid struct {
	pos   []mgl32.Vec3
	cells []vertexCell
}

// vertexCell is the vertices pos[first:end] of one cube, and the box
// that holds them.
type vertexCell struct {
	lo, hi     mgl32.Vec3
	first, end int
}

// binVertices sorts the vertices of parts into cubes of side hullCell
// (a counting sort), each with the box its vertices fill.
func binVertices(parts []*mesh.Mesh) vertexGrid {
	n := 0
	lo := mgl32.Vec3{float32(math.Inf(1)), float32(math.Inf(1)), float32(math.Inf(1))}
	hi := lo.Mul(-1)
	for _, m := range parts {
		n += len(m.Positions)
		for _, p := range m.Positions {
			for k := range 3 {
				lo[k], hi[k] = min(lo[k], p[k]), max(hi[k], p[k])
			}
		}
	}
	if n == 0 {
		return vertexGrid{}
	}
	var dim [3]int
	for k := range 3 {
		dim[k] = int((hi[k]-lo[k])/hullCell) + 1
	}
	cellOf := func(p [3]float32) int {
		var c [3]int
		for k := range 3 {
			c[k] = min(dim[k]-1, int((p[k]-lo[k])/hullCell))
		}
		return (c[2]*dim[1]+c[1])*dim[0] + c[0]
	}
	start := make([]int, dim[0]*dim[1]*dim[2]+1)
	for _, m := range parts {
		for _, p := range m.Positions {
			start[cellOf(p)+1]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	g := vertexGrid{pos: make([]mgl32.Vec3, n)}
	next := append([]int(nil), start[:len(start)-1]...)
	for _, m := range parts {
		for _, p := range m.Positions {
			c := cellOf(p)
			g.pos[next[c]] = mgl32.Vec3(p)
			next[c]++
		}
	}
	for c := 0; c+1 < len(start); c++ {
		if start[c] == start[c+1] {
			continue
		}
		cell := vertexCell{lo: g.pos[start[c]], hi: g.pos[start[c]], first: start[c], end: start[c+1]}
		for _, p := range g.pos[cell.first:cell.end] {
			for k := range 3 {
				cell.lo[k], cell.hi[k] = min(cell.lo[k], p[k]), max(cell.hi[k], p[k])
			}
		}
		g.cells = append(g.cells, cell)
	}
	return g
}

// sphereDirections returns n unit vectors spread evenly over the sphere
// (a Fibonacci lattice).
func sphereDirections(n int) []mgl32.Vec3 {
	dirs := make([]mgl32.Vec3, n)
	golden := math.Pi * (3 - math.Sqrt(5))
	for i := range dirs {
		z := 1 - (2*float64(i)+1)/float64(n)
		r := math.Sqrt(1 - z*z)
		a := golden * float64(i)
		dirs[i] = mgl32.Vec3{float32(r * math.Cos(a)), float32(r * math.Sin(a)), float32(z)}
	}
	return dirs
}
