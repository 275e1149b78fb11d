package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// movementWeakness returns how weak movement is on side in res, 0 where
// the result does not list it.
func movementWeakness(res *lesion.Result, movement, side string) float64 {
	for _, m := range res.Movements {
		if m.Movement == movement && m.Side == side {
			return m.Weakness
		}
	}
	return 0
}

// TestNerveMovements: a single nerve's palsy weakens each movement by the
// share of it that the nerve's muscles make, the helpers from other
// regions counted (muscles.json assists), as an examiner grades it. The
// bounds come from the muscles' tensions and moment arms (brand1981,
// lieber1992, gonzalez1997), not from the cases:
//
//   - wrist flexion is made by the FCU (ulnar), the FCR and palmaris
//     longus (median) and the long finger flexors that cross the wrist
//     (the superficialis median, the profundus half each): an ulnar palsy
//     leaves well over half of it, a high median palsy less than half,
//     and neither abolishes it;
//   - wrist extension, tested with the fist closed, is mostly the radial
//     extensors': a posterior interosseous palsy, which takes only the
//     ECU of the wrist's muscles, leaves it mildly weak (no wrist drop),
//     while a radial palsy in the spiral groove abolishes it;
//   - turning the arm out is mostly the infraspinatus's (suprascapular),
//     helped by the teres minor and the deltoid's posterior fibres
//     (axillary): a suprascapular palsy weakens it a good deal but does
//     not abolish it, an axillary palsy mildly; raising the arm sideways
//     is about two thirds the deltoid's, the rest the supraspinatus's;
//   - pressing the knees together is the obturator nerve's adductors'
//     and the hamstring part of the adductor magnus's (the sciatic
//     nerve's tibial division): an obturator palsy leaves a little of it,
//     a sciatic palsy takes a little;
//   - the movements a nerve alone supplies are lost whole: spreading the
//     fingers (ulnar), raising the thumb (median), straightening the
//     fingers (posterior interosseous).
func TestNerveMovements(t *testing.T) {
	for _, c := range []struct {
		site, movement string
		lo, hi         float64
	}{
		{"ulnar_nerve:L", "bending the wrist down", 0.3, 0.45},
		{"ulnar_nerve:L", "spreading the fingers", 0.97, 1},
		{"ulnar_nerve:L", "gripping with the fingers", 0.2, 0.5},
		{"median_nerve:L", "bending the wrist down", 0.5, 0.7},
		{"median_nerve:L", "raising the thumb from the palm", 0.97, 1},
		{"median_nerve:L", "gripping with the fingers", 0.5, 0.8},
		{"median_nerve.carpal_tunnel:L", "bending the wrist down", 0, 0},
		{"ulnar_nerve.wrist:L", "bending the wrist down", 0, 0},
		{"radial_nerve.posterior_interosseous:L", "cocking the wrist up", 0.1, 0.35},
		{"radial_nerve.posterior_interosseous:L", "straightening the fingers", 0.97, 1},
		{"radial_nerve.spiral_groove:L", "cocking the wrist up", 0.97, 1},
		{"radial_nerve.axilla:L", "straightening the elbow", 0.97, 1},
		{"radial_nerve.axilla:L", "bending the elbow", 0.1, 0.35},
		{"musculocutaneous_nerve:L", "bending the elbow", 0.7, 0.9},
		{"suprascapular_nerve:L", "turning the arm out", 0.5, 0.85},
		{"suprascapular_nerve:L", "raising the arm sideways", 0.2, 0.5},
		{"axillary_nerve:L", "raising the arm sideways", 0.5, 0.85},
		{"axillary_nerve:L", "turning the arm out", 0.15, 0.4},
		{"obturator_nerve:L", "pressing the knees together", 0.7, 0.9},
		{"sciatic_nerve:L", "pressing the knees together", 0.1, 0.35},
		{"common_peroneal_nerve:L", "pressing the knees together", 0, 0},
	} {
		res := evaluate(t, lesion.Chronic, c.site)
		got := movementWeakness(res, c.movement, "L")
		if got < c.lo || got > c.hi {
			t.Errorf("%s: %s %.2f, want %.2f–%.2f; got %s", c.site, c.movement, got, c.lo, c.hi, deficitsText(res))
		}
	}
	// The ulnar palsy's wrist is graded from its flexion, the median's
	// likewise: the median takes the more of it.
	ulnar := severity(evaluate(t, lesion.Chronic, "ulnar_nerve:L"), "wrist", "L")
	median := severity(evaluate(t, lesion.Chronic, "median_nerve:L"), "wrist", "L")
	if ulnar >= median {
		t.Errorf("wrist after an ulnar palsy %.2f, after a median palsy %.2f: want the ulnar's the less weak", ulnar, median)
	}
	// A posterior interosseous palsy leaves the wrist mild and without a
	// wrist drop.
	pin := evaluate(t, lesion.Chronic, "radial_nerve.posterior_interosseous:L")
	if g := words.GradeOf("wrist", severity(pin, "wrist", "L")); g.Word != "mild" {
		t.Errorf("posterior interosseous palsy: wrist %s, want mild", g)
	}
	if hasSign(pin, "wrist_drop") {
		t.Errorf("posterior interosseous palsy: wrist drop, want none")
	}
}
