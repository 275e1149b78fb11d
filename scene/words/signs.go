package words

import (
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words/list"
	"github.com/decussate/decussate/scene/words/say"
)

// signPhrases write each sign the engine emits as a phrase, lower case
// where a sentence may continue it; Sign capitalises it. side is the
// sign's side (L, R, B) and toward its direction (L, R).
var signPhrases = map[string]func(side, toward string) string{
	"babinski":       func(side, _ string) string { return "Babinski sign" + say.OnSide(side) },
	"hyperreflexia":  func(side, _ string) string { return "hyperreflexia" + say.OnSide(side) },
	"areflexia":      func(side, _ string) string { return "reduced or absent reflexes" + say.OnSide(side) },
	"clonus":         func(side, _ string) string { return "ankle clonus" + say.OnSide(side) },
	"atrophy":        func(side, _ string) string { return "muscle wasting" + say.OnSide(side) },
	"fasciculations": func(side, _ string) string { return "fasciculations" + say.OnSide(side) },
	"forehead_sparing": func(side, _ string) string {
		return "forehead spared" + say.OnSide(side) + " (the upper face keeps its strength)"
	},
	"horizontal_gaze_palsy": func(_, toward string) string {
		switch toward {
		case "B":
			return "the eyes cannot look to either side (horizontal gaze palsy)"
		case "L", "R":
		default:
			return "horizontal gaze palsy"
		}
		return "the eyes cannot look" + say.To(toward) + " (horizontal gaze palsy)"
	},
	"vertical_gaze_spared": func(string, string) string { return "the eyes still look up and down" },
	"blinking_spared":      func(string, string) string { return "the eyes still blink" },
	// The two joined (mergeSides), and joined to the gaze palsy (joinSpared).
	"vertical_gaze_and_blinking_spared": func(string, string) string {
		return "the eyes still look up and down and blink"
	},
	"horizontal_gaze_palsy+vertical_gaze_spared": func(string, string) string {
		return "no horizontal gaze, but the eyes still look up and down"
	},
	"horizontal_gaze_palsy+vertical_gaze_and_blinking_spared": func(string, string) string {
		return "no horizontal gaze, but the eyes still look up and down and blink"
	},
	"anarthria":                  func(string, string) string { return "no speech (anarthria)" },
	"absent_gag":                 func(side, _ string) string { return "gag reflex absent" + say.OnSide(side) },
	"brisk_gag":                  func(string, string) string { return "brisk gag reflex" },
	"pseudobulbar_affect":        func(string, string) string { return "laughing or crying out of proportion (pseudobulbar affect)" },
	"snout_reflex":               func(string, string) string { return "snout reflex present" },
	"autonomic_dysreflexia_risk": func(string, string) string { return "at risk of autonomic dysreflexia" },
	"spinal_shock_acute":         func(string, string) string { return "spinal shock: flaccid and areflexic for now" },
	"bell_phenomenon": func(side, _ string) string {
		return "Bell's phenomenon" + say.OnSide(side) + " (the eye rolls up as the lid fails to close)"
	},
	"hyperacusis":      func(side, _ string) string { return "loud sounds hurt" + say.OnSide(side) + " (hyperacusis)" },
	"jaw_deviation":    func(_, toward string) string { return "jaw deviates" + say.To(toward) + " on opening" },
	"uvula_deviation":  func(_, toward string) string { return "uvula pulled" + say.To(toward) },
	"tongue_deviation": func(_, toward string) string { return "tongue deviates" + say.To(toward) },
	"eye_down_and_out": func(side, _ string) string { return eyes(side) + " down and out" },
	"ptosis":           func(side, _ string) string { return "drooping eyelid (ptosis)" + say.OnSide(side) },
	"mydriasis":        func(side, _ string) string { return "dilated pupil (mydriasis)" + say.OnSide(side) },
	"esotropia":        func(side, _ string) string { return eyes(side) + " turned in (esotropia)" },
	"scapular_winging": func(side, _ string) string { return "winged scapula" + say.OnSide(side) },
	"ventilator_dependent": func(string, string) string {
		return "cannot breathe unaided: needs a ventilator"
	},
	"wrist_drop":    func(side, _ string) string { return "wrist drop" + say.OnSide(side) },
	"foot_drop":     func(side, _ string) string { return "foot drop" + say.OnSide(side) },
	"steppage_gait": func(side, _ string) string { return "steppage gait" + say.OnSide(side) },
	"orthopnoea": func(string, string) string {
		return "breathless lying flat (orthopnoea); may need a breathing mask at night"
	},
	"ulnar_claw": func(side, _ string) string {
		return "ring and little fingers clawed (ulnar claw)" + say.OnSide(side)
	},
	"claw_hand": func(side, _ string) string { return "clawed fingers (claw hand)" + say.OnSide(side) },
	"wrist_flexes_ulnar": func(side, _ string) string {
		return "the wrist bends toward the little finger" + say.OnSide(side) + " (its radial flexor weak)"
	},
	"wrist_flexes_radial": func(side, _ string) string {
		return "the wrist bends toward the thumb" + say.OnSide(side) + " (its ulnar flexor weak)"
	},
	"hand_of_benediction": func(side, _ string) string {
		return "index and middle fingers stay straight on making a fist (hand of benediction)" + say.OnSide(side)
	},
}

