package lesion_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
)

// TestParacentralBladder: each paracentral lobule holds a bladder area
// whose fibres reach the sacral centres of both sides, so one hemisphere's
// lesion leaves the patient continent, while both lobules lost (bilateral
// anterior cerebral infarcts, a parasagittal falx meningioma pressing on
// both) give urgency and urge incontinence of upper motor neuron type with
// the spastic legs.
func TestParacentralBladder(t *testing.T) {
	a := testatlas.Atlas(t)
	bladder := a.Area("bladder").At
	leg := a.Area("leg").At
	// A parasagittal mass between the two bladder and leg areas.
	falx := fmt.Sprintf("point:0,%g,%g,10", (bladder[1]+leg[1])/2, (bladder[2]+leg[2])/2)
	for _, c := range []struct {
		sites  []string
		weak   bool
		lo, hi float64
	}{
		{[]string{"precentral.leg:B"}, true, 0.35, 0.7},
		{[]string{"precentral.leg:L", "precentral.leg:R"}, true, 0.35, 0.7},
		{[]string{falx}, true, 0.15, 0.7},
		{[]string{"precentral.leg:L"}, false, 0, 0},
		{[]string{"precentral.leg:R"}, false, 0, 0},
		{[]string{"internal_capsule.posterior_limb:L"}, false, 0, 0},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		for _, side := range []string{"L", "R"} {
			d := findDeficit(res, "bladder_bowel", side)
			switch {
			case !c.weak && d != nil:
				t.Errorf("%v: bladder_bowel:%s %s %.2f, want continent", c.sites, side, d.Type, d.Severity)
			case c.weak && d == nil:
				t.Errorf("%v: bladder_bowel:%s spared, want urge incontinence; got %s", c.sites, side, deficitsText(res))
			case c.weak && (d.Type != "UMN" || d.Severity < c.lo || d.Severity > c.hi):
				t.Errorf("%v: bladder_bowel:%s %s %.2f, want UMN %.2f-%.2f", c.sites, side, d.Type, d.Severity, c.lo, c.hi)
			}
		}
	}
}
