package preset_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestHemispherePresets: above the brainstem every weakness is of upper
// motor neuron type and, for a one-sided lesion, contralateral, with the
// forehead spared.
func TestHemispherePresets(t *testing.T) {
	m := evaluateAll(t, "hemisphere", lesion.Chronic)
	for _, e := range m {
		e.onlyType(t, "UMN")
		e.noSigns(t, lmnSigns...)
		// A stretch reflex keeps its arc above the brainstem; only the
		// superficial reflexes are lost, on the weak side.
		for _, r := range []string{"biceps", "brachioradialis", "triceps", "finger_flexor", "patellar", "ankle", "bulbocavernosus", "anal_wink"} {
			for _, s := range []string{"L", "R"} {
				if e.reflexLost(r, s) {
					e.errorf(t, "%s reflex lost on %s after a hemispheric lesion", r, s)
				}
			}
		}
		if e.side != "" {
			e.onlySide(t, other[e.side])
			if _, ok := e.deficit("upper_face", other[e.side]); ok {
				e.errorf(t, "the forehead is weak after a one-sided hemispheric lesion")
			}
			if e.weak(armRegions, other[e.side], "UMN") && e.weak(legRegions, other[e.side], "UMN") && !e.reflexLost("abdominal_lower", other[e.side]) {
				e.errorf(t, "the abdominal reflexes kept after a hemiplegia")
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
