package preset_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/preset"
)

// These tests check the presets and the engine together: for each group,
// what the engine computes from a preset's sites must be the anatomy the
// group stands for.

var (
	cranialRegions = []string{"upper_face", "lower_face", "jaw", "palate_pharynx_larynx", "scm", "trapezius", "tongue",
		"eye_adduction_elevation_depression", "eye_intorsion", "eye_abduction"}
	armRegions  = []string{"shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand"}
	legRegions  = []string{"hip", "knee", "ankle_foot"}
	limbRegions = append(slices.Clone(armRegions), legRegions...)
	umnSigns    = []string{"babinski", "hyperreflexia", "clonus"}
	lmnSigns    = []string{"atrophy", "fasciculations"}
	other       = map[string]string{"L": "R", "R": "L"}
)

// evaluated is a preset with the engine's answer.
type evaluated struct {
	p     *preset.Preset
	sites []lesion.Site
	res   *lesion.Result
	// side is the side of every site when they share one, L or R; else "".
	side string
}

// evaluateAll evaluates every embedded preset of group at phase.
func evaluateAll(t *testing.T, group string, phase lesion.Phase) map[string]evaluated {
	t.Helper()
	ps, eng := loadEmbedded(t)
	out := map[string]evaluated{}
	for i := range ps {
		p := &ps[i]
		if p.Group != group {
			continue
		}
		sites, err := p.Sites(eng)
		if err != nil {
			t.Fatal(err)
		}
		side := sites[0].Side
		for _, s := range sites {
			if s.Side != side {
				side = ""
			}
		}
		if side != "L" && side != "R" {
			side = ""
		}
		out[p.ID] = evaluated{p: p, sites: sites, res: eng.Evaluate(sites, phase), side: side}
	}
	if len(out) == 0 {
		t.Fatalf("no preset in group %s", group)
	}
	return out
}

// need returns the named presets of m, failing if one is missing, so that
// a check cannot pass for want of presets.
func need(t *testing.T, m map[string]evaluated, ids ...string) []evaluated {
	t.Helper()
	var out []evaluated
	for _, id := range ids {
		e, ok := m[id]
		if !ok {
			t.Fatalf("no preset %s in the group", id)
		}
		out = append(out, e)
	}
	return out
}

// deficit returns the deficit of region on side, if weak.
func (e evaluated) deficit(region, side string) (lesion.Deficit, bool) {
	for _, d := range e.res.Deficits {
		if d.Region == region && d.Side == side {
			return d, true
		}
	}
	return lesion.Deficit{}, false
}

// weak reports whether any of regions is weak on side with type typ ("" any).
func (e evaluated) weak(regions []string, side, typ string) bool {
	for _, r := range regions {
		if d, ok := e.deficit(r, side); ok && (typ == "" || d.Type == typ) {
			return true
		}
	}
	return false
}

// sign reports whether sign is present on side (or toward side; "" any).
func (e evaluated) sign(sign, side string) bool {
	for _, s := range e.res.Signs {
		if s.Sign == sign && (side == "" || s.Side == side || s.Toward == side) {
			return true
		}
	}
	return false
}

// reflexLost reports whether reflex is among the lost reflexes on side.
func (e evaluated) reflexLost(reflex, side string) bool {
	for _, s := range e.res.Signs {
		if s.Sign == "areflexia" && s.Side == side && slices.Contains(s.Reflexes, reflex) {
			return true
		}
	}
	return false
}

func (e evaluated) maxSeverity(regions []string) float64 {
	m := 0.0
	for _, d := range e.res.Deficits {
		if slices.Contains(regions, d.Region) {
			m = max(m, d.Severity)
		}
	}
	return m
}

func (e evaluated) errorf(t *testing.T, format string, args ...any) {
	t.Helper()
	t.Errorf("%s (%s): "+format+"\n  %s", append(append([]any{e.p.ID, strings.Join(e.p.SiteSpecs, " ")}, args...), e.res.Summary)...)
}

// onlyType checks that every deficit is of type typ.
func (e evaluated) onlyType(t *testing.T, typ string) {
	t.Helper()
	for _, d := range e.res.Deficits {
		if d.Type != typ {
			e.errorf(t, "%s %s is %s, want only %s deficits", d.Region, d.Side, d.Type, typ)
		}
	}
}

