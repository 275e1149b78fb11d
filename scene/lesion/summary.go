package lesion

import (
	"slices"
	"strings"
)

// partWords names regions the way a teacher would in a sentence.
var partWords = map[string]string{
	"jaw": "jaw", "palate_pharynx_larynx": "palate and throat", "tongue": "tongue",
	"scm": "sternocleidomastoid", "trapezius": "trapezius",
	"eye_adduction_elevation_depression": "eye (oculomotor muscle)", "eye_intorsion": "superior oblique",
	"eye_abduction": "lateral rectus", "neck": "neck", "diaphragm": "diaphragm",
	"shoulder": "shoulder", "elbow_flexion": "elbow flexion", "elbow_extension": "elbow extension",
	"wrist": "wrist", "hand": "hand", "trunk": "trunk",
	"hip": "hip", "knee": "knee", "ankle_foot": "foot", "bladder_bowel": "sphincter",
}

var typeWords = map[string]string{
	"UMN":   "upper motor neuron type",
	"LMN":   "lower motor neuron type",
	"mixed": "mixed upper and lower motor neuron type",
}

var sideWords = map[string]string{"L": "left", "R": "right", "B": "both"}

// bodyParts names a side's weak regions of one type, joining them into
// face, arm and leg where most of a limb is weak.
func bodyParts(regions map[string]bool) []string {
	var parts []string
	switch {
	case regions["upper_face"] && regions["lower_face"]:
		parts = append(parts, "face")
	case regions["lower_face"]:
		parts = append(parts, "lower face")
	case regions["upper_face"]:
		parts = append(parts, "upper face")
	}
	for _, r := range []string{"jaw", "palate_pharynx_larynx", "tongue", "scm", "trapezius",
		"eye_adduction_elevation_depression", "eye_intorsion", "eye_abduction", "neck", "diaphragm"} {
		if regions[r] {
			parts = append(parts, partWords[r])
		}
	}
	parts = append(parts, Limb(regions, partWords, "arm", "shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand")...)
	if regions["trunk"] {
		parts = append(parts, "trunk")
	}
	parts = append(parts, Limb(regions, partWords, "leg", "hip", "knee", "ankle_foot")...)
	if regions["bladder_bowel"] {
		parts = append(parts, partWords["bladder_bowel"])
	}
	return parts
}

// Limb returns name ("arm", "leg") when all of a limb's regions, parts, are
// weak, else the weak ones in words' terms: a root or nerve lesion is
// named by what it weakens. The engine's sentence and scene/words'
// summary name limbs alike, each over its own words.
func Limb(regions map[string]bool, words map[string]string, name string, parts ...string) []string {
	var weak []string
	for _, p := range parts {
		if regions[p] {
			weak = append(weak, words[p])
		}
	}
	if len(weak) == len(parts) {
		return []string{name}
	}
	return weak
}

// joinWords joins a list as "a, b and c".
func joinWords(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// summarize writes the one sentence a teacher would write under the case.
func summarize(res *Result) string {
	var clauses []string
	for _, kind := range []string{"LMN", "mixed", "UMN"} {
		per := map[string]map[string]bool{"L": {}, "R": {}}
		for _, d := range res.Deficits {
			if d.Type == kind {
				per[d.Side][d.Region] = true
			}
		}
		left, right := bodyParts(per["L"]), bodyParts(per["R"])
		if len(left) > 0 && strings.Join(left, ",") == strings.Join(right, ",") {
			clauses = append(clauses, "bilateral "+joinWords(left)+" weakness of "+typeWords[kind])
			continue
		}
		for _, side := range []string{"L", "R"} {
			if parts := bodyParts(per[side]); len(parts) > 0 {
				clauses = append(clauses, sideWords[side]+" "+joinWords(parts)+" weakness of "+typeWords[kind])
			}
		}
	}
	// One note per sign, naming both sides at once when both have it.
	var notes []string
	seen := map[string]int{}
	for _, s := range res.Signs {
		key := s.Sign + "/" + s.Toward
		if sacralLost(s) {
			key += "/sacral"
		}
		if i, ok := seen[key]; ok && s.Side != "" {
			notes[i] = signWords(Sign{Sign: s.Sign, Side: "B", Reflexes: s.Reflexes})
			continue
		}
		if w := signWords(s); w != "" {
			seen[key] = len(notes)
			notes = append(notes, w)
		}
	}
	var b strings.Builder
	if len(clauses) == 0 {
		b.WriteString("no weakness")
	} else {
		b.WriteString(strings.Join(clauses, "; "))
	}
	if len(notes) > 0 {
		b.WriteString(", ")
		b.WriteString(joinWords(notes))
	}
	b.WriteString(".")
	out := b.String()
	return strings.ToUpper(out[:1]) + out[1:]
}

// signWords names the signs worth a place in the summary sentence.
func signWords(s Sign) string {
	side, toward := sideWords[s.Side], sideWords[s.Toward]
	onSide := " on the " + side
	if s.Side == "B" {
		onSide = " on both sides"
	}
	switch s.Sign {
	case "forehead_sparing":
		return "forehead spared"
	case "babinski":
		return "Babinski sign" + onSide
	case "tongue_deviation":
		return "tongue deviating to the " + toward
	case "uvula_deviation":
		return "uvula pulled to the " + toward
	case "eye_down_and_out":
		return "eye down and out" + onSide
	case "ptosis":
		return "ptosis" + onSide
	case "mydriasis":
		return "dilated pupil" + onSide
	case "esotropia":
		return "eye turned in" + onSide
	case "scapular_winging":
		return "scapular winging" + onSide
	case "absent_gag":
		return "gag reflex lost" + onSide
	case "areflexia":
		if sacralLost(s) {
			return "bulbocavernosus reflex and anal wink lost" + onSide
		}
	case "horizontal_gaze_palsy":
		return "no gaze to the " + toward
	case "vertical_gaze_spared":
		// Blinking, spared with it, is left to the list of signs: the
		// summary names what tells the lesion's place.
		return "vertical gaze spared"
	case "ventilator_dependent":
		return "dependent on a ventilator"
	case "wrist_drop", "foot_drop":
		return strings.ReplaceAll(s.Sign, "_", " ") + onSide
	case "brisk_gag", "pseudobulbar_affect":
		return strings.ReplaceAll(s.Sign, "_", " ")
	case "spinal_shock_acute":
		return "in spinal shock"
	case "anarthria":
		return "anarthria"
	}
	return ""
}

// sacralLost reports whether s is the loss of the sacral reflexes, which
// marks a conus or cauda equina lesion (or spinal shock) and so earns a
// place in the summary.
func sacralLost(s Sign) bool {
	return s.Sign == "areflexia" && slices.Contains(s.Reflexes, "bulbocavernosus")
}
