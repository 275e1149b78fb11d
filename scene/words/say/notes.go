package say

import (
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/words/list"
)

// Register is how a summary says a sign that has an examiner's name: the
// engine's sentence, read on its own, says what the student sees ("ring
// and little fingers clawed"); the report's, over its list of signs that
// says each in full, the name the examiner writes ("ulnar claw").
type Register int

// The registers of Note.
const (
	// Seen says what is seen, in plain words.
	Seen Register = iota
	// Named says the examiner's name for it.
	Named
)

// Note names a sign worth a place in a summary, briefly, or "" for a
// sign a summary leaves to the list of signs. side is the sign's side
// (L, R, B), toward its direction (L, R, or B for a gaze palsy to both
// sides), reflexes the reflexes it names. Besides the engine's signs it
// says the report's joined ones: vertical_gaze_and_blinking_spared and a
// gaze palsy joined to what it spares with "+".
func Note(sign, side, toward string, reflexes []string, r Register) string {
	on := OnSide(side)
	switch sign {
	case "forehead_sparing":
		return "forehead spared"
	case "babinski":
		return "Babinski sign" + on
	case "tongue_deviation":
		return "tongue deviating" + To(toward)
	case "uvula_deviation":
		return "uvula pulled" + To(toward)
	case "eye_down_and_out":
		return "eye down and out" + on
	case "ptosis":
		return "ptosis" + on
	case "mydriasis":
		return "dilated pupil" + on
	case "esotropia":
		return "eye turned in" + on
	case "scapular_winging":
		return "scapular winging" + on
	case "absent_gag":
		return "gag reflex lost" + on
	case "areflexia":
		// "knee and ankle jerks, bulbocavernosus reflex and anal wink
		// lost": the sacral pair joins the jerks as one list.
		var lost []string
		if jerks := TendonJerks(reflexes); jerks != "" {
			lost = append(lost, jerks)
		}
		if slices.Contains(reflexes, "bulbocavernosus") {
			lost = append(lost, "bulbocavernosus reflex and anal wink")
		}
		if len(lost) > 0 {
			return strings.Join(lost, ", ") + " lost" + on
		}
	case "horizontal_gaze_palsy":
		if toward == "B" {
			return "no horizontal gaze to either side"
		}
		return "no gaze" + To(toward)
	case "vertical_gaze_spared":
		// Blinking, spared with it, is left to the list of signs: a
		// summary names what tells the lesion's place.
		return "vertical gaze spared"
	case "vertical_gaze_and_blinking_spared":
		return "vertical gaze and blinking spared"
	case "horizontal_gaze_palsy+vertical_gaze_spared":
		return "no horizontal gaze, vertical gaze spared"
	case "horizontal_gaze_palsy+vertical_gaze_and_blinking_spared":
		return "no horizontal gaze, vertical gaze and blinking spared"
	case "ventilator_dependent":
		return "dependent on a ventilator"
	case "orthopnoea":
		return "breathless lying flat"
	case "ulnar_claw":
		if r == Named {
			return "ulnar claw" + on
		}
		return "ring and little fingers clawed" + on
	case "claw_hand":
		if r == Named {
			return "claw hand" + on
		}
		return "clawed hand" + on
	case "hand_of_benediction":
		if r == Named {
			return "hand of benediction on making a fist" + on
		}
		return "index and middle fingers left straight in a fist" + on
	case "wrist_drop":
		return "wrist drop" + on
	case "foot_drop":
		return "foot drop" + on
	case "brisk_gag":
		return "brisk gag"
	case "pseudobulbar_affect":
		return "pseudobulbar affect"
	case "spinal_shock_acute":
		return "in spinal shock"
	case "anarthria":
		// The plain words first in both registers: "anarthria" alone,
		// as the engine's sentence had it, tells a student nothing.
		return "no speech (anarthria)"
	}
	return ""
}

// jerkWords name the tendon jerks an examiner taps, whose loss with the
// weakness tells the segment or nerve: the ankle jerk's an S1 root. The
// finger flexor jerk, seldom tapped, is left to the list of signs.
var jerkWords = map[string]string{
	"jaw_jerk": "jaw", "biceps": "biceps", "brachioradialis": "brachioradialis", "triceps": "triceps",
	"patellar": "knee", "ankle": "ankle",
}

// TendonJerk reports whether reflex is a tendon jerk a summary names
// (TendonJerks).
func TendonJerk(reflex string) bool { return jerkWords[reflex] != "" }

// TendonJerks names the tendon jerks an examiner taps among reflexes
// ("knee and ankle jerks"), or "": their loss beside a weakness tells the
// root or nerve (the ankle jerk's an S1 root). The superficial (abdominal,
// cremasteric), sacral and finger flexor reflexes are left to the list of
// signs.
func TendonJerks(reflexes []string) string {
	var names []string
	for _, r := range reflexes {
		if w, ok := jerkWords[r]; ok {
			names = append(names, w)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0] + " jerk"
	}
	return list.And(names) + " jerks"
}