// eyes names the eye on side, or both; "eye" without a side, under its
// side's heading.
func eyes(side string) string {
	switch side {
	case "L", "R":
		return say.Side(side) + " eye"
	case "":
		return "eye"
	}
	return "both eyes"
}

// reflexWords names the reflexes of reflexes.json as a clinician lists
// them after a sign.
var reflexWords = map[string]string{
	"jaw_jerk": "jaw jerk", "biceps": "biceps", "brachioradialis": "brachioradialis",
	"triceps": "triceps", "finger_flexor": "finger flexors", "abdominal_upper": "upper abdominal",
	"abdominal_lower": "lower abdominal", "cremasteric": "cremasteric", "patellar": "knee",
	"ankle": "ankle", "bulbocavernosus": "bulbocavernosus", "anal_wink": "anal wink",
}

// Reflex names a reflex: "knee" for patellar.
func Reflex(id string) string {
	if w, ok := reflexWords[id]; ok {
		return w
	}
	return plain(id)
}

// KnownSign reports whether sign has its own wording.
func KnownSign(sign string) bool { return signPhrases[sign] != nil || sign == "dysarthria" }

// speech writes how a patient speaks from the muscles weak (the
// dysarthria sign's Speech): the tongue and lips slur it (dysarthria), a
// weak palate lets air through the nose (nasal speech), a weak larynx
// makes the voice hoarse (dysphonia). A vagus nerve palsy speaks with a
// nasal, hoarse voice, not slurred; a hypoglossal palsy slurs.
func speech(kinds []string) string {
	has := func(k string) bool { return slices.Contains(kinds, k) }
	var adj []string
	if has(lesion.SpeechSlurred) {
		adj = append(adj, "slurred")
	}
	if has(lesion.SpeechNasal) {
		adj = append(adj, "nasal")
	}
	var parts []string
	switch {
	case has(lesion.SpeechSlurred):
		parts = append(parts, strings.Join(adj, ", ")+" speech (dysarthria)")
	case has(lesion.SpeechNasal):
		parts = append(parts, "nasal speech (weak palate)")
	}
	if has(lesion.SpeechHoarse) {
		parts = append(parts, "a hoarse voice (dysphonia)")
	}
	if len(parts) == 0 {
		return "slurred speech (dysarthria)"
	}
	return list.And(parts)
}

// KnownReflex reports whether reflex has its own wording.
func KnownReflex(reflex string) bool { return reflexWords[reflex] != "" }

