package meshbuild

import (
	"math"

	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/mesh"
)

// The Allen atlas has no label for area 6: its superior and middle
// frontal gyri run from the precentral sulcus to the frontal pole. Area 6
// is their caudal part (Brodmann; the dorsal premotor cortex on the
// lateral surface, the supplementary motor area on the medial one, Picard
// and Strick 2001), a band in front of the primary motor cortex. The
// build marks it from the labels as:
//
//	a pial vertex whose nearest gyral voxel (within 2 mm) is SFG or MFG,
//	lying within area6Depth millimetres of a vertex of the precentral
//	gyrus or the paracentral lobule, is area 6: the supplementary motor
//	area where its normal faces the midline (medialNormal), the premotor
//	cortex elsewhere.
//
// The distances are measured between the mesh's own vertices, so the
// rule gives the same labels on every run.

// area6Depth is how far from the motor strip (mm) area 6 reaches: the
// premotor cortex spans some 15-20 mm of the caudal superior and middle
// frontal gyri (Picard and Strick 2001), and the SMA, in front of the
// paracentral lobule at the top of the medial surface, reaches down it
// to the cingulate sulcus some 20 mm below. The atlas's pmd (y −3) and
// sma (y −7) points lie inside.
const area6Depth = 20

// medialNormal is the least share of a vertex's normal facing the
// midline for it to lie on the medial surface.
const medialNormal = 0.5

// LabelArea6 relabels the vertices of m (a left hemisphere's pial
// surface, labelled by ToMesh) that lie on area 6 by the rule above.
func LabelArea6(m *mesh.Mesh, v *nifti.Volume) {
	if m.Labels == nil {
		return
	}
	var motor [][3]float32
	for i, l := range m.Labels {
		if l == mesh.Precentral || l == mesh.Paracentral {
			motor = append(motor, m.Positions[i])
		}
	}
	if len(motor) == 0 {
		return
	}
	grid := newPointGrid(motor, area6Depth)
	normals := vertexNormals(m)
	for i, l := range m.Labels {
		if l != mesh.OtherCortex {
			continue
		}
		p := m.Positions[i]
		if !grid.within(p, area6Depth) {
			continue
		}
		g := nearestGyral(v, [3]float64{float64(p[0]), float64(p[1]), float64(p[2])}, 2)
		if g != LabelSFG && g != LabelMFG {
			continue
		}
		// The left hemisphere's midline lies toward +x.
		if n := normals[i]; n[0] >= medialNormal && g == LabelSFG {
			m.Labels[i] = mesh.SupplementaryMotor
		} else {
			m.Labels[i] = mesh.Premotor
		}
	}
}

// vertexNormals returns each vertex's normal: its triangles' normals,
// weighted by their areas, normalised.
func vertexNormals(m *mesh.Mesh) [][3]float64 {
	out := make([][3]float64, len(m.Positions))
	for _, t := range m.Triangles {
		a, b, c := m.Positions[t[0]], m.Positions[t[1]], m.Positions[t[2]]
		var u, w [3]float64
		for d := 0; d < 3; d++ {
			u[d] = float64(b[d] - a[d])
			w[d] = float64(c[d] - a[d])
		}
		n := [3]float64{u[1]*w[2] - u[2]*w[1], u[2]*w[0] - u[0]*w[2], u[0]*w[1] - u[1]*w[0]}
		for _, k := range t {
			for d := 0; d < 3; d++ {
				out[k][d] += n[d]
			}
		}
	}
	for i, n := range out {
		if l := math.Sqrt(n[0]*n[0] + n[1]*n[1] + n[2]*n[2]); l > 0 {
			out[i] = [3]float64{n[0] / l, n[1] / l, n[2] / l}
		}
	}
	return out
}

// pointGrid buckets points in cubes of a side, for "is any within r of
// p" with r no more than the side.
type pointGrid struct {
	side  float32
	cells map[[3]int32][][3]float32
}

func newPointGrid(pts [][3]float32, side float32) pointGrid {
	g := pointGrid{side: side, cells: map[[3]int32][][3]float32{}}
	for _, p := range pts {
		k := g.key(p)
		g.cells[k] = append(g.cells[k], p)
	}
	return g
}

func (g pointGrid) key(p [3]float32) [3]int32 {
	return [3]int32{int32(math.Floor(float64(p[0] / g.side))), int32(math.Floor(float64(p[1] / g.side))), int32(math.Floor(float64(p[2] / g.side)))}
}

// within reports whether a point of g lies within r (≤ g.side) of p.
func (g pointGrid) within(p [3]float32, r float32) bool {
	k := g.key(p)
	for dz := int32(-1); dz <= 1; dz++ {
		for dy := int32(-1); dy <= 1; dy++ {
			for dx := int32(-1); dx <= 1; dx++ {
				for _, q := range g.cells[[3]int32{k[0] + dx, k[1] + dy, k[2] + dz}] {
					x, y, z := q[0]-p[0], q[1]-p[1], q[2]-p[2]
					if x*x+y*y+z*z <= r*r {
						return true
					}
				}
			}
		}
	}
	return false
}
