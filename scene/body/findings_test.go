package body_test

import (
	"testing"

	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/lesion"
)

// TestReadFindings reads a hand-written answer of the engine: regions,
// kinds, reflex lists, deviations; what the figure cannot show is skipped.
func TestReadFindings(t *testing.T) {
	res := &lesion.Result{
		Phase: lesion.Acute,
		Deficits: []lesion.Deficit{
			{Region: "shoulder", Side: "R", Type: "UMN", Severity: 0.6},
			{Region: "tongue", Side: "L", Type: "LMN", Severity: 1.4},
			{Region: "hand", Side: "L", Type: "mixed", Severity: 0.3},
			{Region: "wings", Side: "L", Type: "LMN", Severity: 1},
			{Region: "hip", Side: "B", Type: "LMN", Severity: 1},
			{Region: "knee", Side: "L", Type: "weird", Severity: 1},
		},
		Signs: []lesion.Sign{
			{Sign: "hyperreflexia", Side: "R", Reflexes: []string{"biceps", "ankle", "unknown"}},
			{Sign: "areflexia", Side: "L", Reflexes: []string{"patellar"}},
			{Sign: "babinski", Side: "R"},
			{Sign: "tongue_deviation", Toward: "L"},
			{Sign: "uvula_deviation", Toward: "R"},
			{Sign: "horizontal_gaze_palsy", Toward: "R"},
			{Sign: "ptosis", Side: "L"},
			{Sign: "ventilator_dependent"},
			{Sign: "pseudobulbar_affect"},
			{Sign: "clonus"}, // no side: skipped
		},
	}
	f := body.ReadFindings(res)
	checks := []struct {
		name string
		ok   bool
	}{
		{"acute but with brisk reflexes: a disease, no shock", !f.Acute},
		{"acute without brisk reflexes: shock", body.ReadFindings(&lesion.Result{Phase: lesion.Acute}).Acute},
		{"right shoulder UMN 0.6", f.Weak[body.Shoulder][body.Right] == body.Weakness{Kind: body.UMN, Severity: 0.6}},
		{"left tongue LMN, severity capped at 1", f.Weak[body.Tongue][body.Left] == body.Weakness{Kind: body.LMN, Severity: 1}},
		{"left hand mixed", f.Weak[body.Hand][body.Left].Kind == body.Mixed},
		{"bad side skipped", f.Weak[body.Hip] == [2]body.Weakness{}},
		{"bad kind skipped", f.Weak[body.Knee] == [2]body.Weakness{}},
		{"brisk right biceps and ankle", f.Brisk[body.Right].Has(body.Biceps) && f.Brisk[body.Right].Has(body.Ankle) && !f.Brisk[body.Right].Has(body.Patellar)},
		{"absent left knee jerk", f.Absent[body.Left].Has(body.Patellar) && !f.Absent[body.Right].Has(body.Patellar)},
		{"Babinski on the right only", f.Babinski == [2]bool{false, true}},
		{"tongue to the left", f.Tongue == body.ToLeft},
		{"uvula to the right", f.Uvula == body.ToRight},
		{"no gaze to the right", f.GazePalsy == [2]bool{false, true}},
		{"left ptosis", f.Ptosis == [2]bool{true, false}},
		{"ventilator", f.Ventilator},
		{"a sign without its side skipped", f.Clonus == [2]bool{}},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("%s: not read so; findings %+v", c.name, f)
		}
	}
	if body.ReadFindings(nil) != (body.Findings{}) {
		t.Errorf("nil result: want healthy findings")
	}
}

// TestDriftFollowsSeverity: built directly from findings, a spastic arm
// drifts further the weaker it is, and a flaccid one falls further.
func TestDriftFollowsSeverity(t *testing.T) {
	drop := func(kind body.Kind, sev float32, at float64) float32 {
		var fd body.Findings
		for _, r := range []body.Region{body.Shoulder, body.ElbowExtension, body.Wrist, body.Hand} {
			fd.Weak[r][body.Right] = body.Weakness{Kind: kind, Severity: sev}
		}
		return handDrop(body.FigureOf(fd).Pose(body.ArmsOut, at).Arms[body.Right])
	}
	for _, kind := range []body.Kind{body.UMN, body.LMN} {
		prev := drop(kind, 0, 10)
		for _, sev := range []float32{0.2, 0.5, 0.8, 1} {
			d := drop(kind, sev, 10)
			if d <= prev+1 {
				t.Errorf("%v severity %.1f: the hand drops %.1f, no more than at the severity before (%.1f)", kind, sev, d, prev)
			}
			prev = d
		}
	}
	if u, l := drop(body.UMN, 0.5, 1.5), drop(body.LMN, 0.5, 1.5); l <= u {
		t.Errorf("at 1.5 s, a moderately weak arm drops %.1f if spastic and %.1f if flaccid: want the flaccid arm lower", u, l)
	}
}
