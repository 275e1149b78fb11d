package words_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

func TestGrade(t *testing.T) {
	for _, c := range []struct {
		region   string
		severity float64
		want     string
	}{
		{"shoulder", 0.1, "mild, MRC 4/5"},
		{"shoulder", 0.349, "mild, MRC 4/5"},
		{"hand", 0.35, "moderate, MRC 4/5"},
		{"hand", 0.54, "moderate, MRC 4/5"},
		{"hand", 0.55, "moderate, MRC 3/5"},
		{"hand", 0.7, "moderate, MRC 3/5"},
		{"hip", 0.71, "severe, MRC 2/5"},
		{"knee", 0.9, "severe, MRC 1/5"},
		{"ankle_foot", 1, "severe, MRC 0/5"},
		{"lower_face", 0.9, "severe"},
		{"tongue", 0.5, "moderate"},
		{"bladder_bowel", 0.2, "mild"},
	} {
		if got := words.GradeOf(c.region, c.severity).String(); got != c.want {
			t.Errorf("GradeOf(%s, %g) = %q, want %q", c.region, c.severity, got, c.want)
		}
	}
}

// TestGradeMonotonic checks that more severe weakness never grades higher.
func TestGradeMonotonic(t *testing.T) {
	last := 5
	for s := 0.0; s <= 1; s += 0.01 {
		g := words.GradeOf("hand", s)
		if g.MRC > last || g.MRC < 0 || g.MRC > 5 {
			t.Fatalf("severity %.2f grades MRC %d after %d", s, g.MRC, last)
		}
		last = g.MRC
	}
}

func TestDeficit(t *testing.T) {
	for _, c := range []struct {
		region, side, kind string
		severity           float64
		want               string
	}{
		{"shoulder", "R", "UMN", 0.17, "Right shoulder: mild, MRC 4/5, upper motor neuron"},
		{"hand", "B", "LMN", 0.9, "Both hands: severe, MRC 1/5, lower motor neuron"},
		{"ankle_foot", "L", "mixed", 0.6, "Left ankle and foot: moderate, MRC 3/5, mixed upper and lower motor neuron"},
		{"palate_pharynx_larynx", "L", "LMN", 0.8, "Palate, pharynx and larynx on the left: severe, lower motor neuron"},
		{"lower_face", "B", "UMN", 0.4, "Lower face on both sides: moderate, upper motor neuron"},
	} {
		if got := words.Deficit(c.region, c.side, c.kind, c.severity); got != c.want {
			t.Errorf("Deficit(%s %s %s %g) = %q, want %q", c.region, c.side, c.kind, c.severity, got, c.want)
		}
	}
}

func TestWeaknessUnderHeading(t *testing.T) {
	if got := words.TypeHeading("mixed"); got != "Mixed upper and lower motor neuron weakness" {
		t.Errorf("TypeHeading(mixed) = %q", got)
	}
	if got := words.Weakness("hand", "B", 0.9); got != "Both hands: severe, MRC 1/5" {
		t.Errorf("Weakness(hand, B, 0.9) = %q", got)
	}
}

func TestSign(t *testing.T) {
	for _, c := range []struct {
		sign lesion.Sign
		want string
	}{
		{lesion.Sign{Sign: "babinski", Side: "R"}, "Babinski sign on the right"},
		{lesion.Sign{Sign: "babinski", Side: "B"}, "Babinski sign on both sides"},
		{lesion.Sign{Sign: "tongue_deviation", Toward: "L"}, "Tongue deviates to the left"},
		{lesion.Sign{Sign: "hyperreflexia", Side: "R", Reflexes: []string{"biceps", "triceps", "patellar", "ankle"}},
			"Hyperreflexia on the right (biceps, triceps, knee, ankle)"},
		{lesion.Sign{Sign: "horizontal_gaze_palsy", Toward: "R"}, "The eyes cannot look to the right (horizontal gaze palsy)"},
		{lesion.Sign{Sign: "eye_down_and_out", Side: "L"}, "Left eye down and out"},
		{lesion.Sign{Sign: "ventilator_dependent"}, "Cannot breathe unaided: needs a ventilator"},
		{lesion.Sign{Sign: "areflexia", Side: "L", Reflexes: []string{"bulbocavernosus", "anal_wink"}}, "Reduced or absent reflexes on the left (bulbocavernosus, anal wink)"},
		// The superficial reflexes' loss is an upper motor neuron sign and
		// says so without brackets, which the brief report drops.
		{lesion.Sign{Sign: "areflexia", Side: "R", Reflexes: []string{"abdominal_upper", "abdominal_lower", "cremasteric"}}, "Abdominal and cremasteric reflexes absent on the right"},
		{lesion.Sign{Sign: "areflexia", Side: "B", Reflexes: []string{"abdominal_lower"}}, "Abdominal reflexes absent on both sides"},
		{lesion.Sign{Sign: "something_new", Side: "L"}, "Something new on the left"},
		{lesion.Sign{Sign: "tongue_deviation"}, "Tongue deviates"},
	} {
		if got := words.Sign(c.sign); got != c.want {
			t.Errorf("Sign(%+v) = %q, want %q", c.sign, got, c.want)
		}
	}
}

