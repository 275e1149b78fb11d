package explorer

import (
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestDeficitRows: a region weak alike on both sides takes one row; one
// that differs in type or severity keeps a row a side.
func TestDeficitRows(t *testing.T) {
	rows := deficitRows([]lesion.Deficit{
		{Region: "tongue", Side: "L", Type: "UMN", Severity: 1},
		{Region: "tongue", Side: "R", Type: "UMN", Severity: 0.97},
		{Region: "hand", Side: "L", Type: "UMN", Severity: 0.8},
		{Region: "hand", Side: "R", Type: "LMN", Severity: 0.8},
		{Region: "hip", Side: "L", Type: "UMN", Severity: 0.8},
		{Region: "hip", Side: "R", Type: "UMN", Severity: 0.5},
		{Region: "ankle_foot", Side: "R", Type: "UMN", Severity: 0.9},
	})
	want := []deficitRow{
		{"both", "tongue", "UMN", 1},
		{"L", "hand", "UMN", 0.8}, {"R", "hand", "LMN", 0.8},
		{"L", "hip", "UMN", 0.8}, {"R", "hip", "UMN", 0.5},
		{"R", "ankle_foot", "UMN", 0.9},
	}
	if len(rows) != len(want) {
		t.Fatalf("rows %v, want %v", rows, want)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d: %v, want %v", i, rows[i], want[i])
		}
	}
}