// onlySide checks that every deficit and every sided sign is on side.
func (e evaluated) onlySide(t *testing.T, side string) {
	t.Helper()
	for _, d := range e.res.Deficits {
		if d.Side != side {
			e.errorf(t, "%s weak on %s, want only side %s", d.Region, d.Side, side)
		}
	}
	for _, s := range e.res.Signs {
		if s.Side != "" && s.Side != side {
			e.errorf(t, "sign %s on %s, want only side %s", s.Sign, s.Side, side)
		}
	}
}

// noSigns checks that none of signs is present.
func (e evaluated) noSigns(t *testing.T, signs ...string) {
	t.Helper()
	for _, s := range signs {
		if e.sign(s, "") {
			e.errorf(t, "has %s", s)
		}
	}
}

func siteIDs(e evaluated) []string {
	var out []string
	for _, s := range e.sites {
		out = append(out, s.ID)
	}
	return out
}

// TestHemispherePresets: above the brainstem every weakness is of upper
// motor neuron type and, for a one-sided lesion, contralateral, with the
// forehead spared.
func TestHemispherePresets(t *testing.T) {
	m := evaluateAll(t, "hemisphere", lesion.Chronic)
	for _, e := range m {
		e.onlyType(t, "UMN")
		e.noSigns(t, append(lmnSigns, "areflexia")...)
		if e.side != "" {
			e.onlySide(t, other[e.side])
			if _, ok := e.deficit("upper_face", other[e.side]); ok {
				e.errorf(t, "the forehead is weak after a one-sided hemispheric lesion")
			}
			if e.weak([]string{"lower_face"}, other[e.side], "") && !e.sign("forehead_sparing", other[e.side]) {
				e.errorf(t, "a central facial palsy without forehead sparing")
			}
		}
		for _, s := range []string{"L", "R"} {
			if e.weak(legRegions, s, "") != e.sign("babinski", s) {
				e.errorf(t, "leg weakness and Babinski sign disagree on %s", s)
			}
		}
	}
	for _, e := range need(t, m, "capsular_lacune", "corona_radiata") {
		if !e.weak([]string{"lower_face"}, "R", "UMN") || !e.weak(armRegions, "R", "UMN") || !e.weak(legRegions, "R", "UMN") {
			e.errorf(t, "want right face, arm and leg weakness")
		}
	}
	for _, e := range need(t, m, "mca_cortical") {
		if !e.weak(armRegions, "R", "UMN") || !e.weak([]string{"lower_face"}, "R", "UMN") || e.weak(legRegions, "R", "") {
			e.errorf(t, "MCA: want right face and arm weakness with the leg spared")
		}
		if e.maxSeverity([]string{"hand", "wrist"}) <= e.maxSeverity([]string{"shoulder"}) {
			e.errorf(t, "MCA: want the hand weaker than the shoulder")
		}
	}
	for _, e := range need(t, m, "aca_cortical") {
		if !e.weak(legRegions, "R", "UMN") || e.weak(armRegions, "R", "") || e.weak(cranialRegions, "R", "") {
			e.errorf(t, "ACA: want right leg weakness only")
		}
	}
	for _, e := range need(t, m, "hand_knob") {
		if !e.weak([]string{"hand"}, "R", "UMN") || e.weak([]string{"shoulder"}, "R", "") || e.weak(legRegions, "R", "") {
			e.errorf(t, "hand knob: want right hand weakness only")
		}
	}
	for _, e := range need(t, m, "central_facial_palsy") {
		if !e.weak([]string{"lower_face"}, "R", "UMN") || e.weak(limbRegions, "R", "") {
			e.errorf(t, "want a right central facial palsy with the limbs spared")
		}
	}
	for _, e := range need(t, m, "pseudobulbar_palsy") {
		for _, s := range []string{"L", "R"} {
			for _, r := range []string{"lower_face", "jaw", "palate_pharynx_larynx", "tongue"} {
				if !e.weak([]string{r}, s, "UMN") {
					e.errorf(t, "pseudobulbar: %s %s not weak", r, s)
				}
			}
			if e.weak(limbRegions, s, "") {
				e.errorf(t, "pseudobulbar: limbs weak on %s", s)
			}
		}
		if !e.sign("brisk_gag", "") || !e.sign("pseudobulbar_affect", "") || e.sign("absent_gag", "") {
			e.errorf(t, "pseudobulbar: want a brisk gag and pseudobulbar affect")
		}
	}
}

