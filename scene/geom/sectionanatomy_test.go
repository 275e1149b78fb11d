package geom_test

import (
	"math"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/mesh"
)

var derived struct {
	once sync.Once
	v    *nifti.Volume
	err  error
}

// derivedVolume reads the Allen label volume the meshes are built from,
// with the build's derived labels (the internal capsule) written in.
func derivedVolume(t testing.TB) *nifti.Volume {
	t.Helper()
	derived.once.Do(func() {
		f, err := os.Open("../../assets/allen/AllenAtlas.nii.gz")
		if err != nil {
			derived.err = err
			return
		}
		defer f.Close()
		v, err := nifti.Read(f)
		if err != nil {
			derived.err = err
			return
		}
		derived.v = meshbuild.Derive(v)
	})
	if derived.err != nil {
		t.Fatal(derived.err)
	}
	return derived.v
}

// sliceArea returns the area in square millimetres of the voxels of the
// slice nearest height z that carry part's labels, on side (both sides
// for an unpaired part), and the height of that slice's centres.
func sliceArea(t *testing.T, v *nifti.Volume, p mesh.Part, side anatomy.Side, z float64) (float64, float64) {
	t.Helper()
	ijk, err := v.ToVoxel([3]float64{0, 0, z})
	if err != nil {
		t.Fatal(err)
	}
	k := int(math.Round(ijk[2]))
	var want [256]bool
	for _, l := range meshbuild.Recipes[p].Labels {
		want[l] = true
	}
	n := 0
	for j := 0; j < v.Dim[1]; j++ {
		for i := 0; i < v.Dim[0]; i++ {
			if !want[v.At(i, j, k)] {
				continue
			}
			x := v.ToMM(float64(i), float64(j), float64(k))[0]
			if p.Paired() && (side == anatomy.Left) != (x < 0) {
				continue
			}
			n++
		}
	}
	a := v.Affine
	voxel := math.Abs(a[0][0]*a[1][1] - a[0][1]*a[1][0])
	return float64(n) * voxel, v.ToMM(0, 0, float64(k))[2]
}

