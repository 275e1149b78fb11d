package meshbuild

import (
	"fmt"
	"math"

	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/mesh"
)

// Smoothing: Taubin's usual pass band (k_PB ≈ 0.1) with enough iterations
// to take out the 0.5 mm voxel staircase and no more, so sulci stay open.
const (
	taubinIterations = 15
	taubinLambda     = 0.5
	taubinMu         = -0.53
)

// Recipe says how one part is made.
type Recipe struct {
	// Labels are the labels of the derived volume (see Derive) that the
	// part encloses.
	Labels []uint8
	// LeftOnly keeps the left side (x < 0): the part is paired and
	// mirrored at load.
	LeftOnly bool
	// Keep drops connected pieces smaller than this share of the largest.
	Keep float64
	// Triangles is the most triangles the shipped mesh may have.
	Triangles int
	// Cortex labels the vertices by cortical area.
	Cortex bool
	// Open is the radius, in voxels, of the morphological opening applied
	// before meshing (see Grid.Open); 0 for none.
	Open int
	// Close is the radius of the morphological closing applied after the
	// opening (see Grid.Close); 0 for none.
	Close int
	// Coarse, when not zero, is the triangle count of a coarse level of
	// detail, made by decimating the shipped mesh further.
	Coarse int
}

// Recipes gives every part's recipe; the coarse hemisphere is made with
// the fine one (see Recipe.Coarse). The triangle counts are the frame's
// budget shared out (scene/view's BenchmarkFrame: 1 ms at 1920×1080, the
// moving frame 0.4 ms): the hemispheres take most, as the largest thing on
// screen; a deep nucleus a few centimetres across keeps its shape with
// under a thousand. The lentiform nucleus is closed by a voxel so that
// the putamen and both segments of the pallidum, which the atlas parts by
// laminae a voxel or two thick, make one nucleus: with Keep 1 alone only
// the putamen, the largest piece, was left.
var Recipes = map[mesh.Part]Recipe{
	mesh.Hemisphere:       {Labels: Cerebral, LeftOnly: true, Keep: 1, Triangles: 16000, Cortex: true, Open: 1, Close: 1, Coarse: 5000},
	mesh.Cerebellum:       {Labels: CerebellumAll, Keep: 1, Triangles: 4000, Open: 1, Close: 1},
	mesh.Crus:             {Labels: []uint8{LabelCpd}, Keep: 0.2, Triangles: 600},
	mesh.BasisPontis:      {Labels: []uint8{LabelPnBa}, Keep: 0.2, Triangles: 800},
	mesh.PontineTegmentum: {Labels: []uint8{LabelPnTg}, Keep: 0.2, Triangles: 600},
	mesh.Pyramid:          {Labels: []uint8{LabelMoPy}, Keep: 0.2, Triangles: 400},
	mesh.Olive:            {Labels: []uint8{LabelIO}, Keep: 0.2, Triangles: 400},
	mesh.BrainstemRest:    {Labels: BrainstemRest, Keep: 0.2, Triangles: 1200},
	mesh.Thalamus:         {Labels: Thalamus, LeftOnly: true, Keep: 1, Triangles: 800, Close: 1},
	mesh.Lentiform:        {Labels: Lentiform, LeftOnly: true, Keep: 1, Triangles: 900, Close: 1},
	mesh.Caudate:          {Labels: Caudate, LeftOnly: true, Keep: 1, Triangles: 600, Close: 1},
	mesh.InternalCapsule:  {Labels: []uint8{LabelCapsule}, LeftOnly: true, Keep: 1, Triangles: 1000, Close: 1},
}

// Stats describes one built part, for the build's log.
type Stats struct {
	Voxels, Marched, Triangles, Vertices int
	// Genus is the number of handles of the final surface, summed over its
	// pieces (from Euler's formula, V − E + F = 2(pieces − genus)).
	Genus int
	// VoxelMM3, SmoothMM3 and FinalMM3 are the volumes of the voxels, of
	// the smoothed surface and of the decimated one.
	VoxelMM3, SmoothMM3, FinalMM3 float64
}

