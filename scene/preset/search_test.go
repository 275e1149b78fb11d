package preset_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/preset"
)

func ids(ps []preset.Preset) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// TestSearchFirst: the first result a student gets for what they type.
func TestSearchFirst(t *testing.T) {
	ps, _ := loadEmbedded(t)
	for _, c := range []struct{ query, first string }{
		{"weber", "weber"},
		{"WEBER", "weber"},
		{"brown sequard", "brown_sequard_c5"},
		{"Brown-Séquard", "brown_sequard_c5"},
		{"brown-sequard t10", "brown_sequard_t10"},
		{"sequard c5", "brown_sequard_c5"},
		{"c5 sequard", "brown_sequard_c5"},
		{"t10 brown", "brown_sequard_t10"},
		{"peroneal", "common_peroneal"},
		{"fibular", "common_peroneal"},
		{"facial", "bells_palsy"},
		{"bell's palsy", "bells_palsy"},
		{"bells", "bells_palsy"},
		{"cn7", "bells_palsy"},
		{"wallenberg", "lateral_medullary"},
		{"dejerine", "medial_medullary"},
		{"millard gubler", "millard_gubler"},
		{"foville", "foville"},
		{"raymond", "raymond"},
		{"locked", "locked_in"},
		{"als", "als"},
		{"mnd", "als"},
		{"lou gehrig", "als"},
		{"pls", "pls"},
		{"pma", "pma"},
		{"bulbar", "progressive_bulbar_palsy"},
		{"pseudobulbar", "pseudobulbar_palsy"},
		{"lacune", "capsular_lacune"},
		{"pure motor", "capsular_lacune"},
		{"internal capsule", "capsular_lacune"},
		{"mca", "mca_cortical"},
		{"aca", "aca_cortical"},
		{"anterior spinal artery", "anterior_cord_t4"},
		{"central cord", "central_cord_c5"},
		{"transection t6", "transection_t6"},
		{"transection c3", "transection_c3"},
		{"paraplegia", "transection_t6"},
		{"cruciate", "cruciate_paralysis"},
		{"hemiplegia cruciata", "hemiplegia_cruciata"},
		{"saturday night", "radial_spiral_groove"},
		{"wrist drop", "radial_spiral_groove"},
		{"crutch", "radial_axilla"},
		{"winged scapula", "long_thoracic"},
		{"claw", "ulnar_nerve"},
		{"ulnar", "ulnar_nerve"},
		{"median", "median_nerve"},
		{"deltoid", "axillary_nerve"},
		{"femoral", "femoral_nerve"},
		{"sciatic", "sciatic_nerve"},
		{"diaphragm", "phrenic_bilateral"},
		{"phrenic", "phrenic_bilateral"},
		{"third nerve", "cn3_palsy"},
		{"oculomotor", "cn3_palsy"},
		{"trochlear", "cn4_palsy"},
		{"abducens", "cn6_palsy"},
		{"hypoglossal", "cn12_palsy"},
		{"accessory", "accessory_nerve"},
		{"l5", "root_l5"},
		{"s1 radiculopathy", "root_s1"},
		{"c7 root", "root_c7"},
		{"cauda", "cauda_equina"},
		{"conus", "conus_medullaris"},
		{"polio", "poliomyelitis"},
		{"horn c8", "ventral_horn_c8"},
		{"brainstem", "weber"},
		{"cord.hemisection", "brown_sequard_c5"},
		{"decussation.caudal:R", "hemiplegia_cruciata"},
		{"disease.pma", "pma"},
		{"  weber  syndrome ", "weber"},
	} {
		got := preset.Search(ps, c.query)
		if len(got) == 0 {
			t.Errorf("%q: no result, want %s first", c.query, c.first)
			continue
		}
		if got[0].ID != c.first {
			t.Errorf("%q: first %s, want %s (all: %v)", c.query, got[0].ID, c.first, ids(got))
		}
	}
}

// TestSearchMatches: what matches and what does not.
func TestSearchMatches(t *testing.T) {
	ps, _ := loadEmbedded(t)
	for _, c := range []struct {
		query string
		want  []string // exactly these, in this order
	}{
		{"brown sequard", []string{"brown_sequard_c5", "brown_sequard_t10"}},
		{"sequard c5", []string{"brown_sequard_c5"}},
		{"peroneal", []string{"common_peroneal"}},
		{"xyzzy", nil},
		{"weber xyzzy", nil},
		{"nerve cord", nil},
	} {
		got := ids(preset.Search(ps, c.query))
		if !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("%q: got %v, want %v", c.query, got, c.want)
		}
	}
	// Every facial palsy, whatever its cause, is found by "facial".
	facial := ids(preset.Search(ps, "facial"))
	for _, id := range []string{"bells_palsy", "central_facial_palsy", "millard_gubler"} {
		if !slices.Contains(facial, id) {
			t.Errorf("facial: %s missing from %v", id, facial)
		}
	}
}

