package say

// A summary names the weak regions of a side as a teacher would: the
// face, the arm or the leg where all of them are weak, else the parts.

// partWords names regions the way a teacher would in a sentence: the
// third-nerve eye muscle, not "eye (oculomotor muscles)" as a report's
// row names it (anatomy.RegionName).
var partWords = map[string]string{
	"jaw": "jaw", "palate_pharynx_larynx": "palate and throat", "tongue": "tongue",
	"scm": "sternocleidomastoid", "trapezius": "trapezius",
	"eye_adduction_elevation_depression": "third-nerve eye muscle", "eye_intorsion": "superior oblique",
	"eye_abduction": "lateral rectus", "neck": "neck", "diaphragm": "diaphragm",
	"shoulder": "shoulder", "elbow_flexion": "elbow flexion", "elbow_extension": "elbow extension",
	"wrist": "wrist", "hand": "hand", "trunk": "trunk",
	"hip": "hip", "knee": "knee", "ankle_foot": "foot", "bladder_bowel": "sphincter",
}

// Part names a region in a summary's sentence: "foot" for ankle_foot,
// "palate and throat", "sphincter" for bladder_bowel. The face's regions
// are said together (Face); "" for a region without words.
func Part(region string) string { return partWords[region] }

// Face names the weak part of the face, has telling the weak regions:
// "face" when both its halves are weak, else "upper face" or "lower
// face"; "" when neither is.
func Face(has func(string) bool) string {
	switch upper, lower := has("upper_face"), has("lower_face"); {
	case upper && lower:
		return "face"
	case lower:
		return "lower face"
	case upper:
		return "upper face"
	}
	return ""
}

// Arm appends to dst "arm" when all its regions are weak (has), else
// the weak ones' Part words, proximal to distal: a root or nerve lesion is
// named by what it weakens.
func Arm(dst []string, has func(string) bool) []string {
	return limb(dst, has, "arm", "shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand")
}

// Leg is Arm for the leg: "leg", or its weak parts among hip, knee and
// foot.
func Leg(dst []string, has func(string) bool) []string {
	return limb(dst, has, "leg", "hip", "knee", "ankle_foot")
}

// limb appends name when all of a limb's regions, parts, are weak, else
// the weak ones' words.
func limb(dst []string, has func(string) bool, name string, parts ...string) []string {
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
			dst = append(dst, partWords[p])
		}
	}
	return dst
}
