package lesion

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/words/say"
)

// regionSet is the body regions of one side weak with one kind of
// weakness, by their index in anatomy.Regions: the summary asks for them
// by name dozens of times a lesion, and a map of them would be made anew
// each time.
type regionSet struct {
	weak [len(anatomy.Regions)]bool
	n    int
}

// add puts region in the set.
func (rs *regionSet) add(region string) {
	if i := anatomy.RegionIndex(region); i >= 0 && !rs.weak[i] {
		rs.weak[i] = true
		rs.n++
	}
}

// has tells whether region is in the set.
func (rs *regionSet) has(region string) bool {
	i := anatomy.RegionIndex(region)
	return i >= 0 && rs.weak[i]
}

// bodyParts names a side's weak regions of one type (n of them, has
// telling which) in the words of package say, joining them into face, arm
// and leg where most of a limb is weak.
func bodyParts(has func(string) bool, n int) []string {
	if n == 0 {
		return nil
	}
	// No more parts than weak regions: each part names at least one.
	parts := make([]string, 0, n)
	if face := say.Face(has); face != "" {
		parts = append(parts, face)
	}
	for _, r := range []string{"jaw", "palate_pharynx_larynx", "tongue", "scm", "trapezius",
		"eye_adduction_elevation_depression", "eye_intorsion", "eye_abduction", "neck", "diaphragm"} {
		if has(r) {
			parts = append(parts, say.Part(r))
		}
	}
	parts = say.Arm(parts, has)
	if has("trunk") {
		parts = append(parts, say.Part("trunk"))
	}
	parts = say.Leg(parts, has)
	if has("bladder_bowel") {
		parts = append(parts, say.Part("bladder_bowel"))
	}
	return parts
}

// sideIndex returns the index of side "L" or "R" in per-side arrays.
func sideIndex(side string) anatomy.Side {
	if side == "R" {
		return R
	}
	return L
}
