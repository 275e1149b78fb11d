package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// superficialReflexes are the reflexes that a corticospinal lesion abolishes
// rather than makes brisk (ANATOMY.md 3.5: "loss of superficial abdominal
// reflexes" is an upper motor neuron sign).
var superficialReflexes = []string{"abdominal_upper", "abdominal_lower", "cremasteric"}

// TestSuperficialReflexesAboveTheDecussation: a lesion of the whole
// corticospinal tract above the decussation abolishes the abdominal and
// cremasteric reflexes on the hemiplegic side and keeps them on the other;
// a bilateral one abolishes them on both sides.
func TestSuperficialReflexesAboveTheDecussation(t *testing.T) {
	for _, phase := range []lesion.Phase{lesion.Chronic, lesion.Acute} {
		for _, side := range bothSides {
			other := otherSide(side)
			for _, site := range []string{"corona_radiata", "internal_capsule.posterior_limb", "cerebral_peduncle", "basis_pontis.rostral", "basis_pontis.caudal", "pyramid", "precentral"} {
				res := evaluate(t, phase, site+":"+side)
				for _, r := range superficialReflexes {
					if !findSign(res, "areflexia", other, r) {
						t.Errorf("%s:%s (%s): %s kept on the hemiplegic side %s; got %s", site, side, phase, r, other, signsText(res))
					}
					if findSign(res, "areflexia", side, r) {
						t.Errorf("%s:%s (%s): %s lost on the lesion's side; got %s", site, side, phase, r, signsText(res))
					}
				}
			}
		}
		for _, sites := range [][]string{{"pyramid:B"}, {"internal_capsule.posterior_limb:B"}, {"cerebral_peduncle:B"}, {"disease.pls"}} {
			res := evaluate(t, phase, sites...)
			for _, side := range bothSides {
				for _, r := range superficialReflexes {
					if !findSign(res, "areflexia", side, r) {
						t.Errorf("%v (%s): %s kept on %s; got %s", sites, phase, r, side, signsText(res))
					}
				}
			}
		}
	}
}

// TestSuperficialReflexesBelowACordLesion: after a transection or a lateral
// corticospinal tract lesion, a superficial reflex is lost when most of its
// arc (reflexes.json) lies at or below the level (destroyed or cut off from
// the cortex) and kept when most lies above; the stretch reflexes of the
// segments below are brisk instead.
func TestSuperficialReflexesBelowACordLesion(t *testing.T) {
	a := testatlas.Atlas(t)
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		if l.String()[0] != 'T' && l.String()[0] != 'L' {
			continue
		}
		for _, site := range []string{"cord.transection@" + l.String(), "cord.hemisection:L@" + l.String()} {
			res := evaluate(t, lesion.Chronic, site)
			for _, rf := range a.Reflexes {
				if rf.Kind != "superficial" {
					continue
				}
				below := 0.0
				for _, sh := range rf.Arc {
					if sh.Level >= l {
						below += sh.W
					}
				}
				if below > 0.4 && below < 0.6 {
					continue // half above and half below: either answer
				}
				want := below >= 0.6
				if got := findSign(res, "areflexia", "L", rf.ID); got != want {
					t.Errorf("%s: %s lost %v, want %v (%.2f of its arc at or below); got %s", site, rf.ID, got, want, below, signsText(res))
				}
			}
		}
	}
}
