package lesion_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
)

// TestCorticalSpheresTakeASurfaceShare: a cortical area is a patch of a
// sheet of grey matter a few millimetres thick, so a sphere centred on it
// destroys the share of the patch's surface it covers, (k)² for a sphere k
// times the area's radius; a brainstem centre, a body of cells, loses the
// share of its volume, (k)³. Checked for every area of umn.json on both
// sides.
func TestCorticalSpheresTakeASurfaceShare(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, ar := range a.Areas {
		for _, side := range []float64{-1, 1} {
			for _, k := range []float64{0.25, 0.5, 0.75} {
				site := fmt.Sprintf("point:%g,%g,%g,%g", side*math.Abs(ar.At[0]), ar.At[1], ar.At[2], k*ar.R)
				res := evaluate(t, lesion.Chronic, site)
				want := k * k
				if ar.Kind == "brainstem" {
					want = k * k * k
				}
				got := -1.0
				for _, d := range res.Destroyed {
					if d.Name == ar.ID+" neurons" && d.Side == map[float64]string{-1: "L", 1: "R"}[side] {
						got = d.Share
					}
				}
				if math.Abs(got-want) > 0.011 {
					t.Errorf("%s (%s area %s): destroyed %.2f of it, want %.2f", site, ar.Kind, ar.ID, got, want)
				}
			}
		}
	}
}

// TestSmallHandKnobInfarct: a cortical infarct about a centimetre across
// centred on the hand knob weakens the opposite hand alone (isolated hand
// paresis of small precentral infarcts), on either side.
func TestSmallHandKnobInfarct(t *testing.T) {
	a := testatlas.Atlas(t)
	var at [3]float64
	for _, ar := range a.Areas {
		if ar.ID == "hand" {
			at = [3]float64(ar.At)
		}
	}
	for _, c := range []struct {
		x    float64
		weak string
	}{{-math.Abs(at[0]), "R"}, {math.Abs(at[0]), "L"}} {
		res := evaluate(t, lesion.Chronic, fmt.Sprintf("point:%g,%g,%g,5", c.x, at[1], at[2]))
		if findDeficit(res, "hand", c.weak) == nil {
			t.Errorf("hand knob at x=%g: hand:%s not weak; got %s", c.x, c.weak, deficitsText(res))
		}
		for _, d := range res.Deficits {
			if d.Region != "hand" && d.Region != "wrist" || d.Side != c.weak {
				t.Errorf("hand knob at x=%g: %s:%s weak too", c.x, d.Region, d.Side)
			}
		}
	}
}
