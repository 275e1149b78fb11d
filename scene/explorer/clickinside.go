package explorer

import (
	"io/fs"
	"math"
	"sort"
	"sync"

	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// A lesion clicked on a structure the motor pathway runs through may move
// from under the pointer toward the pathway, but never out of the
// structure: the shipped mesh of the structure, filled once into a grid of
// small cells, tells a point inside it from one outside in a look-up (a
// hover asks for a few hundred of them each time the pointer moves).

// cellSize is the side, in millimetres, of the cells a structure is filled
// into: the label volume's own step.
const cellSize = 0.5

// solid is a shipped mesh filled into cells of cellSize: inside[i] tells
// whether the middle of cell i (x fastest, then y, then z) lies inside it.
type solid struct {
	lo         [3]float32
	nx, ny, nz int
	inside     []bool
}

// contains tells whether atlas point p lies inside the solid.
func (s *solid) contains(p mgl32.Vec3) bool {
	if s == nil {
		return false
	}
	i := int(math.Floor(float64((p[0] - s.lo[0]) / cellSize)))
	j := int(math.Floor(float64((p[1] - s.lo[1]) / cellSize)))
	k := int(math.Floor(float64((p[2] - s.lo[2]) / cellSize)))
	if i < 0 || j < 0 || k < 0 || i >= s.nx || j >= s.ny || k >= s.nz {
		return false
	}
	return s.inside[(k*s.ny+j)*s.nx+i]
}

// rowJitter moves the rows cast through a mesh off the cells' exact
// middles, so that a row never runs exactly through a vertex or an edge
// of the mesh's regular-grid surface and counts a crossing twice.
const rowJitter = 0.0137

// fill returns m filled into cells: each row of cells along x is cast
// through the mesh, and the cells between its odd and even crossings are
// inside (the shipped meshes are closed, mesh.Check).
func fill(m *mesh.Mesh) *solid {
	lo, hi := m.Bounds()
	s := &solid{lo: [3]float32{lo[0] - 1, lo[1] - 1, lo[2] - 1}}
	n := func(d int) int { return int(math.Ceil(float64((hi[d]+1-s.lo[d])/cellSize))) + 1 }
	s.nx, s.ny, s.nz = n(0), n(1), n(2)
	s.inside = make([]bool, s.nx*s.ny*s.nz)
	rows := make([][]float32, s.ny*s.nz)
	for _, t := range m.Triangles {
		a, b, c := m.Positions[t[0]], m.Positions[t[1]], m.Positions[t[2]]
		j0, j1 := s.span(1, min(a[1], b[1], c[1]), max(a[1], b[1], c[1]))
		k0, k1 := s.span(2, min(a[2], b[2], c[2]), max(a[2], b[2], c[2]))
		for k := k0; k <= k1; k++ {
			for j := j0; j <= j1; j++ {
				y := s.lo[1] + (float32(j)+0.5)*cellSize + rowJitter
				z := s.lo[2] + (float32(k)+0.5)*cellSize + rowJitter
				if x, ok := crossX(a, b, c, y, z); ok {
					rows[k*s.ny+j] = append(rows[k*s.ny+j], x)
				}
			}
		}
	}
	for r, xs := range rows {
		sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
		for p := 0; p+1 < len(xs); p += 2 {
			i0, i1 := s.span(0, xs[p], xs[p+1])
			for i := i0; i <= i1; i++ {
				if x := s.lo[0] + (float32(i)+0.5)*cellSize; x >= xs[p] && x <= xs[p+1] {
					s.inside[r*s.nx+i] = true
				}
			}
		}
	}
	return s
}

// span returns the cells along axis d whose middles may lie between a and
// b, kept in the grid.
func (s *solid) span(d int, a, b float32) (int, int) {
	size := [3]int{s.nx, s.ny, s.nz}[d]
	i0 := max(0, int(math.Floor(float64((a-s.lo[d])/cellSize)))-1)
	i1 := min(size-1, int(math.Ceil(float64((b-s.lo[d])/cellSize)))+1)
	return i0, i1
}

// crossX returns where the line along x through (y, z) crosses triangle
// abc, and whether it does.
func crossX(a, b, c [3]float32, y, z float32) (float32, bool) {
	// Barycentric coordinates of (y, z) in the triangle projected on yz.
	d := (b[1]-a[1])*(c[2]-a[2]) - (c[1]-a[1])*(b[2]-a[2])
	if d == 0 {
		return 0, false
	}
	u := ((y-a[1])*(c[2]-a[2]) - (c[1]-a[1])*(z-a[2])) / d
	v := ((b[1]-a[1])*(z-a[2]) - (y-a[1])*(b[2]-a[2])) / d
	if u < 0 || v < 0 || u+v > 1 {
		return 0, false
	}
	return a[0] + u*(b[0]-a[0]) + v*(c[0]-a[0]), true
}

var (
	solidsOnce [mesh.InternalCapsule + 1]sync.Once
	solids     [mesh.InternalCapsule + 1]*solid
)

// solidOf returns the shipped part filled into cells, worked out the
// first time it is asked for; nil when its file does not decode (the
// model then fails to build too, and says why).
func solidOf(p mesh.Part) *solid {
	if int(p) >= len(solids) {
		return nil
	}
	solidsOnce[p].Do(func() {
		b, err := fs.ReadFile(meshes.FS(), p.File())
		if err != nil {
			return
		}
		m, err := mesh.Decode(b)
		if err != nil || len(m.Triangles) == 0 {
			return
		}
		solids[p] = fill(m)
	})
	return solids[p]
}

// insidePart tells whether atlas point at lies inside shipped part p; a
// paired part is stored for the left side, so a point on the right is
// mirrored into it.
func insidePart(p mesh.Part, at mgl32.Vec3) bool {
	if p.Paired() && at[0] > 0 {
		at[0] = -at[0]
	}
	return solidOf(p).contains(at)
}
