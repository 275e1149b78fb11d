package lesion

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// TestRankIsStable checks both of rank's sorts against sort.SliceStable:
// keys of shares and weaknesses (counting sort), and keys out of their
// range (the library's stable sort), with many ties.
func TestRankIsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 200 {
		n := rng.IntN(300)
		span := 1 + rng.IntN(101)
		var rk ranking
		for i := range n {
			c := rng.IntN(span)
			if trial%3 == 0 {
				c = rng.IntN(2000) - 500
			}
			rk.r = append(rk.r, ranked{cents: c, i: int32(i)})
		}
		want := append([]ranked(nil), rk.r...)
		sort.SliceStable(want, func(i, j int) bool { return want[i].cents > want[j].cents })
		rk.rank()
		for k := range want {
			if rk.r[k] != want[k] {
				t.Fatalf("trial %d: entry %d is %+v, want %+v", trial, k, rk.r[k], want[k])
			}
		}
	}
}
