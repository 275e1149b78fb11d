package lesion_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
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

// TestSpinalShockFollowsSeverity: along the cord above the sacral segments,
// a millimetre sphere in one lateral column, which leaves every region at most mildly
// weak, does not shock the cord (nor abolish the other side's sacral
// reflexes); a sphere taking the whole cross-section does.
func TestSpinalShockFollowsSeverity(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, seg := range a.Segments {
		z := (seg.Top + seg.Bottom) / 2
		sacral := seg.ID[0] == 'S' || seg.ID == "Co1"
		for _, x := range []float64{-0.75 * seg.RX, 0.75 * seg.RX} {
			if sacral {
				break // a few millimetres across: a millimetre is no longer small
			}
			site := fmt.Sprintf("point:%.2f,%.2f,%.2f,1", x, seg.Y, z)
			res := evaluate(t, lesion.Acute, site)
			severe := false
			for _, d := range res.Deficits {
				severe = severe || d.Severity >= 0.5
			}
			if !severe && findSign(res, "spinal_shock_acute", "", "") {
				t.Errorf("%s (%s, acute): spinal shock with at most mild weakness; got %s %s", site, seg.ID, deficitsText(res), signsText(res))
			}
		}
		if sacral {
			continue
		}
		site := fmt.Sprintf("point:0,%.2f,%.2f,%.2f", seg.Y, z, seg.RX+2)
		if res := evaluate(t, lesion.Acute, site); !findSign(res, "spinal_shock_acute", "", "") {
			t.Errorf("%s (%s, acute): a whole-cord sphere without spinal shock; got %s", site, seg.ID, signsText(res))
		}
	}
}