// tractSites are the sites of the descending tracts in the brainstem;
// cranialSites those of cranial motor nuclei and nerves.
var tractSites = []string{"cerebral_peduncle", "basis_pontis.rostral", "basis_pontis.caudal", "pyramid"}

func isCranialSite(id string) bool {
	return strings.HasPrefix(id, "cn") || id == "nucleus_ambiguus"
}

// TestBrainstemCrossedSyndromes: a one-sided brainstem lesion of a tract
// and a cranial nerve or nucleus gives a contralateral hemiparesis of
// upper motor neuron type and an ipsilateral cranial palsy of lower motor
// neuron type, with no weak limb on the side of the lesion.
func TestBrainstemCrossedSyndromes(t *testing.T) {
	m := evaluateAll(t, "brainstem", lesion.Chronic)
	var crossed []string
	for id, e := range m {
		ids := siteIDs(e)
		if e.side == "" || !slices.ContainsFunc(ids, func(s string) bool { return slices.Contains(tractSites, s) }) || !slices.ContainsFunc(ids, isCranialSite) {
			continue
		}
		crossed = append(crossed, id)
		s, o := e.side, other[e.side]
		if !e.weak(limbRegions, o, "UMN") || !e.weak(armRegions, o, "UMN") || !e.weak(legRegions, o, "UMN") {
			e.errorf(t, "no contralateral (%s) arm and leg weakness of UMN type", o)
		}
		if !e.sign("babinski", o) || e.sign("babinski", s) {
			e.errorf(t, "want a Babinski sign on %s only", o)
		}
		if !e.weak(cranialRegions, s, "LMN") {
			e.errorf(t, "no ipsilateral (%s) cranial LMN deficit", s)
		}
		if e.weak(limbRegions, s, "") {
			e.errorf(t, "a limb weak on the side of the lesion")
		}
		if e.weak(cranialRegions, o, "LMN") {
			e.errorf(t, "a contralateral cranial LMN deficit")
		}
	}
	slices.Sort(crossed)
	if want := []string{"foville", "medial_medullary", "millard_gubler", "raymond", "weber"}; !slices.Equal(crossed, want) {
		t.Errorf("crossed syndromes %v, want %v", crossed, want)
	}
	// In the brainstem a limb is weak only through its descending tracts.
	for _, e := range m {
		for _, d := range e.res.Deficits {
			if slices.Contains(limbRegions, d.Region) && d.Type != "UMN" {
				e.errorf(t, "limb region %s %s is %s", d.Region, d.Side, d.Type)
			}
			if d.Type == "LMN" && !slices.Contains(cranialRegions, d.Region) {
				e.errorf(t, "LMN deficit outside the cranial regions: %s", d.Region)
			}
		}
	}
	// Each syndrome's own mark.
	for _, e := range need(t, m, "weber") {
		if !e.sign("eye_down_and_out", "L") || !e.sign("ptosis", "L") || !e.sign("mydriasis", "L") || !e.sign("forehead_sparing", "R") {
			e.errorf(t, "Weber: want a left third nerve palsy and a right central facial palsy")
		}
	}
	for _, e := range need(t, m, "millard_gubler", "foville") {
		if !e.weak([]string{"upper_face"}, "L", "LMN") || !e.weak([]string{"eye_abduction"}, "L", "LMN") {
			e.errorf(t, "want the whole left face and the left lateral rectus weak")
		}
	}
	for _, e := range need(t, m, "foville") {
		if !e.sign("horizontal_gaze_palsy", "L") {
			e.errorf(t, "Foville: want no gaze to the left")
		}
	}
	for _, e := range need(t, m, "millard_gubler", "raymond") {
		if e.sign("horizontal_gaze_palsy", "") {
			e.errorf(t, "a fascicular abducens lesion gives no gaze palsy")
		}
	}
	for _, e := range need(t, m, "raymond", "medial_medullary") {
		if e.weak([]string{"upper_face", "lower_face"}, "L", "") || e.weak([]string{"upper_face", "lower_face"}, "R", "") {
			e.errorf(t, "the face should be spared")
		}
	}
	for _, e := range need(t, m, "medial_medullary") {
		if !e.sign("tongue_deviation", "L") || !e.weak([]string{"tongue"}, "L", "LMN") {
			e.errorf(t, "medial medullary: want the tongue weak and deviating to the left")
		}
	}
	for _, e := range need(t, m, "lateral_medullary") {
		if !e.weak([]string{"palate_pharynx_larynx"}, "L", "LMN") || !e.sign("uvula_deviation", "R") || e.weak(limbRegions, "L", "") || e.weak(limbRegions, "R", "") {
			e.errorf(t, "lateral medullary: want a left palatal palsy, uvula to the right, limbs spared")
		}
	}
	for _, e := range need(t, m, "locked_in", "locked_in_incomplete") {
		for _, s := range []string{"L", "R"} {
			for _, r := range append(slices.Clone(limbRegions), "lower_face", "tongue", "palate_pharynx_larynx") {
				if !e.weak([]string{r}, s, "UMN") {
					e.errorf(t, "locked-in: %s %s not weak", r, s)
				}
			}
			if !e.sign("babinski", s) {
				e.errorf(t, "locked-in: no Babinski sign on %s", s)
			}
		}
		// Vertical gaze and lid raising (CN III, midbrain) are the
		// patient's voice.
		if e.weak([]string{"eye_adduction_elevation_depression"}, "L", "") || e.weak([]string{"eye_adduction_elevation_depression"}, "R", "") || e.sign("ptosis", "") {
			e.errorf(t, "locked-in: the oculomotor muscles should be spared")
		}
	}
	for _, e := range need(t, m, "locked_in") {
		if !e.sign("horizontal_gaze_palsy", "L") || !e.sign("horizontal_gaze_palsy", "R") {
			e.errorf(t, "locked-in: want no horizontal gaze either way")
		}
	}
	for _, e := range need(t, m, "locked_in_incomplete", "pontine_pure_motor") {
		if e.sign("horizontal_gaze_palsy", "") {
			e.errorf(t, "a ventral pontine lesion sparing the tegmentum leaves horizontal gaze")
		}
	}
	for _, e := range need(t, m, "cruciate_paralysis") {
		if !e.weak(armRegions, "L", "UMN") || !e.weak(armRegions, "R", "UMN") || e.weak(legRegions, "L", "") || e.weak(legRegions, "R", "") {
			e.errorf(t, "cruciate paralysis: want both arms weak and the legs spared")
		}
	}
	for _, e := range need(t, m, "hemiplegia_cruciata") {
		if !e.weak(armRegions, "L", "UMN") || e.weak(legRegions, "L", "") || !e.weak(legRegions, "R", "UMN") || e.weak(armRegions, "R", "") {
			e.errorf(t, "hemiplegia cruciata: want the left arm and the right leg weak, nothing else")
		}
		if !e.sign("babinski", "R") || e.sign("babinski", "L") {
			e.errorf(t, "hemiplegia cruciata: want a Babinski sign on the right only")
		}
	}
}

