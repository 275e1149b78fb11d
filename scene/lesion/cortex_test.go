package lesion_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
)

// TestCorticalSpheresTakeASurfaceShare: a cortical population is a patch
// of a sheet of grey matter a few millimetres thick whose neurons are
// densest at its centre (a Gaussian on the sheet, its radius at two
// standard deviations), so a sphere centred on it destroys the share of
// the population on the disc of sheet it covers, (1-exp(-2k²))/(1-exp(-2))
// for a sphere k times the population's radius; a brainstem centre, a body
// of cells, loses the share of its volume, (k)³. Checked on both sides for
// every area of umn.json, and for an area laid out on the sheet, for each
// muscle's hot spot in it: there a quarter of the muscle's neurons are
// concentrated so, the rest spread over its region's part of the strip
// (territory.go's spreadShare), so the share the spot reports, the
// muscle's, is a quarter of the formula's plus what the sphere takes of
// the spread neurons, which grows with the sphere.
func TestCorticalSpheresTakeASurfaceShare(t *testing.T) {
	a := testatlas.Atlas(t)
	type population struct {
		name, kind string
		at         [3]float64
		r          float64
	}
	var pops []population
	for _, ar := range a.Areas {
		if len(ar.Sheet) == 0 {
			pops = append(pops, population{ar.ID + " neurons", ar.Kind, ar.At, ar.R})
		}
		for _, sp := range ar.Sheet {
			pops = append(pops, population{ar.ID + " neurons for " + sp.Muscle, "spot", sp.At, sp.R})
		}
	}
	for _, p := range pops {
		for _, side := range []float64{-1, 1} {
			prev := 0.0
			for _, k := range []float64{0.25, 0.5, 0.75} {
				site := fmt.Sprintf("point:%g,%g,%g,%g", side*math.Abs(p.at[0]), p.at[1], p.at[2], k*p.r)
				res := evaluate(t, lesion.Chronic, site)
				want := (1 - math.Exp(-2*k*k)) / (1 - math.Exp(-2))
				if p.kind == "brainstem" {
					want = k * k * k
				}
				got := -1.0
				for _, d := range res.Destroyed {
					if d.Name == p.name && d.Side == map[float64]string{-1: "L", 1: "R"}[side] {
						got = d.Share
					}
				}
				if p.kind == "spot" {
					// The concentrated quarter as the formula, the
					// spread neurons in part, more for a larger sphere.
					const concentrated = 0.25
					if lo := concentrated * want; got < lo-0.011 || got > lo+1-concentrated+0.011 || got < prev {
						t.Errorf("%s (%s): destroyed %.2f of it, want %.2f plus a share of the spread neurons, more than %.2f", site, p.name, got, lo, prev)
					}
					prev = got
					continue
				}
				if math.Abs(got-want) > 0.011 {
					t.Errorf("%s (%s, %s): destroyed %.2f of it, want %.2f", site, p.kind, p.name, got, want)
				}
			}
		}
	}
}

// TestSheetAreaIsItsSpots: an area laid out on the sheet loses, as one
// population, the mean of what its muscles' hot spots lose: all of it to
// its named site, a share to a sphere over some of its spots (the
// result leaves out slivers below a percent, hence the tolerance).
func TestSheetAreaIsItsSpots(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, ar := range a.Areas {
		if len(ar.Sheet) == 0 {
			continue
		}
		sp := ar.Sheet[0]
		for _, site := range []string{
			fmt.Sprintf("point:%g,%g,%g,%g", sp.At[0], sp.At[1], sp.At[2], 2*sp.R),
		} {
			res := evaluate(t, lesion.Chronic, site)
			sum, whole := 0.0, -1.0
			for _, d := range res.Destroyed {
				if d.Side != "L" {
					continue
				}
				if strings.HasPrefix(d.Name, ar.ID+" neurons for ") {
					sum += d.Share
				}
				if d.Name == ar.ID+" neurons" {
					whole = d.Share
				}
			}
			if want := sum / float64(len(ar.Sheet)); math.Abs(whole-want) > 0.01 || whole <= 0 {
				t.Errorf("%s (area %s): the area lost %.3f, want its spots' mean %.3f", site, ar.ID, whole, want)
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