func shipped(t testing.TB) *geom.SectionAnatomy {
	t.Helper()
	s, err := geom.ShippedSectionAnatomy()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestOutlinesMatchTheVolume: a plane through each structure cuts it in
// closed outlines bounding tissue (net area positive) whose area is that
// of the structure's voxels in the label volume at that slice, within
// what smoothing and decimation take (a millimetre's band round a small
// structure is much of it); and a
// plane that misses a structure gives no outline.
func TestOutlinesMatchTheVolume(t *testing.T) {
	v := derivedVolume(t)
	s := shipped(t)
	cases := []struct {
		part mesh.Part
		side anatomy.Side
		z    float64
		tol  float64 // relative
	}{
		{mesh.Hemisphere, anatomy.Left, 6, 0.1},
		{mesh.Hemisphere, anatomy.Right, 30, 0.1},
		{mesh.Thalamus, anatomy.Left, 6, 0.1},
		// Low down, where the globus pallidus is widest, the lentiform
		// nucleus holds it as well as the putamen.
		{mesh.Lentiform, anatomy.Left, 6, 0.1},
		{mesh.Lentiform, anatomy.Left, -2, 0.1},
		{mesh.Lentiform, anatomy.Right, 10, 0.1},
		{mesh.Caudate, anatomy.Left, 10, 0.1},
		{mesh.InternalCapsule, anatomy.Left, 6, 0.1},
		{mesh.Crus, anatomy.Left, -14, 0.1},
		{mesh.BasisPontis, anatomy.Left, -30, 0.1},
		{mesh.PontineTegmentum, anatomy.Left, -32, 0.1},
		{mesh.Pyramid, anatomy.Left, -53, 0.1},
		{mesh.Olive, anatomy.Left, -53, 0.1},
		{mesh.BrainstemRest, anatomy.Left, -55, 0.1},
		{mesh.Cerebellum, anatomy.Left, -35, 0.1},
		{mesh.Cerebellum, anatomy.Left, -25, 0.1},
		{mesh.Cerebellum, anatomy.Left, -50, 0.1},
	}
	for _, tc := range cases {
		want, z := sliceArea(t, v, tc.part, tc.side, tc.z)
		outlines := s.Outlines(tc.part, tc.side, z)
		if len(outlines) == 0 {
			t.Errorf("%s %s at z %.2f: no outline, want %.0f mm²", tc.side, tc.part, z, want)
			continue
		}
		var got float64
		for _, o := range outlines {
			if len(o) < 3 || o[0] == o[len(o)-1] {
				t.Errorf("%s %s at z %.2f: an outline of %d points, first and last %v %v: not a closed polygon", tc.side, tc.part, z, len(o), o[0], o[len(o)-1])
			}
			got += o.Area()
		}
		if got <= 0 || math.Abs(got-want) > tc.tol*want {
			t.Errorf("%s %s at z %.2f: outlines bound %.0f mm², the volume's voxels %.0f mm² (want within %.0f%%)", tc.side, tc.part, z, got, want, 100*tc.tol)
		}
	}
	for _, miss := range []struct {
		part mesh.Part
		z    float64
	}{
		{mesh.Pyramid, 0}, {mesh.Thalamus, -50}, {mesh.Crus, -60}, {mesh.Hemisphere, 90}, {mesh.Olive, -30},
	} {
		if os := s.Outlines(miss.part, anatomy.Left, miss.z); len(os) != 0 {
			t.Errorf("%s at z %.0f: %d outlines, want none (the plane misses it)", miss.part, miss.z, len(os))
		}
	}
}

// TestCutMeshOctahedron: a closed octahedron of radius 10 cut at its
// equator, where four of its vertices lie on the plane, gives one
// counter-clockwise square of area 200; halfway up, a quarter of that;
// above it, nothing.
func TestCutMeshOctahedron(t *testing.T) {
	m := &mesh.Mesh{Positions: [][3]float32{{10, 0, 0}, {0, 10, 0}, {-10, 0, 0}, {0, -10, 0}, {0, 0, 10}, {0, 0, -10}}}
	for k := uint32(0); k < 4; k++ {
		m.Triangles = append(m.Triangles, [3]uint32{k, (k + 1) % 4, 4}, [3]uint32{(k + 1) % 4, k, 5})
	}
	if err := mesh.CheckClosed(m); err != nil {
		t.Fatalf("the test octahedron: %v", err)
	}
	for _, tc := range []struct{ z, area float32 }{{0, 200}, {5, 50}, {-5, 50}, {10.5, 0}, {-12, 0}} {
		os := geom.CutMesh(m, tc.z)
		var got float64
		for _, o := range os {
			got += o.Area()
		}
		if math.Abs(got-float64(tc.area)) > 1e-3 || tc.area > 0 && len(os) != 1 {
			t.Errorf("z %.1f: %d outlines bounding %.3f mm², want %.0f", tc.z, len(os), got, tc.area)
		}
	}
}

// TestSectionLevelsCutTheirStructures: each brainstem level cuts what
// its name promises, and the capsule level the capsule with the nuclei
// around it, each named once a side; the levels run top down.
func TestSectionLevelsCutTheirStructures(t *testing.T) {
	a, _ := build(t)
	want := map[string][]string{
		"capsule":     {"section.internal-capsule.L", "section.internal-capsule.R", "section.thalamus.L", "section.lentiform.R", "section.caudate.L", "section.hemisphere.R"},
		"midbrain":    {"section.crus.L", "section.crus.R", "section.brainstem-rest"},
		"pons":        {"section.basis-pontis", "section.pontine-tegmentum", "section.cerebellum"},
		"caudal_pons": {"section.basis-pontis", "section.pontine-tegmentum", "section.cerebellum"},
		"medulla":     {"section.pyramid.L", "section.pyramid.R", "section.olive.L", "section.olive.R", "section.brainstem-rest", "section.cerebellum"},
	}
	levels := geom.SectionLevels(a)
	for i, l := range levels {
		if i > 0 && l.Z >= levels[i-1].Z {
			t.Errorf("level %s (z %.1f) is not below %s (z %.1f)", l.ID, l.Z, levels[i-1].ID, levels[i-1].Z)
		}
		ids, ok := want[l.ID]
		if !ok {
			continue
		}
		named := map[string]int{}
		for _, m := range geom.Section(a, l.Z, nil) {
			if m.Major {
				named[m.ID]++
				if m.Name == "" {
					t.Errorf("%s: %s has no name", l.ID, m.ID)
				}
			}
		}
		for _, id := range ids {
			if named[id] != 1 {
				t.Errorf("%s: %s named %d times, want once", l.ID, id, named[id])
			}
		}
		if l.ID != "capsule" && named["section.hemisphere.L"] > 0 {
			t.Errorf("%s: the hemisphere is drawn at a brainstem level", l.ID)
		}
	}
}

// TestFillCoversTheOutlines: the filled triangles of a cut cover the area
// its outlines bound, holes left open, and all face the viewer below.
func TestFillCoversTheOutlines(t *testing.T) {
	s := shipped(t)
	for _, z := range []float64{6, -14, -30, -53} {
		for _, m := range s.Face(z) {
			if strings.HasSuffix(m.ID, ".rim") {
				continue
			}
			var filled float64
			for i := 0; i+2 < len(m.Indices); i += 3 {
				p, q, r := m.Positions[m.Indices[i]], m.Positions[m.Indices[i+1]], m.Positions[m.Indices[i+2]]
				// Seen from below, x runs the other way: a face turned
				// to the viewer below winds clockwise from above.
				c := float64(q.Sub(p).Cross(r.Sub(p))[2]) / 2
				if c > 1e-6 {
					t.Errorf("z %.0f: a triangle of %s faces up", z, m.ID)
					break
				}
				filled -= c
			}
			side := anatomy.Left
			if strings.HasSuffix(m.ID, ".R") {
				side = anatomy.Right
			}
			var want float64
			for _, o := range s.Outlines(partOf(t, m.ID), side, z) {
				if (o.Centroid()[0] < 0) == (side == anatomy.Left) || !strings.HasSuffix(m.ID, ".L") && !strings.HasSuffix(m.ID, ".R") || partOf(t, m.ID).Paired() {
					want += o.Area()
				}
			}
			if math.Abs(filled-want) > 0.03*want+2 {
				t.Errorf("z %.0f: %s fills %.1f mm², its outlines bound %.1f", z, m.ID, filled, want)
			}
		}
	}
}

// partOf returns the part a section mesh's id names.
func partOf(t *testing.T, id string) mesh.Part {
	t.Helper()
	for _, p := range mesh.Parts() {
		if strings.HasPrefix(id, "section."+p.ID()+".") || id == "section."+p.ID() {
			return p
		}
	}
	t.Fatalf("%s names no part", id)
	return 0
}

// TestFillWithHole: a square with a square hole fills its area less the
// hole's.
func TestFillWithHole(t *testing.T) {
	sq := func(x0, y0, x1, y1 float32, ccw bool) geom.Outline {
		o := geom.Outline{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}
		if !ccw {
			o[1], o[3] = o[3], o[1]
		}
		return o
	}
	got := geom.FilledArea([]geom.Outline{sq(0, 0, 10, 10, true), sq(3, 3, 6, 6, false)})
	if math.Abs(got-91) > 1e-3 {
		t.Errorf("a 10 mm square less a 3 mm hole fills %.3f mm², want 91", got)
	}
}

// BenchmarkSectionLevelChange cuts the real meshes at the brainstem's
// and the capsule's levels, as a level change does once (its result is
// then kept): the fills, rims and names of each structure. Each plane is
// a micrometre off the last one at its level, so that none is kept.
func BenchmarkSectionLevelChange(b *testing.B) {
	set, err := mesh.Load(meshes.FS())
	if err != nil {
		b.Fatal(err)
	}
	s, err := geom.NewSectionAnatomy(set)
	if err != nil {
		b.Fatal(err)
	}
	zs := []float64{6, -13, -27, -36, -53, -56}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		s.Face(zs[i%len(zs)] + 1e-3*float64(i/len(zs)%1000))
		i++
	}
}
