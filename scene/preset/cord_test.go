package preset_test

import (
	"slices"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

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
			// Little leg weakness: the knee at most mildly weak (its
			// flexors' S2 share), its jerk kept.
			if !e.weak([]string{"bladder_bowel"}, s, "LMN") || e.maxSeverity([]string{"knee"}) >= 0.35 || e.reflexLost("patellar", s) {
				e.errorf(t, "conus: want LMN sphincters with the knee at most mildly weak and its jerk kept on %s", s)
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
			if !e.weak([]string{"diaphragm"}, "L", "LMN") || !e.weak([]string{"diaphragm"}, "R", "LMN") || !e.sign("orthopnoea", "") || e.sign("ventilator_dependent", "") {
				e.errorf(t, "phrenic: want both halves of the diaphragm paralysed, breathless lying flat, and no ventilator: the intercostals still breathe")
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
