package lesion_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestQuietLosses: a lesion that weakens nothing says what it took of
// each region's upper motor neurons and whether the other hemisphere
// drives the region too; a lesion that weakens, or takes no upper motor
// neurons, says nothing of the kind.
func TestQuietLosses(t *testing.T) {
	cases := []struct {
		name string
		site string
		// first is the first quiet loss wanted (region, side, hemisphere,
		// fibres, bilateral); "" wants none. lo and hi bound its share.
		first  string
		lo, hi float64
	}{
		{"a small sphere at the hand knob, too small to weaken the hand", "point:-38,-22,68,1.5",
			"hand R from L, neurons, one-sided", 0.02, 0.15},
		{"a sphere on the jaw and tongue area, driven from both hemispheres", "point:-62,1,24,3",
			"jaw B from L, neurons, bilateral", 0.2, 0.8},
		// A wider sphere there reaches the hip flexors' hot spot beside
		// the trunk's and weakens lifting the thigh.
		{"a sphere on the trunk area at the vertex", "point:-18,-24,75.5,3",
			"trunk R from L, neurons, bilateral", 0.3, 1},
		{"a sphere far from any motor structure", "point:60,60,60,5", "", 0, 0},
		{"a sphere on the hand knob that weakens the hand", "point:-38,-22,68,3", "", 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := evaluate(t, lesion.Chronic, c.site)
			if c.first == "" {
				if len(res.Quiet) > 0 {
					t.Errorf("quiet losses %+v, want none", res.Quiet)
				}
				return
			}
			if len(res.Deficits) > 0 {
				t.Fatalf("weakens %s, want nothing", deficitsText(res))
			}
			if len(res.Quiet) == 0 {
				t.Fatalf("no quiet loss, want %s", c.first)
			}
			q := res.Quiet[0]
			kind, driven := "neurons", "one-sided"
			if q.Fibres {
				kind = "fibres"
			}
			if q.Bilateral {
				driven = "bilateral"
			}
			got := fmt.Sprintf("%s %s from %s, %s, %s", q.Region, q.Side, q.Hemisphere, kind, driven)
			if got != c.first || q.Share < c.lo || q.Share > c.hi {
				t.Errorf("first quiet loss %s, share %.2f; want %s, share %.2f–%.2f", got, q.Share, c.first, c.lo, c.hi)
			}
			for i := 1; i < len(res.Quiet); i++ {
				if res.Quiet[i].Share > res.Quiet[i-1].Share {
					t.Errorf("quiet losses not largest first: %+v", res.Quiet)
				}
			}
		})
	}
}