// phrase writes s as a phrase that may continue a sentence.
func phrase(s lesion.Sign) string {
	p := plain(s.Sign) + say.OnSide(s.Side)
	if f := signPhrases[s.Sign]; f != nil {
		p = f(s.Side, s.Toward)
	}
	if s.Sign == "dysarthria" {
		p = speech(s.Speech)
	}
	if s.Sign == "areflexia" {
		if q, ok := superficialLost(s.Reflexes); ok {
			return q + say.OnSide(s.Side)
		}
		// Tendon and superficial reflexes lost together (a cord's
		// segment and the tracts below it) are two signs: the
		// superficial ones' loss is said in words a brief report keeps,
		// the tendon reflexes' list stays short enough to keep too.
		var tendon, superficial []string
		for _, r := range s.Reflexes {
			if _, ok := superficialLost([]string{r}); ok {
				superficial = append(superficial, r)
			} else {
				tendon = append(tendon, r)
			}
		}
		if len(superficial) > 0 && len(tendon) > 0 {
			t := s
			t.Reflexes = tendon
			q, _ := superficialLost(superficial)
			return phrase(t) + "; " + q + say.OnSide(s.Side)
		}
	}
	if len(s.Reflexes) > 0 {
		names := make([]string, len(s.Reflexes))
		for i, r := range s.Reflexes {
			names[i] = Reflex(r)
		}
		p += " (" + strings.Join(names, ", ") + ")"
	}
	return p
}

// Sign writes one sign as a line: "Babinski sign on the right",
// "Tongue deviates to the left", "Hyperreflexia on the right (biceps,
// triceps, knee, ankle)".
func Sign(s lesion.Sign) string { return Capital(phrase(s)) }

// Signs writes a result's signs as lines, one a sign, the two sides of
// a sign taking one line ("… on both sides") when they are alike.
func Signs(signs []lesion.Sign) []string {
	merged := mergeSides(signs)
	out := make([]string, len(merged))
	for i, s := range merged {
		out[i] = Sign(s)
	}
	return out
}

// SignList writes a result's signs as one sentence for a panel to wrap:
// "Babinski sign on the right; hyperreflexia on the right (knee, ankle)",
// the two sides of a sign joined as Signs joins them.
func SignList(signs []lesion.Sign) string {
	merged := mergeSides(signs)
	ph := make([]string, len(merged))
	for i, s := range merged {
		ph[i] = phrase(s)
	}
	return Capital(strings.Join(ph, "; "))
}

// mergeSides joins a sign found on the left and the right with the same
// reflexes into one sign on both sides (B), and a gaze palsy to the left
// and one to the right into one toward both (B): "the eyes cannot look to
// either side", and vertical gaze and blinking spared into one (what the
// locked-in patient still does).
func mergeSides(signs []lesion.Sign) []lesion.Sign {
	signs = mute(signs)
	out := make([]lesion.Sign, 0, len(signs))
	used := make([]bool, len(signs))
	for i, s := range signs {
		if used[i] {
			continue
		}
		for j := i + 1; j < len(signs); j++ {
			t := signs[j]
			if used[j] || (t.Sign != s.Sign && s.Sign != "vertical_gaze_spared") {
				continue
			}
			if lr(s.Side) && lr(t.Side) && t.Side != s.Side && slices.Equal(t.Reflexes, s.Reflexes) {
				used[j] = true
				s.Side = "B"
				break
			}
			if s.Sign == "horizontal_gaze_palsy" && s.Side == "" && t.Side == "" && lr(s.Toward) && lr(t.Toward) && t.Toward != s.Toward {
				used[j] = true
				s.Toward = "B"
				break
			}
			if s.Sign == "vertical_gaze_spared" && t.Sign == "blinking_spared" {
				used[j] = true
				s.Sign = "vertical_gaze_and_blinking_spared"
				break
			}
		}
		out = append(out, s)
	}
	return joinSpared(out)
}

