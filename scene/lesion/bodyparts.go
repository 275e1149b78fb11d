package lesion

import "github.com/decussate/decussate/scene/anatomy"

// The summary names the weak regions of a side as a teacher would: the
// face, the arm or the leg where all of them are weak, else the parts.

// partWords names regions the way a teacher would in a sentence.
var partWords = map[string]string{
	"jaw": "jaw", "palate_pharynx_larynx": "palate and throat", "tongue": "tongue",
	"scm": "sternocleidomastoid", "trapezius": "trapezius",
	"eye_adduction_elevation_depression": "third-nerve eye muscle", "eye_intorsion": "superior oblique",
	"eye_abduction": "lateral rectus", "neck": "neck", "diaphragm": "diaphragm",
	"shoulder": "shoulder", "elbow_flexion": "elbow flexion", "elbow_extension": "elbow extension",
	"wrist": "wrist", "hand": "hand", "trunk": "trunk",
	"hip": "hip", "knee": "knee", "ankle_foot": "foot", "bladder_bowel": "sphincter",
}

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
// telling which), joining them into face, arm and leg where most of a
// limb is weak.
func bodyParts(has func(string) bool, n int) []string {
	if n == 0 {
		return nil
	}
	// No more parts than weak regions: each part names at least one.
	parts := make([]string, 0, n)
	switch {
	case has("upper_face") && has("lower_face"):
		parts = append(parts, "face")
	case has("lower_face"):
		parts = append(parts, "lower face")
	case has("upper_face"):
		parts = append(parts, "upper face")
	}
	for _, r := range []string{"jaw", "palate_pharynx_larynx", "tongue", "scm", "trapezius",
		"eye_adduction_elevation_depression", "eye_intorsion", "eye_abduction", "neck", "diaphragm"} {
		if has(r) {
			parts = append(parts, partWords[r])
		}
	}
	parts = appendLimb(parts, has, partWords, "arm", "shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand")
	if has("trunk") {
		parts = append(parts, "trunk")
	}
	parts = appendLimb(parts, has, partWords, "leg", "hip", "knee", "ankle_foot")
	if has("bladder_bowel") {
		parts = append(parts, partWords["bladder_bowel"])
	}
	return parts
}

// Limb returns name ("arm", "leg") when all of a limb's regions, parts, are
// weak, else the weak ones in words' terms: a root or nerve lesion is
// named by what it weakens. The engine's sentence and scene/words'
// summary name limbs alike, each over its own words.
func Limb(regions map[string]bool, words map[string]string, name string, parts ...string) []string {
	return appendLimb(nil, func(r string) bool { return regions[r] }, words, name, parts...)
}

// appendLimb appends Limb's words to dst, has telling the weak regions.
func appendLimb(dst []string, has func(string) bool, words map[string]string, name string, parts ...string) []string {
	weak := 0
	for _, p := range parts {
		if has(p) {
			weak++
		}
	}
	if weak == len(parts) {
		return append(dst, name)
	}
	for _, p := range parts {
		if has(p) {
			dst = append(dst, words[p])
		}
	}
	return dst
}

// sideIndex returns the index of side "L" or "R" in per-side arrays.
func sideIndex(side string) anatomy.Side {
	if side == "R" {
		return R
	}
	return L
}
