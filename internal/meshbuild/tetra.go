package meshbuild

import "github.com/decussate/decussate/internal/nifti"

// Surface is a triangle mesh under construction, in millimetres.
type Surface struct {
	Pos  [][3]float64
	Tris [][3]int32
}

// kuhn lists the six tetrahedra of the Kuhn (Freudenthal) split of a cube
// along its main diagonal, as corner masks (bit 0 x, bit 1 y, bit 2 z).
// Each runs from corner 0 to corner 7 through a monotone path, so
// neighbouring cubes split their shared faces along the same diagonal and
// the tetrahedra tile space without cracks.
var kuhn = [6][4]uint8{
	{0, 1, 3, 7}, {0, 1, 5, 7}, {0, 2, 3, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 4, 6, 7},
}

// March returns the boundary of g's inside voxels as a closed triangle
// mesh, by marching tetrahedra over the lattice of voxel centres (inside 1,
// outside 0, surface at ½). The iso-surface of a piecewise-linear function
// at a value no lattice point takes is a 2-manifold, so the mesh is closed,
// manifold and free of the ambiguities of marching cubes' tables.
// Triangles face outward. Positions are converted to millimetres by the
// volume's affine.
//
// Which corners are inside sets the topology alone; where a vertex sits on
// its edge comes from a blurred copy of the mask (see field), clamped to
// the corner's side of ½, so that it is still a piecewise-linear level set
// with the same topology. Midpoints would leave the voxels' staircase as
// terraces on gently sloping surfaces, which no mild smoothing removes.
func March(g *Grid, v *nifti.Volume) *Surface {
	s := &Surface{}
	vert := make(map[int64]int32)
	f := g.field()
	// Doubled lattice coordinates of each vertex's edge midpoint, for exact
	// orientation, and where along its edge the vertex sits.
	var twice [][3]int64
	var along []float64
	vertex := func(base [3]int, lo, hi uint8) int32 {
		// The edge runs from corner lo to corner hi ⊇ lo.
		b := [3]int{base[0] + int(lo&1), base[1] + int(lo>>1&1), base[2] + int(lo>>2&1)}
		dir := hi ^ lo
		key := int64(g.idx(b[0], b[1], b[2]))*8 + int64(dir)
		if id, ok := vert[key]; ok {
			return id
		}
		id := int32(len(twice))
		t := [3]int64{int64(2*b[0]) + int64(dir&1), int64(2*b[1]) + int64(dir>>1&1), int64(2*b[2]) + int64(dir>>2&1)}
		twice = append(twice, t)
		fa, fb := f[g.idx(b[0], b[1], b[2])], f[g.idx(b[0]+int(dir&1), b[1]+int(dir>>1&1), b[2]+int(dir>>2&1))]
		along = append(along, (fa-0.5)/(fa-fb))
		vert[key] = id
		return id
	}
	emit := func(a, b, c int32, in, out [3]int64) {
		// Orient so the normal points from the inside corners' centroid
		// to the outside corners' (exact integer arithmetic).
		pa, pb, pc := twice[a], twice[b], twice[c]
		u := [3]int64{pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]}
		w := [3]int64{pc[0] - pa[0], pc[1] - pa[1], pc[2] - pa[2]}
		n := [3]int64{u[1]*w[2] - u[2]*w[1], u[2]*w[0] - u[0]*w[2], u[0]*w[1] - u[1]*w[0]}
		dir := [3]int64{out[0] - in[0], out[1] - in[1], out[2] - in[2]}
		if n[0]*dir[0]+n[1]*dir[1]+n[2]*dir[2] < 0 {
			b, c = c, b
		}
		s.Tris = append(s.Tris, [3]int32{a, b, c})
	}
	for k := 0; k+1 < g.Dim[2]; k++ {
		for j := 0; j+1 < g.Dim[1]; j++ {
			for i := 0; i+1 < g.Dim[0]; i++ {
				var corner [8]bool
				any, all := false, true
				for c := 0; c < 8; c++ {
					corner[c] = g.In[g.idx(i+c&1, j+(c>>1&1), k+(c>>2&1))]
					any = any || corner[c]
					all = all && corner[c]
				}
				if !any || all {
					continue
				}
				base := [3]int{i, j, k}
				for _, tet := range kuhn {
					var ins, outs []uint8
					var inSum, outSum [3]int64
					for _, c := range tet {
						p := [3]int64{int64(c & 1), int64(c >> 1 & 1), int64(c >> 2 & 1)}
						if corner[c] {
							ins = append(ins, c)
							for d := range p {
								inSum[d] += p[d]
							}
						} else {
							outs = append(outs, c)
							for d := range p {
								outSum[d] += p[d]
							}
						}
					}
					if len(ins) == 0 || len(outs) == 0 {
						continue
					}
					// Centroids scaled by the product of the counts, so both
					// are integers on the same scale.
					var ci, co [3]int64
					for d := 0; d < 3; d++ {
						ci[d] = inSum[d] * int64(len(outs))
						co[d] = outSum[d] * int64(len(ins))
					}
					e := func(a, b uint8) int32 { // corners of a tet are nested masks
						if a&b == a {
							return vertex(base, a, b)
						}
						return vertex(base, b, a)
					}
					switch len(ins) {
					case 1:
						a := ins[0]
						emit(e(a, outs[0]), e(a, outs[1]), e(a, outs[2]), ci, co)
					case 3:
						d := outs[0]
						emit(e(ins[0], d), e(ins[1], d), e(ins[2], d), ci, co)
					case 2:
						a, b, c, d := ins[0], ins[1], outs[0], outs[1]
						ac, ad, bd, bc := e(a, c), e(a, d), e(b, d), e(b, c)
						emit(ac, ad, bd, ci, co)
						emit(ac, bd, bc, ci, co)
					}
				}
			}
		}
	}
	s.Pos = make([][3]float64, len(twice))
	for n, t := range twice {
		// The edge starts at t − dir (doubled) and runs along dir.
		var p [3]float64
		for d := 0; d < 3; d++ {
			start := t[d] / 2 // the doubled start is even: floor halves it
			step := float64(t[d] - 2*start)
			p[d] = float64(start) + float64(step*along[n]) + float64(g.Off[d])
		}
		s.Pos[n] = v.ToMM(p[0], p[1], p[2])
	}
	return s
}

