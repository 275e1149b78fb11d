package lesion_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/go-gl/mathgl/mgl64"
)

// destroyedShare returns the share of the element named name on side that
// res destroyed, 0 when none.
func destroyedShare(res *lesion.Result, name, side string) float64 {
	for _, d := range res.Destroyed {
		if d.Name == name && d.Side == side {
			return d.Share
		}
	}
	return 0
}

// TestAccessoryRootletsLeaveAlongTheSegment: a segment's accessory rootlets
// leave the lateral cord along the whole segment, so a millimetre sphere in
// the lateral funiculus at one height cuts the few that leave there, not
// the segment's all; a sphere on their ascending trunk beside the cord, or
// one taking the whole cross-section, cuts them all. Checked at C1-C5 for
// both columns on both sides.
func TestAccessoryRootletsLeaveAlongTheSegment(t *testing.T) {
	a := testatlas.Atlas(t)
	for l := level(t, "C1"); l <= level(t, "C5"); l++ {
		seg := a.Segment(l)
		mid := (seg.Top + seg.Bottom) / 2
		segLen := seg.Top - seg.Bottom
		for _, col := range []string{"accessory_scm", "accessory_trapezius"} {
			c := a.Column(col)
			if c.ProfileAt(l) == nil {
				continue
			}
			name := fmt.Sprintf("%s rootlets at %s", col, l)
			for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
				sd := side.String()
				// Half way out through the lateral funiculus.
				out := a.CordPoint(l, (c.At[0]+1)/2, c.At[1]/2, side, mid)
				res := evaluate(t, lesion.Chronic, point(out, 1))
				// The sphere spans about 2(1 + 0.5) mm of the segment's
				// height, and grazes the trunk beside the cord.
				if got, max := destroyedShare(res, name, sd), 5/segLen; got <= 0 || got > max {
					t.Errorf("%s: %s:%s cut %.2f, want above 0 and at most %.2f", point(out, 1), name, sd, got, max)
				}
				whole := point(mgl64.Vec3{0, seg.Y, mid}, seg.RX+2)
				if got := destroyedShare(evaluate(t, lesion.Chronic, whole), name, sd); got < 0.99 {
					t.Errorf("%s: %s:%s cut %.2f, want all", whole, name, sd, got)
				}
			}
		}
	}
}
