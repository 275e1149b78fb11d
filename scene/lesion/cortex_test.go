package lesion_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
)

// TestCorticalSpheresTakeASurfaceShare: a cortical area is a patch of a
// sheet of grey matter a few millimetres thick whose neurons are densest at
// its centre (a Gaussian on the sheet, its radius at two standard
// deviations), so a sphere centred on it destroys the share of the
// population on the disc of sheet it covers, (1-exp(-2k²))/(1-exp(-2)) for
// a sphere k times the area's radius; a brainstem centre, a body of cells,
// loses the share of its volume, (k)³. Checked for every area of umn.json
// on both sides.
func TestCorticalSpheresTakeASurfaceShare(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, ar := range a.Areas {
		for _, side := range []float64{-1, 1} {
			for _, k := range []float64{0.25, 0.5, 0.75} {
				site := fmt.Sprintf("point:%g,%g,%g,%g", side*math.Abs(ar.At[0]), ar.At[1], ar.At[2], k*ar.R)
				res := evaluate(t, lesion.Chronic, site)
				want := (1 - math.Exp(-2*k*k)) / (1 - math.Exp(-2))
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

// TestSmallCorticalInfarctSeverity: an infarct about a centimetre across
// centred on a limb's area takes most of its corticospinal neurons and
// gives the clear, usually moderate, weakness of the opposite hand or foot
// that small precentral infarcts give (Kim 2001; Peters et al. 2009): not
// a mild one, and not the paralysis of a lesion that takes the whole area.
func TestSmallCorticalInfarctSeverity(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, c := range []struct {
		area, region string
		r            float64
		lo, hi       float64
	}{
		{"hand", "hand", 5, 0.35, 0.7},
		{"leg", "ankle_foot", 5, 0.35, 0.7},
		{"hand", "hand", 2.5, 0, 0.35},
	} {
		at := a.Area(c.area).At
		for _, side := range []float64{-1, 1} {
			weak := map[float64]string{-1: "R", 1: "L"}[side]
			res := evaluate(t, lesion.Chronic, fmt.Sprintf("point:%g,%g,%g,%g", side*math.Abs(at[0]), at[1], at[2], c.r))
			got := severity(res, c.region, weak)
			if got < c.lo || got > c.hi {
				t.Errorf("%g mm sphere on the %s area (x %g): %s:%s %.2f, want %.2f-%.2f; got %s",
					c.r, c.area, side*math.Abs(at[0]), c.region, weak, got, c.lo, c.hi, deficitsText(res))
			}
		}
	}
}
