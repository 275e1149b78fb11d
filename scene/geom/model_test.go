package geom_test

import (
	"slices"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

func build(t testing.TB) (*anatomy.Atlas, *geom.Model) {
	t.Helper()
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	m, err := geom.Build(a)
	if err != nil {
		t.Fatal(err)
	}
	return a, m
}

// TestModelHasEveryPart: the real anatomy's parts, on both sides where
// paired, and the procedural ones, are all there.
func TestModelHasEveryPart(t *testing.T) {
	a, m := build(t)
	want := []string{"hemisphere.L", "hemisphere.R", "precentral.L", "precentral.R", "paracentral.L", "postcentral.R",
		"thalamus.L", "lentiform.R", "caudate.L", "internal_capsule.R", "tegmentum", "pons", "pontine_tegmentum",
		"medulla", "pyramid.L", "pyramid.R", "olive.R", "peduncle.L", "peduncle.R", "cerebellum", "cord", "ventral_horn.L", "dorsal_horn.R",
		"segment.C1", "segment.Co1", "root.C5.L", "root.S1.R", "nucleus.cn7_nucleus.L", "nerve.cn3.R",
		"pathway.hand.L", "pathway.face.R", "pathway.anterior_cst.L"}
	for _, c := range a.Channels {
		want = append(want, "pathway."+c.ID+".L", "pathway."+c.ID+".R")
	}
	for _, id := range want {
		if m.Mesh(id) == nil {
			t.Errorf("no mesh %s", id)
		}
	}
	for _, mesh := range m.Meshes {
		if mesh.Name == "" {
			t.Errorf("mesh %s has no name", mesh.ID)
		}
	}
	// The frame budgets (1 ms at 1080p still, 0.4 ms moving; see
	// scene/view's BenchmarkFrame) hold for a model of this size, in
	// every look and whichever quarter the quadrant look cuts.
	if err := m.AddQuarters(); err != nil {
		t.Fatal(err)
	}
	for _, look := range []geom.Look{geom.Glass, geom.Quadrant} {
		for q := geom.LeftFront; q <= geom.RightBack; q++ {
			tris, coarse := 0, 0
			for i := range m.Meshes {
				mesh := &m.Meshes[i]
				if !geom.DrawnIn(mesh, look, q) {
					continue
				}
				tris += len(mesh.Indices) / 3
				if mesh.Coarse != nil {
					coarse += len(mesh.Coarse.Indices) / 3
				} else {
					coarse += len(mesh.Indices) / 3
				}
			}
			if tris > 80000 || coarse > 35000 {
				t.Errorf("%s, %s: %d triangles, %d coarse: more than the frame budgets allow", look, q, tris, coarse)
			}
		}
	}
}

// TestRealPartsFaceOut: each real structure, its pieces together, is wound
// outward on both sides (a mirror that forgot to rewind its triangles
// would light and cull inside out), and its pieces join without a gap.
func TestRealPartsFaceOut(t *testing.T) {
	_, m := build(t)
	for _, part := range [][]string{
		{"hemisphere.L", "precentral.L", "paracentral.L", "postcentral.L", "premotor.L", "sma.L"},
		{"hemisphere.R", "precentral.R", "paracentral.R", "postcentral.R", "premotor.R", "sma.R"},
		{"thalamus.L"}, {"thalamus.R"}, {"internal_capsule.R"}, {"cerebellum"}, {"pons"},
		{"tegmentum", "medulla"}, {"pyramid.L", "pyramid.R"},
	} {
		var vol float64
		edges := map[[2]mgl32.Vec3]int{}
		for _, id := range part {
			mesh := m.Mesh(id)
			if mesh == nil {
				t.Fatalf("no mesh %s", id)
			}
			for i := 0; i+2 < len(mesh.Indices); i += 3 {
				a, b, c := mesh.Positions[mesh.Indices[i]], mesh.Positions[mesh.Indices[i+1]], mesh.Positions[mesh.Indices[i+2]]
				vol += float64(a.Dot(b.Cross(c))) / 6
				for _, e := range [][2]mgl32.Vec3{{a, b}, {b, c}, {c, a}} {
					edges[e]++
					edges[[2]mgl32.Vec3{e[1], e[0]}]--
				}
			}
		}
		if vol <= 0 {
			t.Errorf("%v encloses %.0f mm³: wound inward", part, vol)
		}
		open := 0
		for _, n := range edges {
			if n != 0 {
				open++
			}
		}
		if open > 0 {
			t.Errorf("%v: %d edges without their twin: a gap between its pieces", part, open/2)
		}
	}
}

// TestPrecentralBands: the motor strip is coloured by somatotopy on the
// real gyrus: every cortical area's colour appears on the precentral gyrus
// or paracentral lobule, and the postcentral gyrus is neutral.
func TestPrecentralBands(t *testing.T) {
	a, m := build(t)
	var strip [][4]float32
	for _, id := range []string{"precentral.L", "paracentral.L"} {
		strip = append(strip, m.Mesh(id).Colors...)
	}
	// Shading by sulcal depth scales a colour: compare directions.
	like := func(c, want [4]float32) bool {
		l := func(v [4]float32) float32 { return v[0]*v[0] + v[1]*v[1] + v[2]*v[2] }
		dot := c[0]*want[0] + c[1]*want[1] + c[2]*want[2]
		return dot*dot > 0.9999*l(c)*l(want)
	}
	for _, ar := range a.Areas {
		if ar.Kind != "cortex" {
			continue
		}
		want, ok := geom.ChannelColor(ar.ID)
		if !ok {
			t.Errorf("area %s has no colour", ar.ID)
			continue
		}
		if !slices.ContainsFunc(strip, func(c [4]float32) bool { return like(c, want) }) {
			t.Errorf("the %s area's colour does not show on the motor strip", ar.ID)
		}
	}
	// Vertices on its border with the precentral gyrus keep the strip's
	// colour; the rest is neutral.
	post := m.Mesh("postcentral.L").Colors
	coloured := 0
	for _, c := range post {
		if max(c[0], c[1], c[2])-min(c[0], c[1], c[2]) > 0.1 {
			coloured++
		}
	}
	if coloured > len(post)/5 {
		t.Errorf("%d of %d postcentral vertices are coloured, not neutral", coloured, len(post))
	}
}

// BenchmarkBuild measures building the whole model once the meshes are
// decoded (scene/mesh's BenchmarkLoad measures that): what start-up and
// presenter mode pay on top.
func BenchmarkBuild(b *testing.B) {
	a, _ := build(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := geom.Build(a); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPairedPartsMirror: each paired deep part's right side is its left
// one reflected in the midline, vertex for vertex, its triangles wound to
// face out, so that both sides look and pick alike.
func TestPairedPartsMirror(t *testing.T) {
	_, m := build(t)
	for _, id := range []string{"thalamus", "lentiform", "caudate", "internal_capsule"} {
		l, r := m.Mesh(id+"."+anatomy.Left.String()), m.Mesh(id+"."+anatomy.Right.String())
		if l == nil || r == nil {
			t.Fatalf("%s: left %v, right %v; want both", id, l != nil, r != nil)
		}
		for _, lod := range []struct {
			name string
			l, r *geom.Mesh
		}{{"full", l, r}, {"coarse", l.Coarse, r.Coarse}} {
			if len(lod.l.Positions) != len(lod.r.Positions) || len(lod.l.Indices) != len(lod.r.Indices) {
				t.Fatalf("%s %s: right has %d vertices, %d indices; left %d, %d", id, lod.name, len(lod.r.Positions), len(lod.r.Indices), len(lod.l.Positions), len(lod.l.Indices))
			}
			for i, p := range lod.l.Positions {
				if q := lod.r.Positions[i]; q[0] != -p[0] || q[1] != p[1] || q[2] != p[2] {
					t.Fatalf("%s %s: right vertex %d at %v, left at %v", id, lod.name, i, q, p)
				}
			}
			if lod.r.Indices[1] != lod.l.Indices[2] || lod.r.Indices[2] != lod.l.Indices[1] {
				t.Errorf("%s %s: right's first triangle %v not the left's %v rewound", id, lod.name, lod.r.Indices[:3], lod.l.Indices[:3])
			}
		}
		if r.Major || !l.Major {
			t.Errorf("%s: major left %v, right %v; want only the left", id, l.Major, r.Major)
		}
	}
}
