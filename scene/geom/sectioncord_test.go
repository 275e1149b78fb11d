package geom_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
)

// span returns the width (x) and depth (y) of the section mesh id, in
// millimetres, and its area as an ellipse of those diameters.
func span(t *testing.T, meshes []geom.Mesh, id string) (w, d, area float64) {
	t.Helper()
	for _, m := range meshes {
		if m.ID != id {
			continue
		}
		x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, p := range m.Positions {
			x0, x1 = min(x0, float64(p[0])), max(x1, float64(p[0]))
			y0, y1 = min(y0, float64(p[1])), max(y1, float64(p[1]))
		}
		return x1 - x0, y1 - y0, math.Pi * (x1 - x0) * (y1 - y0) / 4
	}
	t.Fatalf("no %s on the section", id)
	return 0, 0, 0
}

// TestCordSectionsTheirOwnLevel: each cord segment's section is drawn at
// its own measured widths (segments.json: Sherman 1990, Frostell 2016),
// so that C6's is wider than C2's and T6's by the measured ratios; and its
// ventral horns are larger at the enlargements (C6, L4) than above them
// (C2) and in the thoracic cord (T6), where they are slender.
func TestCordSectionsTheirOwnLevel(t *testing.T) {
	a, _ := build(t)
	type drawn struct{ w, d, horn float64 }
	at := map[string]drawn{}
	for _, id := range []string{"C2", "C6", "T6", "L4"} {
		l, err := geom.FindSectionLevel(a, id)
		if err != nil {
			t.Fatal(err)
		}
		ms := geom.Section(a, l.Z, nil)
		w, d, _ := span(t, ms, "section.face")
		_, _, horn := span(t, ms, "section.ventral_horn.L")
		at[id] = drawn{w, d, horn}
		lv, _ := anatomy.ParseLevel(id)
		seg := a.Segment(lv)
		if math.Abs(w-2*seg.RX) > 0.02*w || math.Abs(d-2*seg.RY) > 0.02*d {
			t.Errorf("%s is drawn %.2f × %.2f mm, want its measured %.2f × %.2f", id, w, d, 2*seg.RX, 2*seg.RY)
		}
	}
	for _, pair := range [][2]string{{"C6", "C2"}, {"C6", "T6"}} {
		big, small := pair[0], pair[1]
		lb, _ := anatomy.ParseLevel(big)
		ls, _ := anatomy.ParseLevel(small)
		want := a.Segment(lb).RX / a.Segment(ls).RX
		if got := at[big].w / at[small].w; got <= 1 || math.Abs(got-want) > 0.01 {
			t.Errorf("%s is drawn %.3f times as wide as %s, want the measured %.3f", big, got, small, want)
		}
	}
	for _, c := range []struct {
		big, small string
		ratio      float64
	}{{"C6", "C2", 1.15}, {"C6", "T6", 1.5}, {"L4", "T6", 1.5}} {
		if got := at[c.big].horn / at[c.small].horn; got < c.ratio {
			t.Errorf("the ventral horn at %s is drawn %.2f times the area of %s's, want %.2f or more", c.big, got, c.small, c.ratio)
		}
	}
}

// TestGreyMatterIsOneButterfly: at every cord segment the grey matter on
// the section is one shape (its triangles all joined), whose ventral horn
// holds every motor column the atlas puts at that segment, and which no
// descending tract's dot lies on (they run in the white matter); its
// dorsal horns reach back past three quarters of the cord's depth, and
// the lateral horn is named at T1-L2 only.
func TestGreyMatterIsOneButterfly(t *testing.T) {
	a, _ := build(t)
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		seg := a.Segment(l)
		z := (seg.Top + seg.Bottom) / 2
		ms := geom.Section(a, z, nil)
		var grey *geom.Mesh
		lateral := false
		for i := range ms {
			switch ms[i].ID {
			case "section.grey":
				grey = &ms[i]
			case "section.lateral_horn.L":
				lateral = true
			}
		}
		if grey == nil || len(grey.Indices) == 0 {
			t.Fatalf("%s: no grey matter on the section", l)
		}
		if pieces := joined(grey.Indices, len(grey.Positions)); pieces != 1 {
			t.Errorf("%s: the grey matter is %d separate pieces, want one", l, pieces)
		}
		inside := func(x, y float32) bool {
			for i := 0; i+2 < len(grey.Indices); i += 3 {
				p, q, r := grey.Positions[grey.Indices[i]], grey.Positions[grey.Indices[i+1]], grey.Positions[grey.Indices[i+2]]
				d1 := (q[0]-p[0])*(y-p[1]) - (q[1]-p[1])*(x-p[0])
				d2 := (r[0]-q[0])*(y-q[1]) - (r[1]-q[1])*(x-q[0])
				d3 := (p[0]-r[0])*(y-r[1]) - (p[1]-r[1])*(x-r[0])
				if (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0) {
					return true
				}
			}
			return false
		}
		for _, c := range a.Columns {
			for _, p := range c.Profiles {
				if l < p.First || l > p.Last {
					continue
				}
				for _, s := range []anatomy.Side{anatomy.Left, anatomy.Right} {
					at := a.CordPoint(l, c.At[0], c.At[1], s, z)
					if !inside(float32(at.X()), float32(at.Y())) || at.Y() <= seg.Y {
						t.Errorf("%s: motor column %s at %v lies outside the ventral horn drawn", l, c.ID, at)
					}
				}
			}
		}
		for _, tr := range a.Tracts {
			if tr.ByChannel || a.TractEnds(&tr, "") < l {
				continue
			}
			at := a.CordPoint(l, tr.At[0], tr.At[1], anatomy.Left, z)
			if inside(float32(at.X()), float32(at.Y())) {
				t.Errorf("%s: tract %s at %v lies in the grey matter", l, tr.ID, at)
			}
		}
		for _, c := range a.Channels {
			if c.Kind != "corticospinal" {
				continue
			}
			at := a.CordPoint(l, c.Lateral[0], c.Lateral[1], anatomy.Left, z)
			if inside(float32(at.X()), float32(at.Y())) {
				t.Errorf("%s: lateral corticospinal channel %s at %v lies in the grey matter", l, c.ID, at)
			}
		}
		back := math.Inf(1)
		for _, p := range grey.Positions {
			back = min(back, float64(p[1]))
		}
		if back > seg.Y-0.75*seg.RY {
			t.Errorf("%s: the dorsal horns reach back to y %.2f, want past %.2f", l, back, seg.Y-0.75*seg.RY)
		}
		if want := l >= 8 && l <= 21; lateral != want {
			t.Errorf("%s: lateral horn named %v, want %v (T1-L2)", l, lateral, want)
		}
	}
}

// joined returns how many separate pieces the triangles idx over n
// vertices make, triangles sharing a vertex being one piece.
func joined(idx []uint32, n int) int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	used := make([]bool, n)
	for i := 0; i+2 < len(idx); i += 3 {
		a, b, c := find(int(idx[i])), find(int(idx[i+1])), find(int(idx[i+2]))
		parent[b], parent[c] = a, a
		used[idx[i]], used[idx[i+1]], used[idx[i+2]] = true, true, true
	}
	roots := map[int]bool{}
	for i := range parent {
		if used[i] {
			roots[find(i)] = true
		}
	}
	return len(roots)
}