// mute leaves out the dysarthria of a patient who has no speech at all
// (anarthria, its worst degree, which the engine gives beside it): a
// reader is told once, the worse.
func mute(signs []lesion.Sign) []lesion.Sign {
	if !slices.ContainsFunc(signs, func(s lesion.Sign) bool { return s.Sign == "anarthria" }) {
		return signs
	}
	return slices.DeleteFunc(slices.Clone(signs), func(s lesion.Sign) bool { return s.Sign == "dysarthria" })
}

// joinSpared says what the eyes still do with what they cannot: "the
// eyes cannot look to either side, but still look up and down and blink"
// (the locked-in state), one phrase where a teacher says it in one breath.
func joinSpared(signs []lesion.Sign) []lesion.Sign {
	gaze, spared := -1, -1
	for i, s := range signs {
		switch {
		case s.Sign == "horizontal_gaze_palsy" && s.Toward == "B":
			gaze = i
		case s.Sign == "vertical_gaze_spared" || s.Sign == "vertical_gaze_and_blinking_spared":
			spared = i
		}
	}
	if gaze < 0 || spared < 0 {
		return signs
	}
	signs[gaze].Sign = "horizontal_gaze_palsy+" + signs[spared].Sign
	return slices.Delete(signs, spared, spared+1)
}

// SignGroup is a lesion's signs on one side, for a report that names the
// side once: its heading ("On both sides"; "" for the signs that have no
// side, or say their own direction) and each sign's phrase without it.
type SignGroup struct {
	Heading string
	Signs   []string
}

// SignGroups gathers a result's signs by side, the sides in the order
// their first sign came, the signs without a side last: "On both sides"
// over "Babinski sign", "hyperreflexia (jaw jerk, biceps)", "ankle
// clonus". The two sides of a sign are joined as Signs joins them.
func SignGroups(signs []lesion.Sign) []SignGroup {
	var groups []SignGroup
	var sides []string
	var rest []string
	for _, s := range mergeSides(signs) {
		if s.Side == "" {
			rest = append(rest, phrase(s))
			continue
		}
		side := s.Side
		if !lr(side) {
			side = "B"
		}
		g := slices.Index(sides, side)
		if g < 0 {
			g = len(groups)
			sides = append(sides, side)
			groups = append(groups, SignGroup{Heading: SideGroup(side)})
		}
		s.Side = ""
		groups[g].Signs = append(groups[g].Signs, phrase(s))
	}
	if len(rest) > 0 {
		groups = append(groups, SignGroup{Signs: rest})
	}
	return groups
}

// SignsBySide writes SignGroups as paragraphs, one a line: "On both
// sides: Babinski sign; ankle clonus." then "Slurred speech
// (dysarthria).", each side named once rather than after every sign.
func SignsBySide(signs []lesion.Sign) string {
	var b strings.Builder
	for i, g := range SignGroups(signs) {
		if i > 0 {
			b.WriteByte('\n')
		}
		list := strings.Join(g.Signs, "; ")
		if g.Heading != "" {
			b.WriteString(g.Heading + ": " + list)
		} else {
			b.WriteString(Capital(list))
		}
		b.WriteByte('.')
	}
	return b.String()
}

// lr reports whether side is the left or the right.
func lr(side string) bool { return side == "L" || side == "R" }

// superficialLost names, in words that survive the brief report's dropped
// brackets, the loss of superficial reflexes alone (abdominal,
// cremasteric): beside a brisk tendon reflex "reduced or absent reflexes"
// would read as a contradiction, while losing these is itself an upper
// motor neuron sign. ok is false when any other reflex is lost.
func superficialLost(reflexes []string) (string, bool) {
	abdominal, cremasteric := false, false
	for _, r := range reflexes {
		switch r {
		case "abdominal_upper", "abdominal_lower":
			abdominal = true
		case "cremasteric":
			cremasteric = true
		default:
			return "", false
		}
	}
	switch {
	case abdominal && cremasteric:
		return "abdominal and cremasteric reflexes absent", true
	case abdominal:
		return "abdominal reflexes absent", true
	case cremasteric:
		return "cremasteric reflex absent", true
	}
	return "", false
}
