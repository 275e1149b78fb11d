package words_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// TestPremotorClickNamed: a click on area 6 weakens nothing, but the
// heading names the premotor area it took, not "no motor pathway here",
// and the hover over its fibres names them by their area, the channel
// they join and the station.
func TestPremotorClickNamed(t *testing.T) {
	eng := testatlas.Engine(t)
	a := testatlas.Atlas(t)
	for _, c := range []struct{ site, heading string }{
		{"point:-30,-3,57,6", "Lesion in the left dorsal premotor cortex"},
		{"point:5,-7,57,6", "Lesion in the right supplementary motor area"},
	} {
		s, err := eng.ParseSite(c.site)
		if err != nil {
			t.Fatal(err)
		}
		res := eng.Evaluate([]lesion.Site{s}, lesion.Chronic)
		got := words.LesionHeading(a, res, []string{c.site})
		if !strings.HasPrefix(got, c.heading) || strings.Contains(got, "no motor pathway") {
			t.Errorf("LesionHeading(%s) = %q, want it to start %q", c.site, got, c.heading)
		}
	}
	got := words.Destroyed(a, lesion.Destroyed{Name: "pmd fibres joining hand in corona_radiata", Side: "L"})
	if want := "axons from the left dorsal premotor cortex joining the corticospinal fibres from the hand area in the corona radiata"; got != want {
		t.Errorf("Destroyed = %q, want %q", got, want)
	}
}
