package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// reflexRegions maps each stretch reflex of reflexes.json to the region of
// the muscle it watches (muscles.json).
func reflexRegions(t *testing.T) map[string]string {
	t.Helper()
	a := testatlas.Atlas(t)
	region := map[string]string{}
	for _, m := range a.Muscles {
		region[m.ID] = m.Region
	}
	out := map[string]string{}
	for _, r := range a.Reflexes {
		if r.Kind == "deep" && region[r.Muscle] != "" {
			out[r.ID] = region[r.Muscle]
		}
	}
	if len(out) < 6 {
		t.Fatalf("only %d stretch reflexes watch a region's muscle", len(out))
	}
	return out
}

// TestNoLMNRegionWithABriskReflex: a region whose stretch reflex is brisk
// shows an upper motor neuron sign, so it is of upper motor neuron or mixed
// type, never pure lower motor neuron (README: mixed is both kinds of sign
// in the same region), and a region whose stretch reflex is lost through
// its arc is never pure upper motor neuron. Checked at every level for
// every cord site kind, and for a limb nerve under a cord lesion above it.
func TestNoLMNRegionWithABriskReflex(t *testing.T) {
	regions := reflexRegions(t)
	var lesions [][]string
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		at := "@" + l.String()
		for _, kind := range []string{"cord.transection", "cord.anterior", "cord.central", "cord.hemisection:L", "cord.hemisection:R", "lateral_cst:L", "ventral_horn:R", "ventral_root:L"} {
			lesions = append(lesions, []string{kind + at})
		}
	}
	lesions = append(lesions,
		[]string{"common_peroneal_nerve:L", "lateral_cst:L@T8"},
		[]string{"sciatic_nerve:R", "cord.transection@T10"},
		[]string{"musculocutaneous_nerve:L", "lateral_cst:L@C3"},
		[]string{"femoral_nerve:R", "cord.hemisection:R@T6"},
		[]string{"radial_nerve.axilla:L", "pyramid:R"},
	)
	checked := 0
	for _, sites := range lesions {
		var parsed []lesion.Site
		for _, text := range sites {
			site, err := testEngine(t).ParseSite(text)
			if err != nil {
				break // a level the site does not have
			}
			parsed = append(parsed, site)
		}
		if len(parsed) < len(sites) {
			continue
		}
		res := testEngine(t).Evaluate(parsed, lesion.Chronic)
		checked++
		for _, s := range res.Signs {
			for _, r := range s.Reflexes {
				region, ok := regions[r]
				if !ok {
					continue
				}
				d := findDeficit(res, region, s.Side)
				switch {
				case d == nil:
				case s.Sign == "hyperreflexia" && d.Type == "LMN":
					t.Errorf("%v: %s:%s is LMN with a brisk %s jerk; got %s", sites, region, s.Side, r, deficitsText(res))
				case s.Sign == "areflexia" && d.Type == "UMN":
					t.Errorf("%v: %s:%s is UMN with its %s jerk lost; got %s", sites, region, s.Side, r, deficitsText(res))
				}
			}
		}
	}
	if checked < 150 {
		t.Fatalf("only %d lesions checked", checked)
	}
}

// TestFootDropUnderABriskAnkleJerk: at L4-L5 a central cord lesion takes
// the dorsiflexors' motor neurons (foot drop) while the calf, supplied from
// S1-S2 below, is cut off from above (brisk ankle jerk): the ankle and foot
// are of mixed type, as after a peroneal palsy under a cord lesion above.
func TestFootDropUnderABriskAnkleJerk(t *testing.T) {
	for _, c := range []struct {
		sites []string
		sides []string
	}{
		{[]string{"cord.central@L4"}, bothSides},
		{[]string{"cord.central@L5"}, bothSides},
		{[]string{"cord.transection@L5"}, bothSides},
		{[]string{"common_peroneal_nerve:L", "lateral_cst:L@T8"}, []string{"L"}},
		{[]string{"common_peroneal_nerve:R", "cord.transection@T4"}, []string{"R"}},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		for _, side := range c.sides {
			if d := findDeficit(res, "ankle_foot", side); d == nil || d.Type != "mixed" {
				t.Errorf("%v: ankle_foot:%s want mixed; got %s", c.sites, side, deficitsText(res))
			}
		}
	}
}