func TestSearchProperties(t *testing.T) {
	ps, _ := loadEmbedded(t)
	before := slices.Clone(ps)
	// An empty query lists every preset in order, in a new slice.
	for _, q := range []string{"", "   ", "-- ,"} {
		all := preset.Search(ps, q)
		if !slices.Equal(ids(all), ids(ps)) {
			t.Errorf("%q: got %v, want every preset in order", q, ids(all))
		}
		if len(all) > 0 && &all[0] == &ps[0] {
			t.Errorf("%q: the result shares the caller's slice", q)
		}
	}
	for _, p := range ps {
		// Every preset finds itself first by its id and by its name.
		for _, q := range []string{p.ID, p.Name, strings.ToUpper(p.Name)} {
			got := preset.Search(ps, q)
			if len(got) == 0 || got[0].ID != p.ID {
				t.Errorf("%q: first %v, want %s", q, ids(got), p.ID)
			}
		}
		// and by each other name, among the results.
		for _, a := range p.Aka {
			if !slices.Contains(ids(preset.Search(ps, a)), p.ID) {
				t.Errorf("aka %q does not find %s", a, p.ID)
			}
		}
	}
	// The words' order does not matter.
	for _, pair := range [][2]string{{"brown sequard c5", "c5 sequard brown"}, {"nerve palsy", "palsy nerve"}, {"cord t4 anterior", "anterior cord t4"}} {
		if a, b := ids(preset.Search(ps, pair[0])), ids(preset.Search(ps, pair[1])); !slices.Equal(a, b) {
			t.Errorf("%q gives %v but %q gives %v", pair[0], a, pair[1], b)
		}
	}
	// The same query gives the same answer.
	if a, b := ids(preset.Search(ps, "nerve")), ids(preset.Search(ps, "nerve")); !slices.Equal(a, b) {
		t.Errorf("two searches differ: %v then %v", a, b)
	}
	// Search leaves the presets alone.
	if !slices.EqualFunc(ps, before, func(a, b preset.Preset) bool {
		return a.ID == b.ID && a.Name == b.Name && slices.Equal(a.SiteSpecs, b.SiteSpecs) && slices.Equal(a.Aka, b.Aka)
	}) {
		t.Error("Search modified the presets")
	}
}

// TestSearchStable: among equal matches the input order holds, whichever
// it is.
func TestSearchStable(t *testing.T) {
	mk := func(id, name, group string) preset.Preset {
		return preset.Preset{ID: id, Name: name, Group: group, SiteSpecs: []string{"cn7:L"}}
	}
	ps := []preset.Preset{mk("b_palsy", "B palsy", "nerve"), mk("a_palsy", "A palsy", "nerve"), mk("palsy", "Palsy", "root"), mk("c", "C", "nerve")}
	if got := ids(preset.Search(ps, "palsy")); !slices.Equal(got, []string{"palsy", "b_palsy", "a_palsy"}) {
		t.Errorf("palsy: %v, want the exact name first, then the file's order", got)
	}
	if got := ids(preset.Search(ps, "nerve")); !slices.Equal(got, []string{"b_palsy", "a_palsy", "c"}) {
		t.Errorf("nerve: %v, want the file's order", got)
	}
	slices.Reverse(ps)
	if got := ids(preset.Search(ps, "nerve")); !slices.Equal(got, []string{"c", "a_palsy", "b_palsy"}) {
		t.Errorf("nerve, reversed: %v, want the reversed order", got)
	}
	// The tiers: an exact other name, then a name that starts with the
	// query, then another name that does, then a word of the name, then a
	// word of another name, then the sites.
	ps = []preset.Preset{
		{ID: "sites", Name: "Six", SiteSpecs: []string{"hand_site:L", "other:L"}},
		{ID: "aka_word", Name: "Five", Aka: []string{"left hand"}},
		{ID: "name_word", Name: "Ulnar hand"},
		{ID: "aka_start", Name: "Three", Aka: []string{"hand claw"}},
		{ID: "name_start", Name: "Hand knob"},
		{ID: "exact", Name: "One", Aka: []string{"Hand"}},
		{ID: "none", Name: "Seven"},
	}
	want := []string{"exact", "name_start", "aka_start", "name_word", "aka_word", "sites"}
	if got := ids(preset.Search(ps, "hand")); !slices.Equal(got, want) {
		t.Errorf("hand: %v, want %v", got, want)
	}
}

func BenchmarkSearch(b *testing.B) {
	ps, err := preset.Load(assets.Presets())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		preset.Search(ps, "sequard c5")
	}
}
