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

// piece returns the triangles of s for which keep(triangle) holds, as a
// mesh of their own (vertices renumbered; colors, when set, per vertex of
// s). Normals stay those of the whole surface, so that shading runs on
// smoothly across the cut between two pieces.
func (s solid) piece(keep func(t int) bool, colors [][4]float32) (pos, nrm []mgl32.Vec3, idx []uint32, cols [][4]float32) {
	remap := make([]int32, len(s.pos))
	for i := range remap {
		remap[i] = -1
	}
	for t := 0; 3*t+2 < len(s.idx); t++ {
		if !keep(t) {
			continue
		}
		for _, v := range s.idx[3*t : 3*t+3] {
			if remap[v] < 0 {
				remap[v] = int32(len(pos))
				pos = append(pos, s.pos[v])
				nrm = append(nrm, s.nrm[v])
				if colors != nil {
					cols = append(cols, colors[v])
				}
			}
			idx = append(idx, uint32(remap[v]))
		}
	}
	return localise(pos, nrm, idx, cols)
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
// coarse copy for a moving camera (see clustered).
func addReal(m *Model, p mesh.Part, parts []realPart) error {
	set, err := shippedMeshes()
	if err != nil {
		return err
	}
	sides := []*mesh.Mesh{set.Left[p]}
	if p.Paired() {
		sides = append(sides, set.Right[p])
	}
	for si, sm := range sides {
		s := solidOf(sm)
		side := anatomy.Side(si)
		for _, rp := range parts {
			keep := func(int) bool { return true }
			if rp.keep != nil {
				keep = func(t int) bool { return rp.keep(centroid(s.pos, s.idx, t)) }
			}
			pos, nrm, idx, _ := s.piece(keep, nil)
			id, name := rp.id, rp.name
			if p.Paired() {
				id, name = id+"."+side.String(), sided(side, name)
			}
			mesh := Mesh{ID: id, Name: name, Group: rp.group, Color: rp.color, Shell: rp.shell,
				Positions: pos, Normals: nrm, Indices: idx}
			cpos, cnrm, cidx := clustered(pos, nrm, idx, coarseCell)
			mesh.Coarse = &Mesh{ID: id, Name: name, Group: rp.group, Color: rp.color, Shell: rp.shell,
				Positions: cpos, Normals: cnrm, Indices: cidx}
			mesh.Anchor = nearestVertex(pos, meanOf(pos))
			mesh.Major = rp.major && side == anatomy.Left
			if err := m.add(mesh); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
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

// localise reorders a piece for the frame loop's caches: triangles along a
// Morton curve through their centres, vertices in the order the triangles
// first use them, so that neighbouring triangles read neighbouring
// vertices. The marching-cubes and decimation order scatters them, and a
// frame's triangle loop then waits on memory more than it computes.
func localise(pos, nrm []mgl32.Vec3, idx []uint32, cols [][4]float32) ([]mgl32.Vec3, []mgl32.Vec3, []uint32, [][4]float32) {
	n := len(idx) / 3
	if n == 0 {
		return pos, nrm, idx, cols
	}
	lo, hi := pos[0], pos[0]
	for _, p := range pos {
		for k := 0; k < 3; k++ {
			lo[k], hi[k] = min(lo[k], p[k]), max(hi[k], p[k])
		}
	}
	span := max(hi[0]-lo[0], hi[1]-lo[1], hi[2]-lo[2], 1e-6)
	// Each triangle as its 30-bit Morton code above its number (a mesh
	// has far fewer than 2³⁴ triangles): one sort of plain integers.
	order := make([]uint64, n)
	for t := range order {
		c := centroid(pos, idx, t).Sub(lo).Mul(1023 / span)
		order[t] = morton(uint32(c[0]), uint32(c[1]), uint32(c[2]))<<34 | uint64(t)
	}
	slices.Sort(order)
	remap := make([]int32, len(pos))
	for i := range remap {
		remap[i] = -1
	}
	npos := make([]mgl32.Vec3, 0, len(pos))
	nnrm := make([]mgl32.Vec3, 0, len(pos))
	var ncols [][4]float32
	if cols != nil {
		ncols = make([][4]float32, 0, len(pos))
	}
	nidx := make([]uint32, 0, len(idx))
	for _, o := range order {
		t := int(o & (1<<34 - 1))
		for _, v := range idx[3*t : 3*t+3] {
			if remap[v] < 0 {
				remap[v] = int32(len(npos))
				npos = append(npos, pos[v])
				nnrm = append(nnrm, nrm[v])
				if cols != nil {
					ncols = append(ncols, cols[v])
				}
			}
			nidx = append(nidx, uint32(remap[v]))
		}
	}
	return npos, nnrm, nidx, ncols
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