// TestCranialNervePresets: a cranial nerve or nucleus gives only lower
// motor neuron weakness of cranial muscles; a nerve on its own side, the
// trochlear nucleus on the other.
func TestCranialNervePresets(t *testing.T) {
	m := evaluateAll(t, "cranial_nerve", lesion.Chronic)
	for _, e := range m {
		e.onlyType(t, "LMN")
		e.noSigns(t, umnSigns...)
		for _, d := range e.res.Deficits {
			if !slices.Contains(cranialRegions, d.Region) {
				e.errorf(t, "%s is not a cranial region", d.Region)
			}
		}
		if len(e.res.Deficits) == 0 {
			e.errorf(t, "no weakness")
		}
		if id := e.sites[0].ID; e.side != "" && !strings.HasSuffix(id, "_nucleus") {
			e.onlySide(t, e.side)
		}
	}
	for _, e := range need(t, m, "bells_palsy") {
		if !e.weak([]string{"upper_face"}, "L", "LMN") || !e.weak([]string{"lower_face"}, "L", "LMN") || e.sign("forehead_sparing", "") {
			e.errorf(t, "Bell's palsy: want the whole left face weak, forehead included")
		}
	}
	for _, e := range need(t, m, "cn3_palsy") {
		if !e.sign("eye_down_and_out", "L") || !e.sign("ptosis", "L") || !e.sign("mydriasis", "L") {
			e.errorf(t, "want a left eye down and out with ptosis and a dilated pupil")
		}
	}
	for _, e := range need(t, m, "cn3_nuclear") {
		if !e.sign("ptosis", "L") || !e.sign("ptosis", "R") || !e.weak([]string{"eye_adduction_elevation_depression"}, "R", "LMN") {
			e.errorf(t, "nuclear III: want both lids drooping and the right eye's elevation weak")
		}
	}
	for _, e := range need(t, m, "cn4_nuclear") {
		e.onlySide(t, "R")
	}
	for _, e := range need(t, m, "cn6_palsy") {
		if !e.sign("esotropia", "L") || e.sign("horizontal_gaze_palsy", "") {
			e.errorf(t, "abducens nerve: want a left esotropia without a gaze palsy")
		}
	}
	for _, e := range need(t, m, "cn6_nuclear") {
		if !e.sign("horizontal_gaze_palsy", "L") {
			e.errorf(t, "abducens nucleus: want no gaze to the left")
		}
	}
	for _, e := range need(t, m, "cn12_palsy") {
		if !e.sign("tongue_deviation", "L") {
			e.errorf(t, "hypoglossal: want the tongue deviating to the left")
		}
	}
	for _, e := range need(t, m, "cn10_palsy") {
		if !e.sign("uvula_deviation", "R") || !e.sign("absent_gag", "L") {
			e.errorf(t, "vagus: want the uvula pulled to the right and the left gag lost")
		}
	}
	for _, e := range need(t, m, "cn5_motor") {
		if !e.sign("jaw_deviation", "L") {
			e.errorf(t, "trigeminal: want the jaw deviating to the left")
		}
	}
	for _, e := range need(t, m, "accessory_nerve") {
		if !e.weak([]string{"scm"}, "L", "LMN") || !e.weak([]string{"trapezius"}, "L", "LMN") {
			e.errorf(t, "accessory: want the left SCM and trapezius weak")
		}
	}
}

