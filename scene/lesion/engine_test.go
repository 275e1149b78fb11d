package lesion_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// evaluate parses sites and evaluates them at phase, failing t on a bad site.
func evaluate(t testing.TB, phase lesion.Phase, texts ...string) *lesion.Result {
	t.Helper()
	eng := testEngine(t)
	var sites []lesion.Site
	for _, s := range texts {
		site, err := eng.ParseSite(s)
		if err != nil {
			t.Fatalf("ParseSite(%q): %v", s, err)
		}
		sites = append(sites, site)
	}
	return eng.Evaluate(sites, phase)
}

// expect is one statement about a result, written as text:
//
//	"hand:L LMN"          the region is weak on that side with that type
//	"hand:L -"            the region is not weak on that side
//	"knee:L mild"         the region is not weak or only mildly (below 0.35)
//	"+babinski:R"         the sign is present (side, or toward with ">")
//	"+areflexia:L/triceps" the sign is present and names the reflex
//	"-babinski:L"         the sign is absent on that side
//	"-hyperreflexia:L/patellar" the sign does not name that reflex
type expect string

func check(t *testing.T, res *lesion.Result, exps []expect) {
	t.Helper()
	for _, e := range exps {
		s := string(e)
		switch s[0] {
		case '+', '-':
			name, side, reflex := parseSignExpect(s[1:])
			found := findSign(res, name, side, reflex)
			if s[0] == '+' && !found {
				t.Errorf("missing sign %s; got %s", s[1:], signsText(res))
			}
			if s[0] == '-' && found {
				t.Errorf("unexpected sign %s; got %s", s[1:], signsText(res))
			}
		default:
			where, kind, _ := strings.Cut(s, " ")
			region, side, _ := strings.Cut(where, ":")
			d := findDeficit(res, region, side)
			switch {
			case kind == "-" && d != nil:
				t.Errorf("%s:%s is weak (%s %.2f), want spared", region, side, d.Type, d.Severity)
			case kind == "mild":
				if d != nil && d.Severity >= 0.35 {
					t.Errorf("%s:%s is weak (%s %.2f), want at most mildly", region, side, d.Type, d.Severity)
				}
			case kind != "-" && d == nil:
				t.Errorf("%s:%s is not weak, want %s; deficits: %s", region, side, kind, deficitsText(res))
			case kind != "-" && d.Type != kind:
				t.Errorf("%s:%s is %s, want %s", region, side, d.Type, kind)
			}
		}
	}
}

func parseSignExpect(s string) (name, side, reflex string) {
	s, reflex, _ = strings.Cut(s, "/")
	name, side, _ = strings.Cut(s, ":")
	return
}

func findSign(res *lesion.Result, name, side, reflex string) bool {
	for _, g := range res.Signs {
		if g.Sign != name {
			continue
		}
		if side != "" {
			if strings.HasPrefix(side, ">") {
				if g.Toward != side[1:] {
					continue
				}
			} else if g.Side != side {
				continue
			}
		}
		if reflex != "" && !slices.Contains(g.Reflexes, reflex) {
			continue
		}
		return true
	}
	return false
}

func findDeficit(res *lesion.Result, region, side string) *lesion.Deficit {
	for i, d := range res.Deficits {
		if d.Region == region && d.Side == side {
			return &res.Deficits[i]
		}
	}
	return nil
}

func signsText(res *lesion.Result) string {
	var out []string
	for _, s := range res.Signs {
		t := s.Sign + ":" + s.Side
		if s.Toward != "" {
			t = s.Sign + ":>" + s.Toward
		}
		if len(s.Reflexes) > 0 {
			t += "/" + strings.Join(s.Reflexes, ",")
		}
		out = append(out, t)
	}
	return strings.Join(out, " ")
}

func deficitsText(res *lesion.Result) string {
	var out []string
	for _, d := range res.Deficits {
		out = append(out, fmt.Sprintf("%s:%s %s %.2f", d.Region, d.Side, d.Type, d.Severity))
	}
	return strings.Join(out, ", ")
}

