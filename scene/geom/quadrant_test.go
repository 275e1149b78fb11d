package geom_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// TestDrawnIn: the quadrant look draws, for the quarter faced, its cut
// copies and cap instead of that hemisphere's whole cortex, and nothing of
// the other quarters; every other look draws only whole meshes.
func TestDrawnIn(t *testing.T) {
	whole := geom.Mesh{Cortex: true, Side: anatomy.Left}
	rightWhole := geom.Mesh{Cortex: true, Side: anatomy.Right}
	deep := geom.Mesh{Group: "deep", Side: anatomy.Left}
	cut := geom.Mesh{Cortex: true, Side: anatomy.Left, Quarter: geom.LeftFront}
	for _, c := range []struct {
		name string
		m    *geom.Mesh
		look geom.Look
		q    geom.Quarter
		want bool
	}{
		{"glass, whole cortex", &whole, geom.Glass, geom.LeftFront, true},
		{"glass, a cut copy", &cut, geom.Glass, geom.LeftFront, false},
		{"cutaway, a cut copy", &cut, geom.Cutaway, geom.LeftFront, false},
		{"quadrant, the faced hemisphere whole", &whole, geom.Quadrant, geom.LeftFront, false},
		{"quadrant, the other hemisphere whole", &rightWhole, geom.Quadrant, geom.LeftFront, true},
		{"quadrant, the faced quarter's copy", &cut, geom.Quadrant, geom.LeftFront, true},
		{"quadrant, another quarter's copy", &cut, geom.Quadrant, geom.LeftBack, false},
		{"quadrant, a deep part", &deep, geom.Quadrant, geom.LeftFront, true},
	} {
		if got := geom.DrawnIn(c.m, c.look, c.q); got != c.want {
			t.Errorf("%s: drawn %v, want %v", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		side  anatomy.Side
		front bool
		want  geom.Quarter
	}{
		{anatomy.Left, true, geom.LeftFront}, {anatomy.Left, false, geom.LeftBack},
		{anatomy.Right, true, geom.RightFront}, {anatomy.Right, false, geom.RightBack},
	} {
		q := geom.QuarterOf(c.side, c.front)
		if q != c.want || q.Side() != c.side || q.Front() != c.front {
			t.Errorf("QuarterOf(%s, %v) = %s (side %s, front %v), want %s", c.side, c.front, q, q.Side(), q.Front(), c.want)
		}
	}
}

// TestQuartersCutAndClose: each quarter's copy of its hemisphere keeps
// fewer triangles than the whole, none of them inside the quarter, and its
// open edges lie on the quarter's two planes, where the cap lies, facing
// into the quarter, none of it folded (its band of cortex included, at
// the sharpest corners), fine and coarse; the right hemisphere's quarters
// mirror the left's.
// Cutting twice adds nothing.
func TestQuartersCutAndClose(t *testing.T) {
	_, m := build(t)
	if err := m.AddQuarters(); err != nil {
		t.Fatal(err)
	}
	n := len(m.Meshes)
	if err := m.AddQuarters(); err != nil || len(m.Meshes) != n {
		t.Fatalf("cutting again: %v, %d meshes, want %d", err, len(m.Meshes), n)
	}
	const eps = 0.01
	for q := geom.LeftFront; q <= geom.RightBack; q++ {
		sign := float32(1)
		if q.Side() == anatomy.Right {
			sign = -1
		}
		// Where the planes are, read off the cap: its floor is its
		// lowest z, its wall the y most of its vertices share.
		var hemi, whole, capMesh *geom.Mesh
		for i := range m.Meshes {
			mm := &m.Meshes[i]
			switch {
			case mm.ID == "hemisphere."+q.Side().String() && mm.Quarter == q:
				hemi = mm
			case mm.ID == "hemisphere."+q.Side().String() && mm.Quarter == geom.NoQuarter:
				whole = mm
			case mm.ID == "hemisphere-cut."+q.Side().String() && mm.Quarter == q:
				capMesh = mm
			}
		}
		if hemi == nil || whole == nil || capMesh == nil {
			t.Fatalf("%s: cut hemisphere %v, whole %v, cap %v", q, hemi != nil, whole != nil, capMesh != nil)
		}
		if a, b := len(hemi.Indices), len(whole.Indices); a >= b || a < b/3 {
			t.Errorf("%s: the cut hemisphere keeps %d of %d triangles", q, a/3, b/3)
		}
		if hemi.Coarse == nil || len(hemi.Coarse.Indices) >= len(whole.Coarse.Indices) {
			t.Errorf("%s: the cut hemisphere has no smaller coarse copy", q)
		}
		floorZ := float32(math.Inf(1))
		ys := map[float32]int{}
		for _, p := range capMesh.Positions {
			floorZ = min(floorZ, p[2])
			ys[p[1]]++
		}
		wallY, most := float32(0), 0
		for y, k := range ys {
			if k > most {
				wallY, most = y, k
			}
		}
		// beyond is how far p lies into the quarter past the wall.
		beyond := func(p mgl32.Vec3) float32 {
			if q.Front() {
				return p[1] - wallY
			}
			return wallY - p[1]
		}
		for i := 0; i+2 < len(hemi.Indices); i += 3 {
			c := hemi.Positions[hemi.Indices[i]].Add(hemi.Positions[hemi.Indices[i+1]]).Add(hemi.Positions[hemi.Indices[i+2]]).Mul(1.0 / 3)
			if beyond(c) > eps && c[2] > floorZ+eps {
				t.Fatalf("%s: a triangle centred at %v lies in the quarter cut away", q, c)
			}
		}
		// The open edges of the cortex's parts together (each part's
		// own edges meet the next part's), their ends as rounded points.
		type point [3]int32
		at := func(p mgl32.Vec3) point {
			return point{int32(math.Round(float64(p[0]) * 1000)), int32(math.Round(float64(p[1]) * 1000)), int32(math.Round(float64(p[2]) * 1000))}
		}
		edges := map[[2]point]mgl32.Vec3{}
		for i := range m.Meshes {
			mm := &m.Meshes[i]
			if mm.Quarter != q || mm == capMesh {
				continue
			}
			for i := 0; i+2 < len(mm.Indices); i += 3 {
				for k := 0; k < 3; k++ {
					a, b := mm.Positions[mm.Indices[i+k]], mm.Positions[mm.Indices[i+(k+1)%3]]
					edges[[2]point{at(a), at(b)}] = a
				}
			}
		}
		open := 0
		for e, a := range edges {
			if _, ok := edges[[2]point{e[1], e[0]}]; ok {
				continue
			}
			open++
			for _, p := range []mgl32.Vec3{a} {
				if math.Abs(float64(beyond(p))) > eps && math.Abs(float64(p[2]-floorZ)) > eps {
					t.Fatalf("%s: an open edge's end %v lies on neither plane (wall y %.1f, floor z %.1f)", q, p, wallY, floorZ)
				}
			}
		}
		if open == 0 {
			t.Errorf("%s: the cut hemisphere has no open edge", q)
		}
		for _, c := range []*geom.Mesh{capMesh, capMesh.Coarse} {
			if c == nil {
				t.Fatalf("%s: the cap has no coarse copy", q)
			}
			band, folded := capFolds(c, q)
			if k := len(c.Indices) / 3; k < 200 || band == 0 || folded != 0 {
				t.Errorf("%s: %d of the cap's %d triangles (%d of its band) are turned away from the quarter, want none (of some hundreds)", q, folded, k, band)
			}
			for i := 0; i+2 < len(c.Indices); i += 3 {
				centre := c.Positions[c.Indices[i]].Add(c.Positions[c.Indices[i+1]]).Add(c.Positions[c.Indices[i+2]]).Mul(1.0 / 3)
				if sign*centre[0] > eps {
					t.Fatalf("%s: a cap triangle at %v lies on the other side", q, centre)
				}
			}
		}
	}
}

// capFolds returns how many of cap c's triangles are its band of grey
// cortex and how many of all are folded: turned away from quarter q (down
// from the floor, or back from the wall), as a band folds over itself at
// a sharp corner.
func capFolds(c *geom.Mesh, q geom.Quarter) (band, folded int) {
	for i := 0; i+2 < len(c.Indices); i += 3 {
		a, b, d := c.Positions[c.Indices[i]], c.Positions[c.Indices[i+1]], c.Positions[c.Indices[i+2]]
		nrm := b.Sub(a).Cross(d.Sub(a))
		if c.Colors[c.Indices[i]] != c.Color {
			band++
		}
		// Into the quarter: up from the floor, or past the wall.
		if !(abs(nrm[2]) > abs(nrm[1]) && nrm[2] > 0 || abs(nrm[1]) > abs(nrm[2]) && (nrm[1] > 0) == q.Front()) {
			folded++
		}
	}
	return band, folded
}

func abs(x float32) float32 { return float32(math.Abs(float64(x))) }

// BenchmarkAddQuarters measures cutting the quadrant look's meshes, which
// the first frame in that look pays (not start-up).
func BenchmarkAddQuarters(b *testing.B) {
	a, _ := build(b)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		m, err := geom.Build(a)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := m.AddQuarters(); err != nil {
			b.Fatal(err)
		}
	}
}
