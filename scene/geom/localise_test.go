package geom

import (
	"slices"
	"testing"
)

// TestSortMorton: the radix sort of localise's order gives the full sort's
// order when the triangle numbers come ascending (ties between equal codes
// then fall in triangle order either way), and falls back to the full sort
// when they do not.
func TestSortMorton(t *testing.T) {
	for _, c := range []struct {
		name      string
		n         int
		ascending bool
	}{
		{"empty", 0, true},
		{"one", 1, true},
		{"ties", 300, true},
		{"many", 5000, true},
		{"descending triangles", 700, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			order := make([]uint64, c.n)
			for i := range order {
				tri := uint64(i)
				if !c.ascending {
					tri = uint64(c.n - i)
				}
				// Few distinct codes, so that ties are common.
				code := uint64(i*2654435761) % (1 << 30) % 97
				order[i] = code<<34 | tri
			}
			want := slices.Clone(order)
			slices.Sort(want)
			sortMorton(order, c.ascending)
			if !slices.Equal(order, want) {
				t.Errorf("sortMorton's order differs from slices.Sort's")
			}
		})
	}
}
