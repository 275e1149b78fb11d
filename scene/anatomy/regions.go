package anatomy

import "strings"

// Regions lists the body regions the lesion contract reports, head to foot.
var Regions = [...]string{
	"upper_face", "lower_face", "jaw", "palate_pharynx_larynx", "scm", "trapezius", "tongue",
	"eye_adduction_elevation_depression", "eye_intorsion", "eye_abduction",
	"neck", "diaphragm", "shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand",
	"trunk", "hip", "knee", "ankle_foot", "bladder_bowel",
}

// regionNames names the regions whose ids do not read as words.
var regionNames = map[string]string{
	"palate_pharynx_larynx":              "palate, pharynx and larynx",
	"scm":                                "sternocleidomastoid",
	"eye_adduction_elevation_depression": "eye (oculomotor muscles)",
	"eye_intorsion":                      "eye (superior oblique)",
	"eye_abduction":                      "eye (lateral rectus)",
	"ankle_foot":                         "ankle and foot",
	"bladder_bowel":                      "bladder and bowel",
}

// RegionName returns a region's name as a student reads it on its own, in
// a list or a caption: "ankle and foot" for ankle_foot.
func RegionName(region string) string {
	if n, ok := regionNames[region]; ok {
		return n
	}
	return strings.ReplaceAll(region, "_", " ")
}

// MuscleSigns lists the signs a muscle's weakness may give, as muscles.json
// names them.
var MuscleSigns = []string{
	"bell_phenomenon", "hyperacusis", "jaw_deviation", "uvula_deviation", "tongue_deviation",
	"eye_down_and_out", "ptosis", "mydriasis", "esotropia", "scapular_winging",
	"ventilator_dependent", "wrist_drop", "foot_drop",
}

// ReflexKinds lists the kinds of reflex reflexes.json may name.
var ReflexKinds = []string{"deep", "superficial", "segmental", "plantar", "gag"}

// CordParts lists what a cord cut may name besides the spinal tracts.
const CordHorns = "horns"

// RegionIndex returns the position of region in Regions, or -1.
func RegionIndex(region string) int {
	for i, r := range Regions {
		if r == region {
			return i
		}
	}
	return -1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