// TestTextbookLesions checks lesions beyond the graded examples, each
// expectation written from the anatomy the atlas encodes.
func TestTextbookLesions(t *testing.T) {
	cases := []struct {
		name  string
		phase lesion.Phase
		sites []string
		want  []expect
	}{
		{"radial nerve at the spiral groove spares triceps", lesion.Chronic, []string{"radial_nerve.spiral_groove:L"},
			[]expect{"wrist:L LMN", "elbow_extension:L -", "+wrist_drop:L", "+areflexia:L/brachioradialis", "-areflexia:L/triceps", "wrist:R -"}},
		{"radial nerve in the axilla takes triceps", lesion.Chronic, []string{"radial_nerve.axilla:R"},
			[]expect{"elbow_extension:R LMN", "wrist:R LMN", "+areflexia:R/triceps", "+wrist_drop:R"}},
		{"C5 root", lesion.Chronic, []string{"ventral_root:L@C5"},
			[]expect{"shoulder:L LMN", "elbow_flexion:L LMN", "hand:L -", "+areflexia:L/biceps", "-babinski:L"}},
		{"S1 root loses the ankle jerk", lesion.Chronic, []string{"ventral_root:R@S1"},
			[]expect{"ankle_foot:R LMN", "+areflexia:R/ankle", "-areflexia:R/patellar"}},
		{"L5 root: foot drop with weak hip abduction", lesion.Chronic, []string{"ventral_root:L@L5"},
			[]expect{"ankle_foot:L LMN", "hip:L LMN", "+foot_drop:L"}},
		{"femoral nerve loses the knee jerk", lesion.Chronic, []string{"femoral_nerve:L"},
			[]expect{"knee:L LMN", "+areflexia:L/patellar", "ankle_foot:L -"}},
		{"abducens nucleus: gaze palsy, not only abduction", lesion.Chronic, []string{"cn6_nucleus:L"},
			[]expect{"eye_abduction:L LMN", "+horizontal_gaze_palsy:>L", "-esotropia:L"}},
		{"abducens nerve: abduction only", lesion.Chronic, []string{"cn6:L"},
			[]expect{"eye_abduction:L LMN", "-horizontal_gaze_palsy:>L"}},
		{"PPRF: gaze palsy without weakness", lesion.Chronic, []string{"pprf:R"},
			[]expect{"+horizontal_gaze_palsy:>R", "eye_abduction:R -"}},
		{"trochlear nucleus supplies the other eye", lesion.Chronic, []string{"cn4_nucleus:L"},
			[]expect{"eye_intorsion:R LMN", "eye_intorsion:L -"}},
		{"trochlear nerve, after its crossing", lesion.Chronic, []string{"cn4:L"},
			[]expect{"eye_intorsion:L LMN", "eye_intorsion:R -"}},
		{"oculomotor nucleus: both lids, other superior rectus", lesion.Chronic, []string{"cn3_nucleus:L"},
			[]expect{"eye_adduction_elevation_depression:L LMN", "eye_adduction_elevation_depression:R LMN", "+ptosis:L", "+ptosis:R", "+mydriasis:L", "-mydriasis:R"}},
		{"oculomotor nerve", lesion.Chronic, []string{"cn3:R"},
			[]expect{"eye_adduction_elevation_depression:R LMN", "+eye_down_and_out:R", "+ptosis:R", "-ptosis:L"}},
		{"cruciate paralysis: midline rostral decussation", lesion.Chronic, []string{"decussation.rostral:M"},
			[]expect{"hand:L UMN", "hand:R UMN", "shoulder:L UMN", "ankle_foot:L -", "ankle_foot:R -", "lower_face:L -"}},
		{"one side of the rostral decussation: the arm of that side", lesion.Chronic, []string{"decussation.rostral:L"},
			[]expect{"hand:L UMN", "hand:R -", "ankle_foot:L -"}},
		{"caudal decussation: the leg of that side", lesion.Chronic, []string{"decussation.caudal:R"},
			[]expect{"ankle_foot:R UMN", "hand:R -", "+babinski:R", "-babinski:L"}},
		{"transection at C3 stops the diaphragm", lesion.Chronic, []string{"cord.transection@C3"},
			[]expect{"diaphragm:L UMN", "diaphragm:R UMN", "+ventilator_dependent", "+autonomic_dysreflexia_risk"}},
		{"transection at C6 spares the diaphragm", lesion.Chronic, []string{"cord.transection@C6"},
			[]expect{"diaphragm:L -", "diaphragm:R -", "-ventilator_dependent", "hand:L UMN", "+babinski:L", "+babinski:R"}},
		{"transection at T10 spares the arms and the splanchnic outflow", lesion.Chronic, []string{"cord.transection@T10"},
			[]expect{"hand:L -", "hip:L UMN", "-autonomic_dysreflexia_risk"}},
		{"hemisection at T10", lesion.Chronic, []string{"cord.hemisection:R@T10"},
			[]expect{"hip:R UMN", "ankle_foot:R UMN", "hip:L -", "hand:R -", "+babinski:R", "-babinski:L", "+hyperreflexia:R/patellar"}},
		{"central cord at C6: arms more than legs, legs weak too with UMN signs", lesion.Chronic, []string{"cord.central@C6"},
			[]expect{"hand:L UMN", "hand:R UMN", "ankle_foot:L UMN", "elbow_flexion:L LMN", "+babinski:L", "+babinski:R"}},
		// Little leg weakness (ANATOMY.md 3.5): the S2 share of the hip
		// extensors and knee flexors, graded by those movements, mild.
		{"conus: sphincters, knee jerk kept", lesion.Chronic, []string{"conus_medullaris"},
			[]expect{"bladder_bowel:L LMN", "bladder_bowel:R LMN", "knee:L mild", "hip:L mild", "ankle_foot:L mild", "-areflexia:L/patellar"}},
		{"cauda equina: flaccid legs, no knee or ankle jerk", lesion.Chronic, []string{"cauda_equina"},
			// The roots L2-Co1 supply no trunk muscle an examiner grades
			// (ANATOMY 3.4: intercostals T1-T11, abdominals T6-T12).
			[]expect{"ankle_foot:L LMN", "knee:R LMN", "bladder_bowel:L LMN", "+areflexia:L/patellar", "+areflexia:R/ankle", "-babinski:L",
				"trunk:L -", "trunk:R -"}},
		{"nucleus ambiguus: uvula away from the lesion, gag lost", lesion.Chronic, []string{"nucleus_ambiguus:L"},
			[]expect{"palate_pharynx_larynx:L LMN", "+uvula_deviation:>R", "+absent_gag:L", "+dysarthria"}},
		{"glossopharyngeal nerve: gag lost, no weakness", lesion.Chronic, []string{"cn9:R"},
			[]expect{"palate_pharynx_larynx:R -", "+absent_gag:R"}},
		{"accessory nerve", lesion.Chronic, []string{"cn11:L"},
			[]expect{"scm:L LMN", "trapezius:L LMN", "+scapular_winging:L"}},
		{"trigeminal motor nucleus: jaw deviates toward the lesion", lesion.Chronic, []string{"cn5_motor_nucleus:R"},
			[]expect{"jaw:R LMN", "+jaw_deviation:>R", "+areflexia:R/jaw_jerk"}},
		{"facial nucleus takes the forehead too", lesion.Chronic, []string{"cn7_nucleus:L"},
			[]expect{"upper_face:L LMN", "lower_face:L LMN", "-forehead_sparing:L", "+hyperacusis:L"}},
		{"face area of the cortex: central facial palsy", lesion.Chronic, []string{"precentral.face:R"},
			[]expect{"lower_face:L UMN", "upper_face:L -", "+forehead_sparing:L", "hand:L -", "+tongue_deviation:>L"}},
		{"hand knob", lesion.Chronic, []string{"precentral.hand:L"},
			[]expect{"hand:R UMN", "shoulder:R -", "lower_face:R -", "ankle_foot:R -"}},
		{"rostral basis pontis, both sides: locked in", lesion.Chronic, []string{"basis_pontis.rostral:B"},
			[]expect{"lower_face:L UMN", "lower_face:R UMN", "jaw:L UMN", "tongue:R UMN", "hand:L UMN", "ankle_foot:R UMN", "+babinski:L", "+babinski:R", "+pseudobulbar_affect"}},
		{"phrenic nerves both", lesion.Chronic, []string{"phrenic_nerve:B"},
			// The intercostals and accessory muscles still breathe: breathless
			// lying flat, not dependent on a ventilator.
			[]expect{"diaphragm:L LMN", "diaphragm:R LMN", "-ventilator_dependent", "+orthopnoea"}},
		{"PLS: upper motor neurons only", lesion.Chronic, []string{"disease.pls"},
			[]expect{"hand:L UMN", "tongue:R UMN", "-atrophy:L", "-fasciculations:R", "+babinski:L", "+hyperreflexia:R/jaw_jerk",
				// Both hemispheres lose the upper face's bilateral input, as in pseudobulbar palsy.
				"upper_face:L UMN", "upper_face:R UMN", "-forehead_sparing:L", "-forehead_sparing:R"}},
		{"PMA: lower motor neurons only", lesion.Chronic, []string{"disease.pma"},
			[]expect{"hand:L LMN", "diaphragm:R LMN", "tongue:L -", "-babinski:L", "-hyperreflexia:L", "+fasciculations:L"}},
		{"progressive bulbar palsy", lesion.Chronic, []string{"disease.progressive_bulbar_palsy"},
			[]expect{"tongue:L LMN", "tongue:R LMN", "palate_pharynx_larynx:L LMN", "+absent_gag:L", "+fasciculations:R", "hand:L -"}},
		{"capsule, acute: cerebral shock", lesion.Acute, []string{"internal_capsule.posterior_limb:L"},
			[]expect{"hand:R UMN", "+areflexia:R/biceps", "-hyperreflexia:R", "-clonus:R", "-spinal_shock_acute"}},
		{"transection, acute: spinal shock", lesion.Acute, []string{"cord.transection@T6"},
			[]expect{"hip:L UMN", "+spinal_shock_acute", "-babinski:L", "-hyperreflexia:L", "+areflexia:L/patellar"}},
		{"both facial nerves", lesion.Chronic, []string{"cn7:L", "cn7:R"},
			[]expect{"upper_face:L LMN", "upper_face:R LMN", "+bell_phenomenon:L", "+bell_phenomenon:R"}},
		{"a 6 mm sphere in the left posterior limb", lesion.Chronic, []string{"point:-17,-5.5,8,6"},
			[]expect{"hand:R UMN", "ankle_foot:R UMN", "hand:L -"}},
		{"a sphere in the left C5 ventral horn", lesion.Chronic, []string{"point:-3,-45.6,-129,2"},
			[]expect{"shoulder:L LMN", "shoulder:R -"}},
		{"a sphere on the left facial nerve in the face", lesion.Chronic, []string{"point:-52,6,-59,6"},
			[]expect{"upper_face:L LMN", "lower_face:L LMN", "lower_face:R -"}},
		{"a sphere far from any pathway", lesion.Chronic, []string{"point:60,60,60,5"},
			[]expect{"hand:L -", "hand:R -"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := evaluate(t, tc.phase, tc.sites...)
			check(t, res, tc.want)
			if res.Summary == "" || !strings.HasSuffix(res.Summary, ".") {
				t.Errorf("summary %q is not a sentence", res.Summary)
			}
		})
	}
}

