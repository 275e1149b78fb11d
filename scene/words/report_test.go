package words_test

import (
	"testing"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// TestSignsBySide: each side is named once, before its signs; a sign on
// both sides and a gaze palsy to both sides are said once; the signs
// without a side come last, in a paragraph of their own.
func TestSignsBySide(t *testing.T) {
	for _, c := range []struct {
		name  string
		signs []lesion.Sign
		want  string
	}{
		{"locked-in", []lesion.Sign{
			{Sign: "babinski", Side: "L"}, {Sign: "babinski", Side: "R"},
			{Sign: "hyperreflexia", Side: "L", Reflexes: []string{"jaw_jerk", "patellar"}},
			{Sign: "hyperreflexia", Side: "R", Reflexes: []string{"jaw_jerk", "patellar"}},
			{Sign: "horizontal_gaze_palsy", Toward: "L"}, {Sign: "horizontal_gaze_palsy", Toward: "R"},
			{Sign: "clonus", Side: "L"}, {Sign: "clonus", Side: "R"}, {Sign: "dysarthria"},
		}, "On both sides: Babinski sign; hyperreflexia (jaw jerk, knee); ankle clonus.\n" +
			"The eyes cannot look to either side (horizontal gaze palsy); slurred speech (dysarthria)."},
		{"weber", []lesion.Sign{
			{Sign: "eye_down_and_out", Side: "L"}, {Sign: "ptosis", Side: "L"}, {Sign: "babinski", Side: "R"},
			{Sign: "tongue_deviation", Toward: "R"},
		}, "On the left: eye down and out; drooping eyelid (ptosis).\nOn the right: Babinski sign.\nTongue deviates to the right."},
		{"one side's reflexes differ", []lesion.Sign{
			{Sign: "hyperreflexia", Side: "L", Reflexes: []string{"biceps"}}, {Sign: "hyperreflexia", Side: "R", Reflexes: []string{"ankle"}},
		}, "On the left: hyperreflexia (biceps).\nOn the right: hyperreflexia (ankle)."},
		{"none", nil, ""},
	} {
		if got := words.SignsBySide(c.signs); got != c.want {
			t.Errorf("%s: SignsBySide =\n%q, want\n%q", c.name, got, c.want)
		}
	}
}

// TestReportSummary: the report's summary names coarse parts (the rows
// give each region), in the engine's form.
func TestReportSummary(t *testing.T) {
	var ds []lesion.Deficit
	for _, side := range []string{"L", "R"} {
		for _, r := range []string{"upper_face", "lower_face", "jaw", "palate_pharynx_larynx", "tongue", "scm", "trapezius", "neck",
			"shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand", "trunk", "hip", "knee", "ankle_foot", "bladder_bowel"} {
			ds = append(ds, lesion.Deficit{Region: r, Side: side, Type: "UMN", Severity: 0.8})
		}
	}
	res := &lesion.Result{Deficits: ds, Signs: []lesion.Sign{
		{Sign: "babinski", Side: "L"}, {Sign: "babinski", Side: "R"},
		{Sign: "horizontal_gaze_palsy", Toward: "L"}, {Sign: "horizontal_gaze_palsy", Toward: "R"}, {Sign: "brisk_gag"},
	}}
	want := "Bilateral face, jaw, bulbar, neck, all four limbs, trunk and sphincter weakness of upper motor neuron type, " +
		"Babinski sign on both sides, no horizontal gaze to either side and brisk gag."
	if got := words.ReportSummary(res); got != want {
		t.Errorf("ReportSummary =\n%q, want\n%q", got, want)
	}
	hemi := &lesion.Result{Deficits: []lesion.Deficit{
		{Region: "lower_face", Side: "R", Type: "UMN", Severity: 0.6}, {Region: "hand", Side: "R", Type: "UMN", Severity: 0.9},
	}, Signs: []lesion.Sign{{Sign: "forehead_sparing", Side: "R"}}}
	if got, want := words.ReportSummary(hemi), "Right lower face and hand weakness of upper motor neuron type, forehead spared."; got != want {
		t.Errorf("ReportSummary = %q, want %q", got, want)
	}
}
