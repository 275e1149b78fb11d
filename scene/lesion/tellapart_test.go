package lesion_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// TestSummaryTellsLesionsApart: the engine's sentence and the report's
// name what a student tells two lesions apart by, read from the muscles
// and reflexes the lesion takes: the median nerve's weak thumb and the
// hand of benediction, the ulnar nerve's weak finger spreading and claw,
// the S1 root's weak plantar flexion and lost ankle jerk, the cauda
// equina's lost knee and ankle jerks with no trunk weakness (its roots
// supply no trunk muscle an examiner grades), the phrenic nerves'
// breathlessness lying flat rather than a ventilator, and a list of
// bulbar parts joined as one list.
func TestSummaryTellsLesionsApart(t *testing.T) {
	for _, c := range []struct {
		site        string
		want, not   []string
		report      []string
		reportNot   []string
		signs, not2 []string
	}{
		{"median_nerve:L",
			[]string{"worst at raising the thumb from the palm", "index and middle fingers left straight in a fist"},
			[]string{"spreading", "claw"},
			[]string{"worst in thumb abduction", "hand of benediction"}, []string{"claw"},
			[]string{"hand_of_benediction", "wrist_flexes_ulnar"}, []string{"ulnar_claw", "claw_hand", "wrist_flexes_radial"}},
		{"ulnar_nerve:L",
			[]string{"worst at spreading the fingers", "ring and little fingers clawed"},
			[]string{"thumb", "fist"},
			[]string{"worst in finger abduction", "ulnar claw"}, []string{"benediction"},
			[]string{"ulnar_claw", "wrist_flexes_radial"}, []string{"hand_of_benediction", "claw_hand", "wrist_flexes_ulnar"}},
		{"ventral_root:L@S1",
			[]string{"worst at pushing the foot down", "ankle jerk lost on the left"},
			nil,
			[]string{"worst in plantar flexion", "ankle jerk lost on the left"}, nil,
			nil, nil},
		{"cauda_equina:B",
			[]string{"knee and ankle jerks, bulbocavernosus reflex and anal wink lost"},
			[]string{"trunk"},
			[]string{"knee and ankle jerks"}, []string{"trunk"},
			nil, nil},
		{"phrenic_nerve:B",
			[]string{"breathless lying flat"}, []string{"ventilator"},
			[]string{"breathless lying flat"}, []string{"ventilator"},
			[]string{"orthopnoea"}, []string{"ventilator_dependent"}},
		{"cord.transection@C3",
			[]string{"dependent on a ventilator"}, []string{"breathless"},
			nil, nil,
			[]string{"ventilator_dependent"}, []string{"orthopnoea"}},
		{"internal_capsule.genu:B",
			[]string{"jaw, palate, throat and tongue weakness"}, []string{"and throat and"},
			nil, []string{"and throat and"},
			nil, nil},
		{"disease.progressive_bulbar_palsy",
			[]string{"jaw, palate, throat and tongue weakness"}, []string{"and throat and"},
			nil, []string{"and throat and"},
			nil, nil},
		// Both say the mute patient's anarthria in plain words first.
		{"basis_pontis.rostral:B pprf:B", []string{"no horizontal gaze to either side", "no speech (anarthria)"}, []string{"no gaze to the"},
			[]string{"no speech (anarthria)"}, nil, nil, nil},
		// A loss spread over all the finger flexors alike parts no
		// fingers: no hand of benediction in motor neuron disease.
		{"disease.pma", nil, []string{"fist"}, nil, nil, nil, []string{"hand_of_benediction"}},
	} {
		res := evaluate(t, lesion.Chronic, strings.Fields(c.site)...)
		report := words.ReportSummary(res)
		for _, w := range c.want {
			if !strings.Contains(res.Summary, w) {
				t.Errorf("%s: summary %q lacks %q", c.site, res.Summary, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(res.Summary, w) {
				t.Errorf("%s: summary %q says %q", c.site, res.Summary, w)
			}
		}
		for _, w := range c.report {
			if !strings.Contains(report, w) {
				t.Errorf("%s: report summary %q lacks %q", c.site, report, w)
			}
		}
		for _, w := range c.reportNot {
			if strings.Contains(report, w) {
				t.Errorf("%s: report summary %q says %q", c.site, report, w)
			}
		}
		var names []string
		for _, s := range res.Signs {
			names = append(names, s.Sign)
		}
		for _, s := range c.signs {
			if !slices.Contains(names, s) {
				t.Errorf("%s: no sign %s in %v", c.site, s, names)
			}
		}
		for _, s := range c.not2 {
			if slices.Contains(names, s) {
				t.Errorf("%s: sign %s in %v", c.site, s, names)
			}
		}
	}
}

// TestSpeechIsReadFromItsMuscles: how a patient speaks follows from which
// of speech's muscles are weak: the vagus (palate and larynx) gives nasal
// speech and a hoarse voice, not slurred speech; the hypoglossal (the
// tongue) slurs; ALS (all of them) slurs, speaks through the nose and is
// hoarse.
func TestSpeechIsReadFromItsMuscles(t *testing.T) {
	for _, c := range []struct {
		site  string
		kinds []string
		reads string
		not   string
	}{
		{"cn10:L", []string{lesion.SpeechNasal, lesion.SpeechHoarse},
			"nasal speech (weak palate) and a hoarse voice (dysphonia)", "slurred"},
		{"nucleus_ambiguus:L", []string{lesion.SpeechNasal, lesion.SpeechHoarse}, "hoarse voice", "slurred"},
		{"cn12:L", []string{lesion.SpeechSlurred}, "slurred speech (dysarthria)", "hoarse"},
		{"disease.als", []string{lesion.SpeechSlurred, lesion.SpeechNasal, lesion.SpeechHoarse},
			"slurred, nasal speech (dysarthria) and a hoarse voice (dysphonia)", ""},
	} {
		res := evaluate(t, lesion.Chronic, c.site)
		var speech *lesion.Sign
		for i := range res.Signs {
			if res.Signs[i].Sign == "dysarthria" {
				speech = &res.Signs[i]
			}
		}
		if speech == nil {
			t.Errorf("%s: no dysarthria (the contract's speech sign); signs %s", c.site, signsText(res))
			continue
		}
		if !slices.Equal(speech.Speech, c.kinds) {
			t.Errorf("%s: speech %v, want %v", c.site, speech.Speech, c.kinds)
		}
		list := words.SignList(res.Signs)
		if !strings.Contains(list, c.reads) || (c.not != "" && strings.Contains(list, c.not)) {
			t.Errorf("%s: signs read %q, want %q and not %q", c.site, list, c.reads, c.not)
		}
	}
}

// TestShockLeavesJerksToTheSigns: in spinal or cerebral shock every
// tendon jerk below the lesion is lost for a while, which says nothing of
// a root or segment: the summaries leave those to the list of signs, and
// still name the sacral reflexes' loss that marks spinal shock.
func TestShockLeavesJerksToTheSigns(t *testing.T) {
	for _, site := range []string{"cord.hemisection:L@C5", "cord.transection@T6"} {
		res := evaluate(t, lesion.Acute, site)
		for _, s := range []string{res.Summary, words.ReportSummary(res)} {
			if strings.Contains(s, "jerk") || !strings.Contains(s, "spinal shock") {
				t.Errorf("%s (acute): summary %q names tendon jerks or not the shock", site, s)
			}
		}
	}
	// Cerebral shock: the acute capsule's limbs are flaccid and
	// areflexic, of no root's or nerve's pattern.
	res := evaluate(t, lesion.Acute, "internal_capsule.posterior_limb:L")
	for _, s := range []string{res.Summary, words.ReportSummary(res)} {
		if strings.Contains(s, "jerk") {
			t.Errorf("capsule (acute): summary %q names tendon jerks", s)
		}
	}
}
