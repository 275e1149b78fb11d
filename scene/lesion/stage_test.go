package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestALSStageSpeaksAndBreathes: the ALS site is the established disease
// (sites.json): every region moderately weak of mixed type, the diaphragm
// weak but breathing unaided, and speech slurred, not lost. Anarthria, like
// ventilator dependence, is end-stage bulbar disease; a bilateral
// corticobulbar section (the locked-in state, both genua) is mute.
func TestALSStageSpeaksAndBreathes(t *testing.T) {
	for _, c := range []struct {
		name       string
		sites      []string
		dysarthria bool
		anarthria  bool
		ventilator bool
	}{
		{"ALS (established)", []string{"disease.als"}, true, false, false},
		{"locked-in", []string{"basis_pontis.rostral:B", "pprf:B"}, true, true, false},
		{"both genua cut", []string{"internal_capsule.genu:B"}, true, true, false},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		for sign, want := range map[string]bool{"dysarthria": c.dysarthria, "anarthria": c.anarthria, "ventilator_dependent": c.ventilator} {
			if got := hasSign(res, sign); got != want {
				t.Errorf("%s: %s %v, want %v (%s)", c.name, sign, got, want, deficitsText(res))
			}
		}
	}
	res := evaluate(t, lesion.Chronic, "disease.als")
	for _, d := range res.Deficits {
		if d.Type != "mixed" && d.Region != "diaphragm" {
			t.Errorf("ALS %s %s is %s, want mixed", d.Side, d.Region, d.Type)
		}
		if d.Severity > 0.75 {
			t.Errorf("ALS %s %s severity %.2f: the established stage is not paralysed anywhere", d.Side, d.Region, d.Severity)
		}
	}
}

// TestLockedInUpperFaceMild: with the corticobulbar fibres cut on both
// sides in the basis pontis, the upper face loses every cortical input
// (the other hemisphere's too) yet stays only mildly weak: its motor
// neurons, in the tegmentum behind the lesion, keep their brainstem drive
// (blink reflexes, the emotional motor system), so the eyes still close and
// blink (ANATOMY.md 4.11; Patterson and Grabois 1986). The lids still rise
// and the eyes look up and down (oculomotor, midbrain): no ptosis.
func TestLockedInUpperFaceMild(t *testing.T) {
	res := evaluate(t, lesion.Chronic, "basis_pontis.rostral:B", "pprf:B")
	for _, side := range []string{"L", "R"} {
		up, low := findDeficit(res, "upper_face", side), findDeficit(res, "lower_face", side)
		if up == nil || up.Type != "UMN" || up.Severity >= 0.35 {
			t.Errorf("locked-in %s upper face %+v, want mild (below 0.35) of upper motor neuron type", side, up)
		}
		if low == nil || low.Severity <= 0.7 {
			t.Errorf("locked-in %s lower face %+v, want severe", side, low)
		}
		if findDeficit(res, "eye_adduction_elevation_depression", side) != nil {
			t.Errorf("locked-in: %s oculomotor muscles weak (%s)", side, deficitsText(res))
		}
	}
	for _, s := range []string{"ptosis", "ventilator_dependent"} {
		if hasSign(res, s) {
			t.Errorf("locked-in shows %s", s)
		}
	}
	for _, s := range []string{"vertical_gaze_spared", "blinking_spared"} {
		if !hasSign(res, s) {
			t.Errorf("locked-in lacks %s", s)
		}
	}
}
