package atlasfit_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/internal/atlasfit"
)

// TestPremotorAreasInArea6: the premotor areas (area 6) lie in the volume's
// label of their gyrus, in front of the motor strip: the dorsal premotor
// cortex on the middle frontal gyrus, lateral and in front of the hand
// knob; the supplementary motor area on the superior frontal gyrus's
// medial surface, in front of the paracentral leg area. Every channel
// that names them as a source is one of the body parts they drive.
func TestPremotorAreasInArea6(t *testing.T) {
	v := volume(t)
	a := atlas(t)
	want := map[string]atlasfit.Structure{"pmd": atlasfit.MFG, "sma": atlasfit.SFG}
	for id, st := range want {
		ar := a.Area(id)
		if ar == nil {
			t.Fatalf("no area %s", id)
		}
		if got := atlasfit.AreaStructure(*ar); got.Name != st.Name {
			t.Errorf("%s is checked against %s, want %s", id, got.Name, st.Name)
		}
		if l := v.LabelAtMM(ar.At); !st.Has(l) {
			t.Errorf("%s %v samples label %d, not in %s", id, ar.At, l, st.Name)
		}
	}
	pmd, sma, hand, leg := a.Area("pmd").At, a.Area("sma").At, a.Area("hand").At, a.Area("leg").At
	if pmd[1] <= hand[1]+10 {
		t.Errorf("the dorsal premotor cortex %v must lie well in front of the hand area %v", pmd, hand)
	}
	if sma[1] <= leg[1]+10 || math.Abs(sma[0]) > 10 {
		t.Errorf("the supplementary motor area %v must lie on the medial surface, well in front of the leg area %v", sma, leg)
	}
	sources := 0
	for _, c := range a.Channels {
		for _, s := range c.Sources {
			sources++
			if c.Kind != "corticospinal" {
				t.Errorf("channel %s: premotor source %s on a %s channel", c.ID, s.Area, c.Kind)
			}
		}
	}
	if sources == 0 {
		t.Error("no channel has a premotor source")
	}
}
