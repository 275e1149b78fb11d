package geom

import (
	"testing"
)

// TestCapBandNeverFolds: a band inside outlines with sharp spikes, a
// gyrus narrower than the band and a hole keeps every triangle turned
// counter-clockwise, and still covers most of a plain square's edge.
func TestCapBandNeverFolds(t *testing.T) {
	for _, c := range []struct {
		name    string
		o       Outline
		minArea float64
	}{
		{"square", Outline{{0, 0}, {20, 0}, {20, 20}, {0, 20}}, 0.9 * (400 - 15.6*15.6)},
		{"spike", Outline{{0, 0}, {20, 0}, {10.5, 40}, {10, 1}, {9.5, 40}}, 1},
		{"narrow gyrus", Outline{{0, 0}, {30, 0}, {30, 10}, {16, 10}, {16, 30}, {14, 30}, {14, 10}, {0, 10}}, 1},
		{"hole", Outline{{0, 0}, {6, 0}, {3, 0.4}, {6, 6}, {0, 6}}.reversed(), 0},
	} {
		tris := capBand([]Outline{c.o}, cortexBandMM)
		area := 0.0
		for _, tr := range tris {
			a := cross2(tr[0], tr[1], tr[2])
			if a <= 0 {
				t.Errorf("%s: band triangle %v is folded (area %g)", c.name, tr, a/2)
			}
			area += float64(a) / 2
		}
		if area < c.minArea {
			t.Errorf("%s: the band covers %.1f mm², want at least %.1f", c.name, area, c.minArea)
		}
	}
}

// reversed returns o run the other way round (a hole's winding).
func (o Outline) reversed() Outline {
	out := make(Outline, len(o))
	for i, p := range o {
		out[len(o)-1-i] = p
	}
	return out
}
