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
