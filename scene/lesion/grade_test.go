package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestRegionGradedByItsWeakestMovement: a region is as weak as the
// weakest of the movements an examiner tests it by (muscles.json
// movement), so one movement lost shows though the region's other muscles
// are whole; a muscle no examiner grades alone barely counts.
func TestRegionGradedByItsWeakestMovement(t *testing.T) {
	for _, c := range []struct {
		name, site, region, side string
		lo, hi                   float64
	}{
		// Spreading the fingers (interossei, abductor digiti minimi) lost.
		{"ulnar nerve", "ulnar_nerve:L", "hand", "L", 0.7, 1},
		// Raising the thumb from the palm (abductor pollicis brevis) lost.
		{"median nerve", "median_nerve:L", "hand", "L", 0.7, 1},
		// Raising the arm sideways without the deltoid: the supraspinatus
		// alone.
		{"axillary nerve", "axillary_nerve:L", "shoulder", "L", 0.5, 0.8},
		// The serratus anterior is graded by the winged scapula, not as a
		// movement: only the region's mean.
		{"long thoracic nerve", "long_thoracic_nerve:R", "shoulder", "R", 0.15, 0.35},
		// The anconeus helps the triceps straighten the elbow: a tenth of it.
		{"radial nerve at the spiral groove", "radial_nerve.spiral_groove:L", "elbow_extension", "L", 0, 0},
		// The stylopharyngeus is tested by no movement of its own.
		{"glossopharyngeal nerve", "cn9:R", "palate_pharynx_larynx", "R", 0, 0},
		// A small infarct on one muscle's hot spot weakens its movement:
		// the thumb's at the lateral end of the hand area, the hip
		// abductors' and the great toe's on the paracentral lobule.
		{"the thumb's hot spot", "point:-51.3,1.7,50.2,3", "hand", "R", 0.35, 0.7},
		{"the hip abductors' hot spot", "point:-6.3,-40.7,75.5,3", "hip", "R", 0.35, 0.7},
		{"the great toe's hot spot", "point:-4.2,-23.6,50.7,3", "ankle_foot", "R", 0.35, 0.7},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := evaluate(t, lesion.Chronic, c.site)
			got := 0.0
			if d := findDeficit(res, c.region, c.side); d != nil {
				got = d.Severity
			}
			if got < c.lo || got > c.hi {
				t.Errorf("%s: %s:%s %.2f, want %.2f–%.2f; got %s", c.site, c.region, c.side, got, c.lo, c.hi, deficitsText(res))
			}
		})
	}
}
