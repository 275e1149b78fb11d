package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// proximal are the regions whose power the reticulospinal drive keeps in
// part when the corticospinal tracts alone are lost.
var proximal = []string{"shoulder", "elbow_flexion", "elbow_extension", "hip", "knee"}

// TestBilateralLesionsAboveTheReticularFormation: the reticulospinal
// neurons take their voluntary command from both cortices through
// corticoreticular fibres that run with the corticospinal ones down to the
// pons (umn.json reticular, cortical). A lesion cutting them on both sides
// above the reticular formation (both halves of the basis pontis: the
// locked-in state; both crura, both capsules) leaves no route from either
// cortex to the proximal motor neurons: shoulders, elbows, hips and knees
// are MRC 0 or 1 in both phases, as the hands, with the neck and shoulder
// girdle, and the patient is anarthric. Both pyramids, below the point
// where the corticoreticular fibres leave, keep the reticulospinal drive:
// the proximal muscles stay partly strong (MRC 2 to 3) while the hands are
// plegic, as after the rare pure pyramidal lesions (ANATOMY.md 4.15). One
// side's lesion at any level leaves the other side's fibres, which
// suffice: its relative proximal sparing stands.
func TestBilateralLesionsAboveTheReticularFormation(t *testing.T) {
	mrc := func(res *lesion.Result, region, side string) int {
		return words.GradeOf(region, severity(res, region, side)).MRC
	}
	for _, sites := range [][]string{
		{"basis_pontis.rostral:B", "pprf:B"}, // locked-in
		{"basis_pontis.rostral:B"},
		{"basis_pontis.caudal:B"},
		{"cerebral_peduncle:B"},
		{"internal_capsule.posterior_limb:B"},
		{"corona_radiata:B"},
	} {
		for _, ph := range phases {
			res := evaluate(t, ph, sites...)
			for _, side := range bothSides {
				for _, region := range append([]string{"hand", "neck", "trapezius"}, proximal...) {
					if g := mrc(res, region, side); g > 1 {
						t.Errorf("%v (%s): %s:%s MRC %d/5 (%s), want 0 or 1: no route is left from either cortex", sites, ph, region, side, g, deficitsText(res))
					}
				}
				for _, region := range []string{"palate_pharynx_larynx", "tongue"} {
					if sites[0] != "basis_pontis.caudal:B" && severity(res, region, side) < 0.85 {
						t.Errorf("%v (%s): %s:%s %.2f, want anarthria (severe)", sites, ph, region, side, severity(res, region, side))
					}
				}
			}
		}
	}
	// Locked-in: the eyes still look up and down and blink, and look
	// neither left nor right.
	res := evaluate(t, lesion.Chronic, "basis_pontis.rostral:B", "pprf:B")
	for _, sign := range []string{"vertical_gaze_spared", "blinking_spared", "dysarthria"} {
		if !hasSign(res, sign) {
			t.Errorf("locked-in: no %s", sign)
		}
	}
	for _, side := range bothSides {
		if !findSign(res, "horizontal_gaze_palsy", ">"+side, "") {
			t.Errorf("locked-in: gaze toward %s kept, want lost", side)
		}
	}
	for _, ph := range phases {
		for _, sites := range [][]string{{"pyramid:B"}} {
			res := evaluate(t, ph, sites...)
			for _, side := range bothSides {
				if g := mrc(res, "hand", side); g > 1 {
					t.Errorf("%v (%s): hand:%s MRC %d/5, want plegic", sites, ph, side, g)
				}
				for _, region := range []string{"shoulder", "elbow_flexion"} {
					if g := mrc(res, region, side); g < 2 {
						t.Errorf("%v (%s): %s:%s MRC %d/5, want the reticulospinal drive to keep 2 or more (%s)", sites, ph, region, side, g, deficitsText(res))
					}
				}
			}
		}
	}
	// One side, at every level: the proximal muscles weaker than none,
	// but less weak than the hand, and the neck and trunk spared.
	for _, sites := range [][]string{
		{"internal_capsule.posterior_limb:L"}, {"cerebral_peduncle:L", "cn3:L"}, {"basis_pontis.rostral:L"}, {"pyramid:L"},
	} {
		for _, ph := range phases {
			res := evaluate(t, ph, sites...)
			hand := severity(res, "hand", "R")
			for _, region := range []string{"shoulder", "elbow_flexion"} {
				if sev := severity(res, region, "R"); sev >= hand || sev >= 0.85 {
					t.Errorf("%v (%s): %s:R %.2f beside hand:R %.2f, want the proximal arm relatively spared", sites, ph, region, sev, hand)
				}
			}
			for _, region := range []string{"neck", "trunk"} {
				for _, side := range bothSides {
					if sev := severity(res, region, side); sev >= 0.35 {
						t.Errorf("%v (%s): %s:%s %.2f, want the axial muscles spared", sites, ph, region, side, sev)
					}
				}
			}
		}
	}
}
