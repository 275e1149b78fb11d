package lesion_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// TestNewNamesAMissingColumn: an atlas edited after loading (a tool's, a
// test's) whose cord muscle names a column it lacks is refused with the
// muscle and the column named, not a nil pointer.
func TestNewNamesAMissingColumn(t *testing.T) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	edited := *a
	edited.Muscles = append([]anatomy.Muscle(nil), a.Muscles...)
	i := -1
	for mi, m := range edited.Muscles {
		if m.Column != "" {
			i = mi
			break
		}
	}
	if i < 0 {
		t.Fatal("no cord muscle in the atlas")
	}
	edited.Muscles[i].Column = "no_such_column"
	_, err = lesion.New(&edited)
	if err == nil || !strings.Contains(err.Error(), "no_such_column") || !strings.Contains(err.Error(), edited.Muscles[i].ID) {
		t.Fatalf("New with a muscle in a missing column: %v, want an error naming the muscle and the column", err)
	}
}
