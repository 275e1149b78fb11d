package words

import (
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/words/say"
)

// Side names a side: "left", "right", "both" for B (or M, the midline).
func Side(side string) string {
	if w := say.Side(side); w != "" {
		return w
	}
	return "both"
}

// pairs are the regions that read best as a pair when both sides are
// weak: "both hands".
var pairs = map[string]string{
	"shoulder": "shoulders", "wrist": "wrists", "hand": "hands", "hip": "hips", "knee": "knees",
	"ankle_foot":                         "ankles and feet",
	"eye_adduction_elevation_depression": "eyes (oculomotor muscles)",
	"eye_intorsion":                      "eyes (superior oblique)",
	"eye_abduction":                      "eyes (lateral rectus)",
}

// unsided are the regions that read better with the side after them.
var unsided = map[string]bool{"palate_pharynx_larynx": true, "bladder_bowel": true, "diaphragm": true, "trunk": true, "tongue": true}

// Region names a region with its side: "right shoulder", "both hands",
// "palate, pharynx and larynx on the left". side is L, R, or B (both).
func Region(region, side string) string {
	name := anatomy.RegionName(region)
	switch {
	case side != "L" && side != "R" && pairs[region] != "":
		return "both " + pairs[region]
	case side != "L" && side != "R":
		return name + " on both sides"
	case unsided[region]:
		return name + " on the " + say.Side(side)
	}
	return say.Side(side) + " " + name
}

// Capital returns s with its first letter upper case.
func Capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// plain turns an id nobody wrote words for into words, the last resort
// that keeps underscores off the screen.
func plain(id string) string {
	return strings.ReplaceAll(strings.ReplaceAll(id, "_", " "), ".", " ")
}