// Build makes the part from the derived volume dv.
func Build(dv *nifti.Volume, r Recipe) (*Surface, Stats, error) {
	var st Stats
	lo, hi := 0, dv.Dim[0]
	if r.LeftOnly {
		left, _ := Sides(dv)
		lo, hi = left[0], left[1]
	}
	g := Select(dv, r.Labels, lo, hi, 2)
	if len(g.In) == 0 {
		return nil, st, fmt.Errorf("no voxel has the labels %v", r.Labels)
	}
	g.Open(r.Open)
	g.Close(r.Close)
	g.KeepLarge(r.Keep)
	g.FillCavities()
	st.Voxels = g.Count()
	st.VoxelMM3 = float64(st.Voxels) * math.Abs(det3([3][3]float64{
		{dv.Affine[0][0], dv.Affine[0][1], dv.Affine[0][2]},
		{dv.Affine[1][0], dv.Affine[1][1], dv.Affine[1][2]},
		{dv.Affine[2][0], dv.Affine[2][1], dv.Affine[2][2]}}))
	s := March(g, dv)
	st.Marched = len(s.Tris)
	s.Taubin(taubinIterations, taubinLambda, taubinMu)
	for i, p := range s.Pos {
		s.Pos[i] = snap(p) // to the grid the file stores
	}
	st.SmoothMM3 = s.Volume()
	if n := s.Decimate(r.Triangles); n > r.Triangles {
		return nil, st, fmt.Errorf("decimation stopped at %d triangles, above the %d allowed", n, r.Triangles)
	}
	st.Triangles, st.Vertices, st.FinalMM3 = len(s.Tris), len(s.Pos), s.Volume()
	st.Genus = s.Genus()
	return s, st, nil
}

// ToMesh converts s for encoding; with cortex set, each vertex is labelled
// by the cortical area of the nearest gyral voxel of v within 2 mm, and
// area 6 marked (LabelArea6).
func ToMesh(s *Surface, v *nifti.Volume, cortex bool) *mesh.Mesh {
	m := &mesh.Mesh{Positions: make([][3]float32, len(s.Pos)), Triangles: make([][3]uint32, len(s.Tris))}
	for i, p := range s.Pos {
		m.Positions[i] = [3]float32{float32(p[0]), float32(p[1]), float32(p[2])}
	}
	for i, t := range s.Tris {
		m.Triangles[i] = [3]uint32{uint32(t[0]), uint32(t[1]), uint32(t[2])}
	}
	if cortex {
		m.Labels = make([]mesh.Label, len(s.Pos))
		for i, p := range s.Pos {
			m.Labels[i] = CorticalLabel(v, p, 2)
		}
		LabelArea6(m, v)
	}
	return m
}

// CorticalLabel returns the area of the gyral voxel nearest p (millimetres)
// within radiusMM, OtherCortex when there is none. Ties go to the first
// voxel in scan order.
func CorticalLabel(v *nifti.Volume, p [3]float64, radiusMM float64) mesh.Label {
	switch nearestGyral(v, p, radiusMM) {
	case LabelPrCG:
		return mesh.Precentral
	case LabelPCLr, LabelPCLc:
		return mesh.Paracentral
	case LabelPoCG:
		return mesh.Postcentral
	}
	return mesh.OtherCortex
}

// nearestGyral returns the atlas label of the gyral voxel nearest p
// (millimetres) within radiusMM, 0 when there is none. Ties go to the
// first voxel in scan order.
func nearestGyral(v *nifti.Volume, p [3]float64, radiusMM float64) uint8 {
	var gyral [256]bool
	for _, l := range Gyral {
		gyral[l] = true
	}
	c, err := v.ToVoxel(p)
	if err != nil {
		return 0
	}
	r := int(math.Ceil(radiusMM / math.Abs(v.Affine[0][0])))
	best, bestD := uint8(0), math.Inf(1)
	ci, cj, ck := int(math.Round(c[0])), int(math.Round(c[1])), int(math.Round(c[2]))
	for k := ck - r; k <= ck+r; k++ {
		for j := cj - r; j <= cj+r; j++ {
			for i := ci - r; i <= ci+r; i++ {
				l := v.At(i, j, k)
				if !gyral[l] {
					continue
				}
				q := v.ToMM(float64(i), float64(j), float64(k))
				d := sub(q, p)
				if dd := dot(d, d); dd < bestD && dd <= radiusMM*radiusMM {
					best, bestD = l, dd
				}
			}
		}
	}
	return best
}

// Genus returns the total number of handles of the closed surface s: with
// E = 3F/2, V − E + F = 2·pieces − 2·genus.
func (s *Surface) Genus() int {
	return (2*s.pieces() - (len(s.Pos) - len(s.Tris)/2)) / 2
}

// pieces counts the connected pieces of s.
func (s *Surface) pieces() int {
	parent := make([]int32, len(s.Pos))
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, t := range s.Tris {
		a, b, c := find(t[0]), find(t[1]), find(t[2])
		parent[b] = a
		parent[find(c)] = a
	}
	n := 0
	for i := range parent {
		if find(int32(i)) == int32(i) {
			n++
		}
	}
	return n
}