func TestSignsMergeSides(t *testing.T) {
	got := words.Signs([]lesion.Sign{
		{Sign: "babinski", Side: "L"}, {Sign: "hyperreflexia", Side: "L", Reflexes: []string{"biceps"}},
		{Sign: "babinski", Side: "R"}, {Sign: "hyperreflexia", Side: "R", Reflexes: []string{"ankle"}},
	})
	want := []string{"Babinski sign on both sides", "Hyperreflexia on the left (biceps)", "Hyperreflexia on the right (ankle)"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Signs = %q, want %q", got, want)
	}
}

func TestSignList(t *testing.T) {
	got := words.SignList([]lesion.Sign{{Sign: "babinski", Side: "L"}, {Sign: "tongue_deviation", Toward: "R"}, {Sign: "babinski", Side: "R"}})
	if want := "Babinski sign on both sides; tongue deviates to the right"; got != want {
		t.Errorf("SignList = %q, want %q", got, want)
	}
}

func TestRegion(t *testing.T) {
	for _, c := range []struct{ region, side, want string }{
		{"shoulder", "R", "right shoulder"},
		{"hand", "B", "both hands"},
		{"eye_abduction", "L", "left eye (lateral rectus)"},
		{"diaphragm", "B", "diaphragm on both sides"},
		{"bladder_bowel", "R", "bladder and bowel on the right"},
	} {
		if got := words.Region(c.region, c.side); got != c.want {
			t.Errorf("Region(%s, %s) = %q, want %q", c.region, c.side, got, c.want)
		}
	}
}

// idLike finds what must never reach a reader: an underscore, a cranial
// nerve's id, a sign's id in lower case, a bare side letter or a type's
// abbreviation.
var idLike = regexp.MustCompile(`_|\bcn\d|\bbabinski\b|\b[LRBM]\b|\b(UMN|LMN)\b`)

// TestEverythingTheEngineSaysHasWords runs the engine over every named
// site on every side it accepts (at every level it needs), in both
// phases, and checks that every region, sign and reflex it emits has its
// own wording, and that no line written from them carries an id.
func TestEverythingTheEngineSaysHasWords(t *testing.T) {
	eng := testatlas.Engine(t)
	seen := map[string]bool{}
	check := func(what, line string) {
		if idLike.MatchString(line) {
			t.Errorf("%s reads %q: it carries an id", what, line)
		}
	}
	for _, info := range eng.Sites() {
		levels := []string{""}
		if info.Level == "required" {
			levels = []string{"@C1", "@C5", "@C8", "@T6", "@L1", "@L4", "@S1", "@S3"}
		}
		for _, side := range strings.Split(info.Sides, "") {
			for _, level := range levels {
				spec := info.ID + ":" + side + level
				site, err := eng.ParseSite(spec)
				if err != nil {
					continue // a level the site does not reach
				}
				for _, phase := range []lesion.Phase{lesion.Chronic, lesion.Acute} {
					res := eng.Evaluate([]lesion.Site{site}, phase)
					for _, d := range res.Deficits {
						seen["region "+d.Region] = true
						check(spec, words.Deficit(d.Region, d.Side, d.Type, d.Severity))
					}
					for _, s := range res.Signs {
						seen["sign "+s.Sign] = true
						if !words.KnownSign(s.Sign) {
							t.Errorf("%s: sign %q has no wording", spec, s.Sign)
						}
						for _, r := range s.Reflexes {
							if !words.KnownReflex(r) {
								t.Errorf("%s: reflex %q has no wording", spec, r)
							}
						}
					}
					for _, line := range words.Signs(res.Signs) {
						check(spec, line)
					}
					check(spec, words.SignsBySide(res.Signs))
					check(spec, words.ReportSummary(res))
				}
			}
		}
		check(info.ID, words.SiteName(eng.Atlas(), info.ID))
	}
	// The muscles' signs may appear only with lesions the sites above do
	// not make; they need words all the same.
	for _, s := range anatomy.MuscleSigns {
		if !words.KnownSign(s) {
			t.Errorf("muscle sign %q has no wording", s)
		}
	}
	if len(seen) < 30 {
		t.Errorf("the sites gave only %d regions and signs: the sweep is not reaching the engine", len(seen))
	}
	for _, r := range anatomy.Regions {
		for _, side := range []string{"L", "R", "B"} {
			check("region "+r, words.Region(r, side))
		}
	}
}