// fieldMargin keeps every blurred value at least this far from ½ on its
// corner's side, so no vertex lands within 5 % of an edge's end and no
// triangle degenerates.
const fieldMargin = 0.05

// field returns the mask blurred by the binomial kernel ¼[1 2 1] along
// each axis (a Gaussian of about 0.7 voxels), each value then clamped to
// its voxel's side of ½ by fieldMargin.
func (g *Grid) field() []float64 {
	f := make([]float64, len(g.In))
	for x, in := range g.In {
		if in {
			f[x] = 1
		}
	}
	tmp := make([]float64, len(f))
	strides := [3]int{1, g.Dim[0], g.Dim[0] * g.Dim[1]}
	for axis := 0; axis < 3; axis++ {
		st := strides[axis]
		for k := 0; k < g.Dim[2]; k++ {
			for j := 0; j < g.Dim[1]; j++ {
				for i := 0; i < g.Dim[0]; i++ {
					x := g.idx(i, j, k)
					c := [3]int{i, j, k}[axis]
					lo, hi := f[x], f[x]
					if c > 0 {
						lo = f[x-st]
					}
					if c+1 < g.Dim[axis] {
						hi = f[x+st]
					}
					tmp[x] = (lo + 2*f[x] + hi) / 4 // sums of quarters: exact
				}
			}
		}
		f, tmp = tmp, f
	}
	for x, in := range g.In {
		if in {
			f[x] = max(f[x], 0.5+fieldMargin)
		} else {
			f[x] = min(f[x], 0.5-fieldMargin)
		}
	}
	return f
}
