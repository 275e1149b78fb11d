package lesion_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// TestSpeechFollowsTheBulbarGrades: speech is what the tongue, the palate
// and larynx and the lips of both sides can still do. With all of them
// severely weak on both sides the patient is mute (anarthria, given beside
// the contract's dysarthria, of which it is the worst degree, and read
// alone); with one side working, or the muscles only moderately weak,
// speech is slurred; with nothing bulbar weak it is normal. Derived from
// the grades, whatever the lesion is called.
func TestSpeechFollowsTheBulbarGrades(t *testing.T) {
	for _, c := range []struct {
		name       string
		sites      []string
		dysarthria bool
		anarthria  bool
	}{
		{"locked-in (basis pontis and both gaze centres)", []string{"basis_pontis.rostral:B", "pprf:B"}, true, true},
		{"both cerebral peduncles", []string{"cerebral_peduncle:B"}, true, true},
		{"both face areas (opercular)", []string{"precentral.face:B"}, true, true},
		{"progressive bulbar palsy (moderate)", []string{"disease.progressive_bulbar_palsy"}, true, false},
		{"one hypoglossal nerve", []string{"cn12:L"}, true, false},
		{"one internal capsule", []string{"internal_capsule.posterior_limb:L"}, false, false},
		{"both hypoglossal nerves (the palate and lips still work)", []string{"cn12:B"}, true, false},
		{"one hand area", []string{"precentral.hand:L"}, false, false},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		if got := hasSign(res, "dysarthria"); got != c.dysarthria {
			t.Errorf("%s: dysarthria %v, want %v (%s)", c.name, got, c.dysarthria, deficitsText(res))
		}
		if got := hasSign(res, "anarthria"); got != c.anarthria {
			t.Errorf("%s: anarthria %v, want %v (%s)", c.name, got, c.anarthria, deficitsText(res))
		}
		list := words.SignList(res.Signs)
		if c.anarthria && (!strings.Contains(list, "no speech (anarthria)") || strings.Contains(list, "slurred")) {
			t.Errorf("%s: signs read %q, want no speech and no slurred speech", c.name, list)
		}
	}
}

// TestBlinkingSparedOnlyWithAMildUpperFace: the locked-in patient blinks
// (ANATOMY.md 4.11), so the upper face the report grades beside it is at
// most mildly weak; and where the upper face is moderately weak or worse
// the report does not say the eyes still blink.
func TestBlinkingSparedOnlyWithAMildUpperFace(t *testing.T) {
	res := evaluate(t, lesion.Chronic, "basis_pontis.rostral:B", "pprf:B")
	for _, side := range bothSides {
		if s := severity(res, "upper_face", side); s >= 0.35 || s < 0.15 {
			t.Errorf("locked-in: upper_face:%s %.2f, want mild (0.15-0.35) beside blinking spared", side, s)
		}
	}
	for _, sites := range [][]string{
		{"basis_pontis.rostral:B", "pprf:B"},
		{"pprf:B", "cn7:B"},
		{"pprf:B", "cn7_nucleus:B"},
		{"pprf:B", "disease.progressive_bulbar_palsy"},
	} {
		res := evaluate(t, lesion.Chronic, sites...)
		if !hasSign(res, "blinking_spared") {
			continue
		}
		for _, side := range bothSides {
			if s := severity(res, "upper_face", side); s >= 0.35 {
				t.Errorf("%v: blinking spared with upper_face:%s %.2f", sites, side, s)
			}
		}
	}
}
