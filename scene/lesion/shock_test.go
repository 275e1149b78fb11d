package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// TestSpinalShockNeedsDeprivedMotorNeurons: spinal shock is the cord below
// an acute lesion losing the drive its motor neurons need (ANATOMY.md 3.5:
// flaccid areflexic paralysis below the lesion). The anterior
// corticospinal tract alone, whose loss leaves every muscle strong, does
// not shock the cord, at any of its levels, on either side; a lesion that
// paralyses below it does.
func TestSpinalShockNeedsDeprivedMotorNeurons(t *testing.T) {
	for l := anatomy.Level(0); l <= mustLevel(t, "T6"); l++ {
		for _, side := range []string{"L", "R", "B"} {
			site := "anterior_cst:" + side + "@" + l.String()
			res := evaluate(t, lesion.Acute, site)
			if findSign(res, "spinal_shock_acute", "", "") || findSign(res, "areflexia", "L", "") || findSign(res, "areflexia", "R", "") {
				t.Errorf("%s (acute): no muscle is weak, yet %s", site, signsText(res))
			}
		}
	}
	for _, site := range []string{"lateral_cst:L@T8", "lateral_cst:R@C4", "cord.hemisection:L@C5", "cord.hemisection:R@T10", "cord.transection@T6", "cord.anterior@T4", "cord.central@C5"} {
		res := evaluate(t, lesion.Acute, site)
		if !findSign(res, "spinal_shock_acute", "", "") {
			t.Errorf("%s (acute): want spinal shock; got %s", site, signsText(res))
		}
	}
}

// mustLevel parses a segment name.
func mustLevel(t *testing.T, s string) anatomy.Level {
	t.Helper()
	l, err := anatomy.ParseLevel(s)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
