package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestNerveLesionSparesBranchesAboveIt: a nerve lesion weakens only the
// muscles whose branches leave the nerve below it (nerves.json: a nerve in
// pieces, each muscle passing the pieces down to its branch). A point on
// the median nerve at the wrist takes the thenar muscles and spares wrist
// and finger flexion with their jerk; the ulnar nerve at the wrist takes
// the interossei and spares flexor carpi ulnaris; the posterior
// interosseous nerve drops the fingers, not the wrist; the facial nerve at
// the stylomastoid foramen weakens the whole face without hyperacusis,
// the stapedius branch having left above it; the accessory nerve in the
// posterior triangle weakens the trapezius and spares the
// sternocleidomastoid, supplied higher up. Lesions higher up keep their
// whole picture.
func TestNerveLesionSparesBranchesAboveIt(t *testing.T) {
	type want struct {
		region, side string
		weak         bool
	}
	for _, c := range []struct {
		name     string
		sites    []string
		regions  []want
		signs    []string // present, "sign:side"
		noSigns  []string // absent, "sign" or "sign:side"
		noReflex string   // a reflex that must not be lost
	}{
		{"median nerve at the wrist (point)", []string{"point:-208,22,-760,4"},
			[]want{{"hand", "L", true}, {"wrist", "L", false}}, []string{"atrophy:L"}, nil, "finger_flexor"},
		{"carpal tunnel site", []string{"median_nerve.carpal_tunnel:L"},
			[]want{{"hand", "L", true}, {"wrist", "L", false}}, nil, nil, "finger_flexor"},
		{"median nerve above the elbow", []string{"median_nerve:L"},
			[]want{{"hand", "L", true}, {"wrist", "L", true}}, []string{"areflexia:L"}, nil, ""},
		{"ulnar nerve at the wrist (point)", []string{"point:-195,15,-760,4"},
			[]want{{"hand", "L", true}, {"wrist", "L", false}}, nil, nil, "finger_flexor"},
		{"ulnar nerve at the elbow", []string{"ulnar_nerve:L"},
			[]want{{"hand", "L", true}, {"wrist", "L", true}}, nil, nil, ""},
		{"posterior interosseous nerve (point in the forearm)", []string{"point:-210,-7.5,-575,3"},
			[]want{{"hand", "L", true}, {"elbow_flexion", "L", false}}, nil, []string{"wrist_drop"}, "brachioradialis"},
		{"posterior interosseous site", []string{"radial_nerve.posterior_interosseous:R"},
			[]want{{"hand", "R", true}, {"elbow_flexion", "R", false}}, nil, []string{"wrist_drop"}, "brachioradialis"},
		{"radial nerve at the spiral groove", []string{"radial_nerve.spiral_groove:L"},
			[]want{{"wrist", "L", true}, {"elbow_flexion", "L", true}}, []string{"wrist_drop:L"}, nil, ""},
		{"facial nerve at the stylomastoid foramen (point)", []string{"point:-44,-24,-60,2"},
			[]want{{"upper_face", "L", true}, {"lower_face", "L", true}}, []string{"bell_phenomenon:L"}, []string{"hyperacusis"}, ""},
		{"accessory nerve in the posterior triangle (point)", []string{"point:-55,-25,-130,3"},
			[]want{{"trapezius", "L", true}, {"scm", "L", false}}, []string{"scapular_winging:L"}, nil, ""},
		{"accessory nerve at the jugular foramen", []string{"cn11:L"},
			[]want{{"trapezius", "L", true}, {"scm", "L", true}}, nil, nil, ""},
		{"facial nerve in the cerebellopontine angle", []string{"cn7:L"},
			[]want{{"upper_face", "L", true}, {"lower_face", "L", true}}, []string{"hyperacusis:L"}, nil, ""},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		for _, w := range c.regions {
			if got := findDeficit(res, w.region, w.side) != nil; got != w.weak {
				t.Errorf("%s: %s %s weak %v, want %v (%s)", c.name, w.side, w.region, got, w.weak, deficitsText(res))
			}
		}
		for _, s := range c.signs {
			if !hasSignText(res, s) {
				t.Errorf("%s: no %s in %v", c.name, s, res.Signs)
			}
		}
		for _, s := range c.noSigns {
			if hasSign(res, s) {
				t.Errorf("%s: %s shown, want none (%v)", c.name, s, res.Signs)
			}
		}
		if c.noReflex != "" {
			for _, s := range res.Signs {
				for _, r := range s.Reflexes {
					if s.Sign == "areflexia" && r == c.noReflex {
						t.Errorf("%s: the %s jerk lost, but its arc leaves the nerve above the lesion", c.name, r)
					}
				}
			}
		}
	}
}

// hasSignText reports whether res shows the sign written "sign:side".
func hasSignText(res *lesion.Result, text string) bool {
	for _, s := range res.Signs {
		if s.Sign+":"+s.Side == text {
			return true
		}
	}
	return false
}
