package screen

import (
	"testing"
	"unicode/utf8"

	"github.com/decussate/decussate/scene/words"
)

// runeMeasure measures a text as one unit a character: a width in
// characters, so that a table can say how many fit.
type runeMeasure struct{}

func (runeMeasure) Width(s string, size float32) float32 {
	return float32(utf8.RuneCountInString(s)) * size
}

func (runeMeasure) Extent(size float32) (ascent, descent float32) { return size, 0 }

// TestReportCue: the page cue takes the longest wording that fits its
// room, says where → goes from a last page (the next step, the tour's
// end, the first page again), never says a tour's → comes back round,
// and falls back to the page's number, never cut inside a word.
func TestReportCue(t *testing.T) {
	lesion := reportOpts{brief: true, key: "→"}
	tour := reportOpts{brief: true, tour: true, key: "→"}
	tourEnd := reportOpts{brief: true, tour: true, tourEnd: true, key: "→"}
	plain := reportOpts{}
	tests := []struct {
		name        string
		page, pages int
		o           reportOpts
		d           words.Device
		room        int
		want        string
	}{
		{"whole", 0, 3, lesion, words.Keyboard, 40, "1 / 3 · → or a click: more"},
		{"short", 0, 3, lesion, words.Keyboard, 20, "1 / 3 · → next page"},
		{"number and arrow", 0, 3, lesion, words.Keyboard, 8, "1 / 3 →"},
		{"number", 0, 3, lesion, words.Keyboard, 6, "1 / 3"},
		{"lesion's last page", 2, 3, lesion, words.Keyboard, 14, "→ first page"},
		{"lesion's last page whole", 2, 3, lesion, words.Keyboard, 60, "3 / 3 · → or a click: back to the first page"},
		{"tour step's last page", 2, 3, tour, words.Keyboard, 14, "→ next step"},
		{"tour step's last page whole", 2, 3, tour, words.Keyboard, 60, "3 / 3 · →: next step"},
		{"tour's last page", 3, 4, tourEnd, words.Keyboard, 14, "→ end of tour"},
		{"tour's last page whole", 3, 4, tourEnd, words.Keyboard, 60, "4 / 4 · →: end of the tour"},
		{"tour's page before", 2, 4, tourEnd, words.Keyboard, 8, "3 / 4 →"},
		{"M", 0, 2, plain, words.Keyboard, 20, "1 / 2 · M: next page"},
		{"M's number", 0, 2, plain, words.Keyboard, 8, "1 / 2"},
		{"touch", 0, 2, tour, words.Touch, 40, "1 / 2 · tap: more"},
		{"touch's last page round", 1, 2, tour, words.Touch, 40, "2 / 2 · tap: back to the first page"},
		{"one page", 0, 1, lesion, words.Keyboard, 40, ""},
	}
	f := NewTypeset(runeMeasure{})
	for _, tc := range tests {
		if got := f.reportCue(tc.page, tc.pages, tc.o, tc.d, 1, float32(tc.room)); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
