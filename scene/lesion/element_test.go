package lesion

import (
	"math"
	"testing"

	"github.com/go-gl/mathgl/mgl64"
)

// TestColumnShare: a sphere destroys the share of a thin column of cells
// that lies inside it, by length and cross-section.
func TestColumnShare(t *testing.T) {
	a, b := mgl64.Vec3{0, 0, 0}, mgl64.Vec3{0, 0, -13}
	const r = 0.8
	tests := []struct {
		name     string
		c        mgl64.Vec3
		rad      float64
		min, max float64
	}{
		{"sphere around the whole column", mgl64.Vec3{0, 0, -6.5}, 10, 1, 1},
		{"far away", mgl64.Vec3{20, 0, -6.5}, 5, 0, 0},
		{"beside it, out of reach", mgl64.Vec3{6, 0, -6.5}, 5, 0, 0},
		{"grazing the column's end by half a millimetre", mgl64.Vec3{0, 0, 6.5}, 7, 0.001, 0.05},
		{"taking the upper half, whole cross-section", mgl64.Vec3{0, 0, 0}, 6.5, 0.4, 0.5},
		{"a small sphere in the middle", mgl64.Vec3{0, 0, -6.5}, 2, 0.2, 0.31},
		{"touching its side", mgl64.Vec3{1.5, 0, -6.5}, 1, 0.001, 0.05},
	}
	for _, tc := range tests {
		got := columnShare(tc.c, tc.rad, a, b, r)
		if got < tc.min-1e-9 || got > tc.max+1e-9 || math.IsNaN(got) {
			t.Errorf("%s: share %.3f, want %.3f to %.3f", tc.name, got, tc.min, tc.max)
		}
	}
}