// TestSummary checks the sentence for the contract's example.
func TestSummary(t *testing.T) {
	res := evaluate(t, lesion.Chronic, "internal_capsule.posterior_limb:L")
	for _, want := range []string{"Right", "arm and leg", "upper motor neuron", "forehead spared"} {
		if !strings.Contains(res.Summary, want) {
			t.Errorf("summary %q lacks %q", res.Summary, want)
		}
	}
	if res := evaluate(t, lesion.Chronic, "point:60,60,60,5"); !strings.HasPrefix(res.Summary, "No weakness") {
		t.Errorf("summary of an empty lesion = %q", res.Summary)
	}
}

// TestChannelCuts: a capsular lesion cuts the left hemisphere's channels
// there, so their fibres degenerate below it; a nerve cuts none.
func TestChannelCuts(t *testing.T) {
	res := evaluate(t, lesion.Chronic, "internal_capsule.posterior_limb:L")
	found := false
	for _, c := range res.Cuts {
		if c.Side != 0 {
			t.Errorf("a left capsular lesion cuts the %s channel of the right hemisphere", c.Channel)
		}
		if c.Channel == "hand" {
			found = true
			if c.From != 2 || c.Share < 0.9 {
				t.Errorf("hand fibres cut from point %d, share %.2f; want from the internal capsule (2), all", c.From, c.Share)
			}
		}
	}
	if !found {
		t.Errorf("the hand fibres are not cut: %+v", res.Cuts)
	}
	if res := evaluate(t, lesion.Chronic, "ulnar_nerve:L"); len(res.Cuts) != 0 {
		t.Errorf("a nerve lesion cuts corticofugal fibres: %+v", res.Cuts)
	}
	res = evaluate(t, lesion.Chronic, "cord.hemisection:L@C5")
	for _, c := range res.Cuts {
		if c.Channel == "leg" && c.Side != 1 {
			t.Errorf("a left hemisection at C5 cuts leg fibres from the %v hemisphere, want the right (they crossed)", c.Side)
		}
	}
}