// level parses a spinal segment.
func level(t *testing.T, text string) anatomy.Level {
	t.Helper()
	l, err := anatomy.ParseLevel(text)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestCordPresets: a cord lesion gives lower motor neuron signs at its
// level and upper motor neuron signs below it, on the side of the lesion.
func TestCordPresets(t *testing.T) {
	m := evaluateAll(t, "cord", lesion.Chronic)
	acute := evaluateAll(t, "cord", lesion.Acute)
	for id, e := range m {
		if e.side != "" {
			e.onlySide(t, e.side)
		}
		s := e.sites[0]
		cutsCST := slices.Contains([]string{"cord.hemisection", "cord.transection", "cord.anterior"}, s.ID)
		var sides []string
		switch {
		case e.side != "":
			sides = []string{e.side}
		default:
			sides = []string{"L", "R"}
		}
		for _, side := range sides {
			if cutsCST {
				if !e.weak([]string{"ankle_foot"}, side, "UMN") || !e.sign("babinski", side) || !e.weak([]string{"bladder_bowel"}, side, "UMN") {
					e.errorf(t, "a cut corticospinal tract: want UMN leg and sphincter weakness and a Babinski sign on %s", side)
				}
				if s.HasLevel && s.Level <= level(t, "C8") && !e.weak([]string{"hand"}, side, "UMN") {
					e.errorf(t, "a cervical cut: want the hand weak of UMN type on %s", side)
				}
				if !acute[id].sign("spinal_shock_acute", "") {
					acute[id].errorf(t, "no spinal shock in the acute phase")
				}
			}
			if s.HasLevel && s.Level <= level(t, "C8") {
				atLevel := append(slices.Clone(armRegions), "neck", "diaphragm", "scm", "trapezius")
				if !e.weak(atLevel, side, "LMN") && !e.weak(atLevel, side, "mixed") {
					e.errorf(t, "a cervical lesion: no LMN deficit at its level on %s", side)
				}
			}
			if s.HasLevel && s.Level >= level(t, "T1") && s.Level <= level(t, "T12") && (e.weak(armRegions, side, "") || e.weak(cranialRegions, side, "")) {
				e.errorf(t, "a thoracic lesion weakens the arms or head on %s", side)
			}
		}
	}
	for _, e := range need(t, m, "transection_c3") {
		if !e.sign("ventilator_dependent", "") || !e.weak([]string{"diaphragm"}, "L", "UMN") {
			e.errorf(t, "C3: want the diaphragm paralysed (UMN) and a ventilator")
		}
	}
	for _, e := range need(t, m, "transection_c5", "brown_sequard_c5", "central_cord_c5") {
		if e.sign("ventilator_dependent", "") || e.maxSeverity([]string{"diaphragm"}) >= 0.35 {
			e.errorf(t, "C5: the diaphragm should keep its C3-C4 supply")
		}
		if e.reflexLost("triceps", "L") || !e.reflexLost("biceps", "L") {
			e.errorf(t, "C5: want the biceps jerk lost and the triceps jerk kept")
		}
	}
	for _, e := range need(t, m, "central_cord_c5") {
		if e.maxSeverity(armRegions) <= e.maxSeverity(legRegions)+0.3 {
			e.errorf(t, "central cord: want the arms much weaker than the legs")
		}
	}
	for _, e := range need(t, m, "ventral_horn_c8") {
		e.onlyType(t, "LMN")
		if !e.weak([]string{"hand"}, "L", "LMN") || !e.sign("fasciculations", "L") || e.sign("babinski", "") {
			e.errorf(t, "C8 horn: want a left LMN hand weakness with fasciculations and no Babinski")
		}
	}
	for _, e := range need(t, m, "conus_medullaris") {
		for _, s := range []string{"L", "R"} {
			if !e.weak([]string{"bladder_bowel"}, s, "LMN") || e.weak([]string{"knee"}, s, "") || e.reflexLost("patellar", s) {
				e.errorf(t, "conus: want LMN sphincters with the knee and its jerk spared on %s", s)
			}
		}
	}
}

// TestRootAndNervePresets: roots and nerves give only lower motor neuron
// weakness, on their own side.
func TestRootAndNervePresets(t *testing.T) {
	for _, group := range []string{"root", "nerve"} {
		m := evaluateAll(t, group, lesion.Chronic)
		for _, e := range m {
			e.onlyType(t, "LMN")
			e.noSigns(t, umnSigns...)
			if e.side != "" {
				e.onlySide(t, e.side)
			}
			if e.weak(cranialRegions, "L", "") || e.weak(cranialRegions, "R", "") {
				e.errorf(t, "a root or limb nerve weakens a cranial muscle")
			}
		}
		if group == "root" {
			l5, s1 := need(t, m, "root_l5")[0], need(t, m, "root_s1")[0]
			if !l5.sign("foot_drop", "L") || !l5.weak([]string{"hip"}, "L", "LMN") {
				l5.errorf(t, "L5: want foot drop with the hip weak too")
			}
			if !s1.reflexLost("ankle", "L") || l5.reflexLost("ankle", "L") {
				t.Errorf("want the ankle jerk lost with S1 and kept with L5")
			}
			for _, e := range need(t, m, "root_c5") {
				if !e.reflexLost("biceps", "L") || !e.weak([]string{"shoulder"}, "L", "LMN") {
					e.errorf(t, "C5 root: want the shoulder weak and the biceps jerk lost")
				}
			}
			for _, e := range need(t, m, "root_c7") {
				if !e.reflexLost("triceps", "L") || e.maxSeverity([]string{"elbow_extension"}) < e.maxSeverity([]string{"shoulder", "hand"}) {
					e.errorf(t, "C7 root: want the triceps weakest and its jerk lost")
				}
			}
			for _, e := range need(t, m, "cauda_equina") {
				for _, s := range []string{"L", "R"} {
					if !e.reflexLost("patellar", s) || !e.reflexLost("ankle", s) || !e.weak([]string{"bladder_bowel"}, s, "LMN") {
						e.errorf(t, "cauda equina: want knee and ankle jerks and sphincters lost on %s", s)
					}
				}
			}
			continue
		}
		for _, e := range need(t, m, "common_peroneal") {
			if !e.sign("foot_drop", "L") || e.weak([]string{"hip"}, "L", "") || e.reflexLost("ankle", "L") {
				e.errorf(t, "peroneal: want foot drop with the hip and the ankle jerk spared")
			}
		}
		sg, ax := need(t, m, "radial_spiral_groove")[0], need(t, m, "radial_axilla")[0]
		if !sg.sign("wrist_drop", "L") || sg.weak([]string{"elbow_extension"}, "L", "") || sg.reflexLost("triceps", "L") {
			sg.errorf(t, "spiral groove: want wrist drop with the triceps spared")
		}
		if !ax.sign("wrist_drop", "L") || !ax.weak([]string{"elbow_extension"}, "L", "LMN") || !ax.reflexLost("triceps", "L") {
			ax.errorf(t, "axilla: want wrist drop with the triceps weak")
		}
		for _, e := range need(t, m, "axillary_nerve") {
			if !e.weak([]string{"shoulder"}, "L", "LMN") || e.weak([]string{"elbow_flexion", "wrist", "hand"}, "L", "") {
				e.errorf(t, "axillary: want the shoulder weak alone")
			}
		}
		for _, e := range need(t, m, "long_thoracic") {
			if !e.sign("scapular_winging", "L") {
				e.errorf(t, "long thoracic: want a winging scapula")
			}
		}
		for _, e := range need(t, m, "femoral_nerve") {
			if !e.weak([]string{"knee"}, "L", "LMN") || !e.reflexLost("patellar", "L") {
				e.errorf(t, "femoral: want the knee weak and the knee jerk lost")
			}
		}
		for _, e := range need(t, m, "sciatic_nerve") {
			if !e.sign("foot_drop", "L") || !e.reflexLost("ankle", "L") || e.reflexLost("patellar", "L") {
				e.errorf(t, "sciatic: want foot drop and the ankle jerk lost, the knee jerk kept")
			}
		}
		for _, e := range need(t, m, "ulnar_nerve", "median_nerve") {
			if !e.weak([]string{"hand"}, "L", "LMN") || e.weak([]string{"shoulder", "elbow_flexion", "elbow_extension"}, "L", "") {
				e.errorf(t, "want the hand weak and the arm above the forearm spared")
			}
		}
		for _, e := range need(t, m, "phrenic_bilateral") {
			if !e.weak([]string{"diaphragm"}, "L", "LMN") || !e.weak([]string{"diaphragm"}, "R", "LMN") || !e.sign("ventilator_dependent", "") {
				e.errorf(t, "phrenic: want both halves of the diaphragm paralysed and a ventilator")
			}
		}
	}
}

// TestDiseasePresets: the motor neuron diseases differ by which neurons
// they kill.
func TestDiseasePresets(t *testing.T) {
	m := evaluateAll(t, "disease", lesion.Chronic)
	for _, e := range need(t, m, "als") {
		mixed := false
		for _, s := range []string{"L", "R"} {
			if !e.sign("babinski", s) || !e.sign("fasciculations", s) || !e.sign("atrophy", s) {
				e.errorf(t, "ALS: want UMN and LMN signs together on %s", s)
			}
			mixed = mixed || e.weak(limbRegions, s, "mixed")
		}
		if !mixed {
			e.errorf(t, "ALS: no limb weakness of mixed type")
		}
		if e.weak([]string{"eye_adduction_elevation_depression", "eye_abduction", "eye_intorsion", "bladder_bowel"}, "L", "") {
			e.errorf(t, "ALS: the eye muscles and sphincters should be spared")
		}
	}
	for _, e := range need(t, m, "pls") {
		e.onlyType(t, "UMN")
		e.noSigns(t, lmnSigns...)
		if !e.sign("babinski", "L") || !e.sign("babinski", "R") {
			e.errorf(t, "PLS: want Babinski signs on both sides")
		}
	}
	for _, e := range need(t, m, "pma", "progressive_bulbar_palsy", "poliomyelitis") {
		e.onlyType(t, "LMN")
		e.noSigns(t, umnSigns...)
		if !e.sign("fasciculations", "") {
			e.errorf(t, "no fasciculations in a ventral horn disease")
		}
	}
	for _, e := range need(t, m, "pma") {
		if e.weak([]string{"upper_face", "lower_face", "jaw", "palate_pharynx_larynx", "tongue"}, "L", "") {
			e.errorf(t, "PMA: the bulbar muscles should be spared")
		}
		if !e.weak(armRegions, "L", "LMN") || !e.weak(legRegions, "R", "LMN") {
			e.errorf(t, "PMA: want the limbs weak")
		}
	}
	for _, e := range need(t, m, "progressive_bulbar_palsy") {
		for _, d := range e.res.Deficits {
			if !slices.Contains(cranialRegions, d.Region) {
				e.errorf(t, "bulbar palsy: %s weak", d.Region)
			}
		}
		if !e.sign("absent_gag", "L") || !e.sign("absent_gag", "R") {
			e.errorf(t, "bulbar palsy: want the gag lost on both sides")
		}
	}
	for _, e := range need(t, m, "poliomyelitis") {
		if !e.weak(legRegions, "L", "LMN") || !e.weak(armRegions, "R", "LMN") || e.weak(legRegions, "R", "") || e.weak(armRegions, "L", "") {
			e.errorf(t, "polio: want the left leg and the right arm weak, patchily")
		}
	}
}