func TestSiteName(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, c := range []struct{ spec, want string }{
		{"internal_capsule.posterior_limb:L", "left posterior limb of the internal capsule"},
		{"cord.hemisection:R@C5", "hemisection of the cord (Brown-Séquard) on the right at C5"},
		{"decussation.rostral:L", "rostral pyramidal decussation: crossing arm fibres on the left"},
		{"disease.als", "amyotrophic lateral sclerosis: upper and lower motor neurons (eye muscle nuclei and Onuf's nucleus spared)"},
		{"cord.central:B@C5", "central cord (the grey matter, and the lateral corticospinal tracts thinly, their medial fibres most) at C5"},
		{"point:-20,-10,12,4", "a lesion 8 mm across in the left internal capsule"},
		{"no_such_site:L", "left no such site"},
	} {
		if got := words.SiteName(a, c.spec); got != c.want {
			t.Errorf("SiteName(%s) = %q, want %q", c.spec, got, c.want)
		}
	}
}

func TestGroup(t *testing.T) {
	for _, g := range []string{"hemisphere", "brainstem", "cranial_nerve", "cord", "root", "nerve", "disease"} {
		if w := words.Group(g); idLike.MatchString(w) || w == g && strings.Contains(g, "_") {
			t.Errorf("Group(%s) = %q", g, w)
		}
	}
}

func TestDifferences(t *testing.T) {
	patient := &lesion.Result{
		Deficits: []lesion.Deficit{{Region: "tongue", Side: "L", Type: "LMN", Severity: 0.8}, {Region: "hand", Side: "R", Type: "UMN", Severity: 0.9}},
		Signs:    []lesion.Sign{{Sign: "tongue_deviation", Toward: "L"}, {Sign: "babinski", Side: "R"}},
	}
	for _, c := range []struct {
		name  string
		guess *lesion.Result
		want  []string
	}{
		{"same", patient, nil},
		{"more and less", &lesion.Result{
			Deficits: []lesion.Deficit{{Region: "lower_face", Side: "L", Type: "UMN", Severity: 0.5}, {Region: "hand", Side: "R", Type: "LMN", Severity: 0.9}},
			Signs:    []lesion.Sign{{Sign: "babinski", Side: "R"}, {Sign: "atrophy", Side: "R"}},
		}, []string{
			"Your lesion also weakens the left lower face.",
			"Your lesion spares the patient's weak left tongue.",
			"The right hand is upper motor neuron weakness in the patient, lower motor neuron in yours.",
			"Only the patient has: tongue deviates to the left.",
			"Only yours has: muscle wasting on the right.",
		}},
		{"nothing placed", nil, []string{
			"Your lesion spares the patient's weak left tongue and the right hand.",
			"Only the patient has: tongue deviates to the left; Babinski sign on the right.",
		}},
	} {
		got := words.Differences(patient, c.guess)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: Differences =\n%q\nwant\n%q", c.name, got, c.want)
		}
		for _, s := range got {
			if idLike.MatchString(s) {
				t.Errorf("%s: %q carries an id", c.name, s)
			}
		}
	}
	if f := words.Feedback(patient, nil, 1); !strings.HasPrefix(f, "Not yet. Your lesion spares") || !strings.HasSuffix(f, "(1 more difference not shown.)") {
		t.Errorf("Feedback = %q", f)
	}
}

