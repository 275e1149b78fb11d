package screen

import (
	"fmt"
	"testing"
)

// TestGroupRows: rows gather by type, side and grade, the worst grade of
// a side first and regions head to foot within a grade; a type weak on
// one side only names the side in its heading; the type with the worst
// grade comes first; a row without its parts keeps its own line.
func TestGroupRows(t *testing.T) {
	umn, lmn := "Upper motor neuron weakness", "Lower motor neuron weakness"
	row := func(kind, heading, group, region, grade string, sev float64) ReportRow {
		return ReportRow{Kind: kind, Heading: heading, Group: group, Region: region, Grade: grade, Severity: sev}
	}
	for _, c := range []struct {
		name string
		rows []ReportRow
		want []rowGroup
	}{
		{"one side, worst first", []ReportRow{
			row("UMN", umn, "On the right", "lower face", "Severe", 0.8),
			row("UMN", umn, "On the right", "shoulder", "Moderate, MRC 3/5", 0.5),
			row("UMN", umn, "On the right", "wrist", "Severe, MRC 1/5", 0.9),
			row("UMN", umn, "On the right", "hand", "Severe, MRC 0/5", 0.98),
			row("UMN", umn, "On the right", "ankle and foot", "Severe, MRC 1/5", 0.88),
		}, []rowGroup{
			{"UMN", umn + " on the right", "", "Severe, MRC 0/5: hand"},
			{"UMN", "", "", "Severe, MRC 1/5: wrist, ankle and foot"},
			{"UMN", "", "", "Severe: lower face"},
			{"UMN", "", "", "Moderate, MRC 3/5: shoulder"},
		}},
		{"two sides, two types", []ReportRow{
			row("UMN", umn, "On the left", "hand", "Severe, MRC 0/5", 0.98),
			row("UMN", umn, "On the right", "knee", "Moderate, MRC 3/5", 0.5),
			row("LMN", lmn, "On the left", "tongue", "Severe", 0.9),
			{Kind: "LMN", Heading: lmn, Text: "Left eye: severe"},
		}, []rowGroup{
			{"UMN", umn, "On the left", "Severe, MRC 0/5: hand"},
			{"UMN", "", "On the right", "Moderate, MRC 3/5: knee"},
			{"LMN", lmn, "On the left", "Severe: tongue"},
			{"LMN", "", "", "Left eye: severe"},
		}},
		{"the worst type first", []ReportRow{
			row("LMN", lmn, "On both sides", "diaphragm", "Moderate", 0.5),
			row("mixed", "Mixed weakness", "On both sides", "hand", "Severe, MRC 1/5", 0.9),
		}, []rowGroup{
			{"mixed", "Mixed weakness on both sides", "", "Severe, MRC 1/5: hand"},
			{"LMN", lmn + " on both sides", "", "Moderate: diaphragm"},
		}},
	} {
		got := groupRows(c.rows)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
