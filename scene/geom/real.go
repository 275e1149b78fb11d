package geom

import (
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// The shipped meshes are decoded once per program: presenter mode builds a
// second model, and tests build many, from the same bytes.
var (
	shippedOnce sync.Once
	shipped     *mesh.Set
	shippedErr  error
)

// shippedMeshes returns the real anatomy's meshes, decoded and mirrored.
func shippedMeshes() (*mesh.Set, error) {
	shippedOnce.Do(func() { shipped, shippedErr = mesh.Load(meshes.FS()) })
	return shipped, shippedErr
}

// solid is one shipped mesh as the model uses it: positions, smooth
// normals and triangles, for cutting into named parts.
type solid struct {
	pos, nrm []mgl32.Vec3
	idx      []uint32
}

// solidOf converts a shipped mesh, with smooth (area-weighted) normals.
func solidOf(m *mesh.Mesh) solid {
	s := solid{pos: make([]mgl32.Vec3, len(m.Positions)), idx: make([]uint32, 0, 3*len(m.Triangles))}
	for i, p := range m.Positions {
		s.pos[i] = mgl32.Vec3(p)
	}
	for _, t := range m.Triangles {
		s.idx = append(s.idx, t[0], t[1], t[2])
	}
	s.nrm = normals(s.pos, s.idx)
	return s
}

// trianglesWhere returns the numbers of the triangles of s for which
// keep holds, in order.
func (s solid) trianglesWhere(keep func(t int) bool) []int32 {
	var tris []int32
	for t := 0; 3*t+2 < len(s.idx); t++ {
		if keep(t) {
			tris = append(tris, int32(t))
		}
	}
	return tris
}

// piece returns triangles tris of s as a mesh of their own, ordered for
// the frame loop's caches (see localise), with colors, when set, per
// vertex of s. Normals stay those of the whole surface, so that shading
// runs on smoothly across the cut between two pieces. remap is scratch of
// len(s.pos), all −1, and is left so.
func (s solid) piece(tris []int32, colors [][4]float32, remap []int32) (pos, nrm []mgl32.Vec3, idx []uint32, cols [][4]float32) {
	order := localise(s.pos, s.idx, tris)
	// Count the vertices first, so that every slice is made once at its
	// size: start-up runs in WebAssembly, where growing slices and the
	// garbage they leave cost more than the copying.
	nv := 0
	for _, o := range order {
		t := o & (1<<34 - 1)
		for _, v := range s.idx[3*t : 3*t+3] {
			if remap[v] < 0 {
				remap[v] = int32(nv)
				nv++
			}
		}
	}
	pos, nrm, idx = make([]mgl32.Vec3, 0, nv), make([]mgl32.Vec3, 0, nv), make([]uint32, 0, 3*len(tris))
	if colors != nil {
		cols = make([][4]float32, 0, nv)
	}
	for _, o := range order {
		t := o & (1<<34 - 1)
		for _, v := range s.idx[3*t : 3*t+3] {
			if int(remap[v]) == len(pos) {
				pos = append(pos, s.pos[v])
				nrm = append(nrm, s.nrm[v])
				if colors != nil {
					cols = append(cols, colors[v])
				}
			}
			idx = append(idx, uint32(remap[v]))
		}
	}
	for _, o := range order {
		t := o & (1<<34 - 1)
		for _, v := range s.idx[3*t : 3*t+3] {
			remap[v] = -1
		}
	}
	return pos, nrm, idx, cols
}

// newRemap returns scratch for piece: n entries, all −1.
func newRemap(n int) []int32 {
	remap := make([]int32, n)
	for i := range remap {
		remap[i] = -1
	}
	return remap
}

// realPart is one named part cut from a shipped mesh.
type realPart struct {
	id, name, group string
	color           [4]float32
	shell, major    bool
	// keep selects the part's triangles by their centroid (nil: all).
	keep func(c mgl32.Vec3) bool
}

// coarseCell is the grid, in millimetres, on which a small part's coarse
// copy merges its vertices: about half its triangles go.
const coarseCell = 4

// addReal adds the parts cut from shipped mesh p (its left side and, when
// paired, its mirror, each part's id and name given the side), each with a
// coarse copy for a moving camera (see clustered). A paired part's right
// side is its left one mirrored, not cut and ordered again.
func addReal(m *Model, p mesh.Part, parts []realPart) error {
	set, err := shippedMeshes()
	if err != nil {
		return err
	}
	s := solidOf(set.Left[p])
	remap := newRemap(len(s.pos))
	for _, rp := range parts {
		keep := func(int) bool { return true }
		if rp.keep != nil {
			keep = func(t int) bool { return rp.keep(centroid(s.pos, s.idx, t)) }
		}
		pos, nrm, idx, _ := s.piece(s.trianglesWhere(keep), nil, remap)
		id, name := rp.id, rp.name
		if p.Paired() {
			id, name = id+"."+anatomy.Left.String(), sided(anatomy.Left, name)
		}
		mesh := Mesh{ID: id, Name: name, Group: rp.group, Color: rp.color, Shell: rp.shell,
			Positions: pos, Normals: nrm, Indices: idx}
		cpos, cnrm, cidx := clustered(pos, nrm, idx, coarseCell)
		mesh.Coarse = &Mesh{ID: id, Name: name, Group: rp.group, Color: rp.color, Shell: rp.shell,
			Positions: cpos, Normals: cnrm, Indices: cidx}
		mesh.Anchor = nearestVertex(pos, meanOf(pos))
		mesh.Major = rp.major
		if err := m.add(mesh); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if !p.Paired() {
			continue
		}
		right := mirrored(&mesh, rp.id+"."+anatomy.Right.String(), sided(anatomy.Right, rp.name))
		right.Major = false
		if err := m.add(right); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	return nil
}

// centroid returns the centre of triangle t.
func centroid(pos []mgl32.Vec3, idx []uint32, t int) mgl32.Vec3 {
	return pos[idx[3*t]].Add(pos[idx[3*t+1]]).Add(pos[idx[3*t+2]]).Mul(1.0 / 3)
}

// meanOf returns the mean of points.
func meanOf(pos []mgl32.Vec3) mgl32.Vec3 {
	var c mgl32.Vec3
	for _, p := range pos {
		c = c.Add(p)
	}
	if len(pos) == 0 {
		return c
	}
	return c.Mul(1 / float32(len(pos)))
}

// nearestVertex returns the vertex of pos nearest p: a label's anchor that
// lies on the part's surface even where its centre falls outside it (the
// curved caudate).
func nearestVertex(pos []mgl32.Vec3, p mgl32.Vec3) mgl32.Vec3 {
	best, bestD := p, float32(1e30)
	for _, q := range pos {
		if d := q.Sub(p).LenSqr(); d < bestD {
			best, bestD = q, d
		}
	}
	return best
}

// Which side of a plane a triangle's centre lies on: for cutting a mesh
// that holds both sides of the brainstem, or its levels, into parts.
func leftOf(c mgl32.Vec3) bool  { return c[0] < 0 }
func rightOf(c mgl32.Vec3) bool { return c[0] >= 0 }
func above(z float32) func(mgl32.Vec3) bool {
	return func(c mgl32.Vec3) bool { return c[2] >= z }
}
func below(z float32) func(mgl32.Vec3) bool {
	return func(c mgl32.Vec3) bool { return c[2] < z }
}

// sided returns a paired structure's name with its side, as a student
// reads it under the pointer: "thalamus (left)".
func sided(s anatomy.Side, name string) string {
	if s == anatomy.Right {
		return name + " (right)"
	}
	return name + " (left)"
}

// localise returns the order in which a piece (triangles tris of the
// surface pos, idx) is best drawn, for the frame loop's caches: its
// triangles along a Morton curve through their centres, each as its
// 30-bit Morton code above its triangle number (a mesh has far fewer than
// 2³⁴ triangles), so that one sort of plain integers orders them. piece
// then numbers the vertices in the order the triangles first use them, so
// that neighbouring triangles read neighbouring vertices. The
// marching-cubes and decimation order scatters them, and a frame's
// triangle loop then waits on memory more than it computes.
func localise(pos []mgl32.Vec3, idx []uint32, tris []int32) []uint64 {
	if len(tris) == 0 {
		return nil
	}
	lo, hi := pos[idx[3*tris[0]]], pos[idx[3*tris[0]]]
	for _, t := range tris {
		for _, v := range idx[3*t : 3*t+3] {
			growBox(&lo, &hi, pos[v])
		}
	}
	span := max(hi[0]-lo[0], hi[1]-lo[1], hi[2]-lo[2], 1e-6)
	order := make([]uint64, len(tris))
	for i, t := range tris {
		c := centroid(pos, idx, int(t)).Sub(lo).Mul(1023 / span)
		order[i] = morton(uint32(c[0]), uint32(c[1]), uint32(c[2]))<<34 | uint64(t)
	}
	sortMorton(order, slices.IsSorted(tris))
	return order
}

// sortMorton sorts localise's order. When the triangle numbers below the
// codes came in ascending order, a stable radix sort of the 30-bit codes
// alone gives the same order as a full sort, several times faster: the
// model is built as the page starts, in WebAssembly, where the
// comparison sort of the hemispheres' pieces was a third of the build.
func sortMorton(order []uint64, ascending bool) {
	if !ascending {
		slices.Sort(order)
		return
	}
	tmp := make([]uint64, len(order))
	src, dst := order, tmp
	for shift := uint(34); shift < 64; shift += 8 {
		var count [256]int
		for _, o := range src {
			count[(o>>shift)&0xff]++
		}
		pos := 0
		for i, c := range count {
			count[i] = pos
			pos += c
		}
		for _, o := range src {
			d := (o >> shift) & 0xff
			dst[count[d]] = o
			count[d]++
		}
		src, dst = dst, src
	}
	// Four passes: the sorted order is back in order.
}

// morton interleaves the low 10 bits of x, y and z.
func morton(x, y, z uint32) uint64 {
	spread := func(v uint32) uint64 {
		u := uint64(v & 1023)
		u = (u | u<<16) & 0x030000FF
		u = (u | u<<8) & 0x0300F00F
		u = (u | u<<4) & 0x030C30C3
		u = (u | u<<2) & 0x09249249
		return u
	}
	return spread(x) | spread(y)<<1 | spread(z)<<2
}

// clustered returns a coarse copy of a small part for a moving camera:
// its vertices merged on a grid of cell millimetres (each cell's vertices
// become their mean, their normals' mean), the triangles that collapse
// dropped. Quick and rough, which motion hides; the shipped meshes have
// no coarse level of their own but the hemisphere's.
func clustered(pos, nrm []mgl32.Vec3, idx []uint32, cell float32) ([]mgl32.Vec3, []mgl32.Vec3, []uint32) {
	type key [3]int32
	cellOf := make([]int32, len(pos))
	cells := map[key]int32{}
	var cpos, cnrm []mgl32.Vec3
	var count []float32
	for i, p := range pos {
		k := key{int32(floor32(p[0] / cell)), int32(floor32(p[1] / cell)), int32(floor32(p[2] / cell))}
		c, ok := cells[k]
		if !ok {
			c = int32(len(cpos))
			cells[k] = c
			cpos, cnrm, count = append(cpos, mgl32.Vec3{}), append(cnrm, mgl32.Vec3{}), append(count, 0)
		}
		cellOf[i] = c
		cpos[c], cnrm[c] = cpos[c].Add(p), cnrm[c].Add(nrm[i])
		count[c]++
	}
	for c := range cpos {
		cpos[c] = cpos[c].Mul(1 / count[c])
		if l := cnrm[c].Len(); l > 0 {
			cnrm[c] = cnrm[c].Mul(1 / l)
		}
	}
	var cidx []uint32
	for t := 0; 3*t+2 < len(idx); t++ {
		a, b, c := cellOf[idx[3*t]], cellOf[idx[3*t+1]], cellOf[idx[3*t+2]]
		if a != b && b != c && a != c {
			cidx = append(cidx, uint32(a), uint32(b), uint32(c))
		}
	}
	return cpos, cnrm, cidx
}

func floor32(x float32) float32 { return float32(math.Floor(float64(x))) }