// TestDestroyed checks that everything a lesion at any site destroys is
// named without an id.
func TestDestroyed(t *testing.T) {
	eng := testatlas.Engine(t)
	a := eng.Atlas()
	named := 0
	for _, info := range eng.Sites() {
		for _, side := range strings.Split(info.Sides, "") {
			for _, level := range []string{"", "@C3", "@C5", "@C8", "@T6", "@L4", "@S3"} {
				site, err := eng.ParseSite(info.ID + ":" + side + level)
				if err != nil {
					continue
				}
				for _, d := range eng.Evaluate([]lesion.Site{site}, lesion.Chronic).Destroyed {
					w := words.Destroyed(a, d)
					named++
					if idLike.MatchString(w) || dottedID.MatchString(w) || strings.Contains(w, " fibres in ") && !strings.Contains(w, " the ") {
						t.Errorf("%s: %q reads %q", info.ID, d.Name, w)
					}
				}
			}
		}
	}
	if named < 100 {
		t.Errorf("only %d elements named: the sweep is not reaching the engine", named)
	}
	for _, c := range []struct {
		d    lesion.Destroyed
		want string
	}{
		{lesion.Destroyed{Name: "cn7.lower motor neurons", Side: "L"}, "left facial motor nucleus: "},
		{lesion.Destroyed{Name: "hand fibres in internal_capsule", Side: "R"}, "right corticospinal fibres from the hand area in the internal capsule"},
		{lesion.Destroyed{Name: "leg fibres crossing to the L", Side: "L"}, "corticospinal fibres from the leg and foot area crossing to the left"},
		{lesion.Destroyed{Name: "common_peroneal_nerve", Side: "R"}, "right common peroneal (fibular) nerve"},
		{lesion.Destroyed{Name: "vrg axons joining respiratory", Side: "L"}, "axons from the ventral respiratory group (medulla) joining the left bulbospinal respiratory fibres"},
		{lesion.Destroyed{Name: "vrg axons crossing to join respiratory", Side: "R"}, "axons from the ventral respiratory group (medulla) crossing to join the right bulbospinal respiratory fibres"},
	} {
		if got := words.Destroyed(a, c.d); !strings.HasPrefix(got, c.want) {
			t.Errorf("Destroyed(%q) = %q, want it to begin %q", c.d.Name, got, c.want)
		}
	}
}

// TestDifferencesNameLimbs: a whole arm or leg is named as one, and a
// long list of signs is counted, not listed.
func TestDifferencesNameLimbs(t *testing.T) {
	eng := testatlas.Engine(t)
	eval := func(spec string) *lesion.Result {
		s, err := eng.ParseSite(spec)
		if err != nil {
			t.Fatal(err)
		}
		return eng.Evaluate([]lesion.Site{s}, lesion.Chronic)
	}
	got := words.Differences(eval("internal_capsule.posterior_limb:L"), eval("cn7:L"))
	want := []string{
		"Your lesion also weakens the left face.",
		"Your lesion spares the patient's weak right lower face, tongue, arm and leg.",
		"Only the patient has: Babinski sign on the right; hyperreflexia on the right; reduced or absent reflexes on the right; and 3 more signs.",
		"Only yours has: muscle wasting on the left; Bell's phenomenon on the left (the eye rolls up as the lid fails to close); loud sounds hurt on the left (hyperacusis).",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Differences =\n%q\nwant\n%q", got, want)
	}
}

// TestContractSigns checks every sign the contract names
// (clinical/README.md), and those the engine adds, for a wording of its
// own.
func TestContractSigns(t *testing.T) {
	for _, s := range []string{
		"babinski", "hyperreflexia", "areflexia", "clonus", "atrophy", "fasciculations",
		"tongue_deviation", "uvula_deviation", "jaw_deviation", "forehead_sparing",
		"eye_down_and_out", "ptosis", "mydriasis", "esotropia", "horizontal_gaze_palsy",
		"ventilator_dependent", "wrist_drop", "foot_drop", "scapular_winging", "dysarthria",
		"absent_gag", "brisk_gag", "spinal_shock_acute",
		// Beyond the contract: the engine's own.
		"pseudobulbar_affect", "snout_reflex", "autonomic_dysreflexia_risk", "steppage_gait",
		"bell_phenomenon", "hyperacusis", "anarthria",
	} {
		if !words.KnownSign(s) {
			t.Errorf("sign %q has no wording", s)
		}
		for _, side := range []lesion.Sign{{Sign: s, Side: "L"}, {Sign: s, Side: "B"}, {Sign: s, Toward: "R"}, {Sign: s}} {
			if w := words.Sign(side); idLike.MatchString(w) {
				t.Errorf("%+v reads %q", side, w)
			}
		}
	}
	for _, r := range []string{"jaw_jerk", "biceps", "brachioradialis", "triceps", "finger_flexor", "abdominal_upper",
		"abdominal_lower", "cremasteric", "patellar", "ankle", "bulbocavernosus", "anal_wink"} {
		if !words.KnownReflex(r) {
			t.Errorf("reflex %q has no wording", r)
		}
	}
}
