package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestPlexusTrunksBelowTheRootsBranches: a trunk of the brachial plexus
// holds the same segments' fibres as their roots but lies below the roots'
// own branches: the long thoracic nerve (serratus anterior) and the
// phrenic's C5 share leave above it. So the upper trunk (Erb) weakens the
// shoulder and elbow flexion with the biceps and brachioradialis jerks lost
// and, unlike the C5 and C6 roots, no winged scapula, no diaphragm and no
// fasciculations (its axons are cut in a nerve, not at their cell bodies'
// roots); the lower trunk (Klumpke) weakens the hand and loses the finger
// flexor jerk. A point on the trunks behind the clavicle does the same.
func TestPlexusTrunksBelowTheRootsBranches(t *testing.T) {
	for _, c := range []struct {
		name    string
		sites   []string
		weak    []string // regions on the left
		spared  []string
		lost    string // a reflex lost on the left
		signs   []string
		noSigns []string
	}{
		{"upper trunk", []string{"brachial_plexus.upper_trunk:L"},
			[]string{"shoulder", "elbow_flexion"}, []string{"diaphragm", "hand", "elbow_extension"}, "biceps",
			[]string{"atrophy"}, []string{"scapular_winging", "fasciculations"}},
		{"C5 and C6 roots", []string{"ventral_root:L@C5", "ventral_root:L@C6"},
			[]string{"shoulder", "elbow_flexion", "diaphragm"}, []string{"hand"}, "biceps",
			[]string{"scapular_winging"}, nil},
		{"lower trunk", []string{"brachial_plexus.lower_trunk:L"},
			[]string{"hand"}, []string{"shoulder", "elbow_flexion", "diaphragm"}, "finger_flexor",
			[]string{"atrophy"}, []string{"fasciculations"}},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		for _, r := range c.weak {
			if d := findDeficit(res, r, "L"); d == nil || d.Type != "LMN" {
				t.Errorf("%s: left %s %+v, want weak of lower motor neuron type (%s)", c.name, r, d, deficitsText(res))
			}
		}
		for _, r := range c.spared {
			if findDeficit(res, r, "L") != nil {
				t.Errorf("%s: left %s weak, want spared (%s)", c.name, r, deficitsText(res))
			}
		}
		if findDeficit(res, "shoulder", "R") != nil || findDeficit(res, "hand", "R") != nil {
			t.Errorf("%s: the right arm weak (%s)", c.name, deficitsText(res))
		}
		lost := false
		for _, s := range res.Signs {
			for _, r := range s.Reflexes {
				lost = lost || (s.Sign == "areflexia" && s.Side == "L" && r == c.lost)
			}
		}
		if !lost {
			t.Errorf("%s: the left %s jerk kept, want it lost (%v)", c.name, c.lost, res.Signs)
		}
		for _, s := range c.signs {
			if !hasSign(res, s) {
				t.Errorf("%s: no %s (%v)", c.name, s, res.Signs)
			}
		}
		for _, s := range c.noSigns {
			if hasSign(res, s) {
				t.Errorf("%s: %s shown (%v)", c.name, s, res.Signs)
			}
		}
	}
}
