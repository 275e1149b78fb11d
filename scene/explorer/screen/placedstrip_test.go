package screen_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestPlacedLesionNamed: a lesion placed by a tap is named by what it
// hit, in the report's title and, on a phone, in the folded strip before
// the findings, so that "No weakness." is never all a student reads.
func TestPlacedLesionNamed(t *testing.T) {
	for _, c := range []struct {
		at    [3]float32
		place string
	}{
		{[3]float32{-24, -12, 10}, "Left internal capsule"},
		{[3]float32{-8, -30, 70}, "Left paracentral lobule"},
	} {
		s := newSession(t)
		s.do(t, explorer.Act(explorer.EnterLesion), explorer.Action{Kind: explorer.PlaceLesion, At: c.at, Radius: 5})
		if r := s.ex.Report(); !strings.HasPrefix(r.Title, "Lesion in the "+strings.ToLower(c.place[:1])+c.place[1:]) {
			t.Errorf("lesion at %v: report title %q, want it to name the %s", c.at, r.Title, c.place)
		}
		s.ex.UseDevice(phone3.input)
		L := s.draw(phone3)
		line := strings.Join(stripTexts(s, &L), " | ")
		t.Logf("title %q; strip %q", s.ex.Report().Title, line)
		if !strings.Contains(line, c.place) {
			t.Errorf("lesion at %v: the phone's strip says %q, want it to name the %s", c.at, line, c.place)
		}
	}
}
