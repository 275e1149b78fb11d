package anatomy_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
)

// contractSites are the site ids the lesion contract's table
// (shared/clinical/README.md, "Site ids the engine must know") requires.
var contractSites = []string{
	// motor cortex
	"precentral.face", "precentral.arm", "precentral.hand", "precentral.trunk", "precentral.leg", "precentral",
	// hemisphere white matter
	"corona_radiata", "internal_capsule.genu", "internal_capsule.posterior_limb",
	// brainstem tracts
	"cerebral_peduncle", "basis_pontis.rostral", "basis_pontis.caudal", "pyramid", "decussation.rostral", "decussation.caudal",
	// cranial motor nuclei
	"cn3_nucleus", "cn4_nucleus", "cn5_motor_nucleus", "cn6_nucleus", "cn7_nucleus", "nucleus_ambiguus", "cn11_nucleus", "cn12_nucleus",
	// cranial nerves
	"cn3", "cn4", "cn5", "cn6", "cn7", "cn9", "cn10", "cn11", "cn12",
	// spinal cord
	"cord.hemisection", "cord.transection", "cord.anterior", "cord.central", "lateral_cst", "anterior_cst", "ventral_horn", "ventral_root",
	"conus_medullaris", "cauda_equina",
	// peripheral nerves
	"phrenic_nerve", "axillary_nerve", "musculocutaneous_nerve", "radial_nerve.axilla", "radial_nerve.spiral_groove", "median_nerve",
	"ulnar_nerve", "femoral_nerve", "sciatic_nerve", "common_peroneal_nerve", "tibial_nerve",
	// system diseases
	"disease.als", "disease.pls", "disease.pma", "disease.progressive_bulbar_palsy",
}

// contractLevelled are the contract's sites that need @LEVEL.
var contractLevelled = []string{
	"cord.hemisection", "cord.transection", "cord.anterior", "cord.central",
	"lateral_cst", "anterior_cst", "ventral_horn", "ventral_root",
}

// loadEmbedded loads the embedded atlas, failing the test on error.
func loadEmbedded(t *testing.T) *anatomy.Atlas {
	t.Helper()
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatalf("the embedded atlas does not load: %v", err)
	}
	return a
}

func TestLoadEmbeddedAtlas(t *testing.T) {
	a := loadEmbedded(t)

	t.Run("segments C1 to Co1", func(t *testing.T) {
		if len(a.Segments) != anatomy.NumLevels || anatomy.NumLevels != 31 {
			t.Fatalf("got %d segments (NumLevels %d), want 31", len(a.Segments), anatomy.NumLevels)
		}
		want := []string{"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
			"T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
			"L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5", "Co1"}
		for i, s := range a.Segments {
			if s.ID != want[i] {
				t.Errorf("segment %d is %q, want %q", i+1, s.ID, want[i])
			}
			if a.Segment(anatomy.Level(i)) != &a.Segments[i] {
				t.Errorf("Segment(%s) is not the %s entry", anatomy.Level(i), want[i])
			}
			if s.Top <= s.Bottom {
				t.Errorf("segment %s: top %g not above bottom %g", s.ID, s.Top, s.Bottom)
			}
			if i > 0 && a.Segments[i-1].Bottom != s.Top {
				t.Errorf("segment %s starts at %g, but %s ends at %g", s.ID, s.Top, a.Segments[i-1].ID, a.Segments[i-1].Bottom)
			}
		}
	})

	t.Run("every region has a muscle", func(t *testing.T) {
		for _, r := range anatomy.Regions {
			total := 0.0
			var muscles []string
			for _, m := range a.Muscles {
				if m.Region == r {
					total += m.W
					muscles = append(muscles, m.ID)
				}
			}
			if len(muscles) == 0 {
				t.Errorf("no muscle moves region %s", r)
				continue
			}
			if total < 1-1e-6 || total > 1+1e-6 {
				t.Errorf("region %s: muscle weights %v sum to %g, want 1", r, muscles, total)
			}
			for _, id := range muscles {
				if a.Muscle(id) == nil {
					t.Errorf("Muscle(%q) = nil for a muscle of region %s", id, r)
				}
			}
		}
	})

	t.Run("cord muscles have a parsed supply", func(t *testing.T) {
		for _, m := range a.Muscles {
			if m.Column == "" {
				continue
			}
			if len(m.Supply) != len(m.Segments) || len(m.Supply) == 0 {
				t.Errorf("muscle %s: supply %v does not match segments %v", m.ID, m.Supply, m.Segments)
				continue
			}
			col := a.Column(m.Column)
			for i, s := range m.Supply {
				if i > 0 && s.Level <= m.Supply[i-1].Level {
					t.Errorf("muscle %s: supply not in segment order: %v", m.ID, m.Supply)
				}
				if col.ProfileAt(s.Level) == nil {
					t.Errorf("muscle %s: column %s has no pools at %s", m.ID, m.Column, s.Level)
				}
			}
		}
	})

	t.Run("every contract site exists", func(t *testing.T) {
		for _, id := range contractSites {
			s := a.Site(id)
			if s == nil {
				t.Errorf("Site(%q) = nil: the contract requires it", id)
				continue
			}
			if s.ID != id {
				t.Errorf("Site(%q) returned site %q", id, s.ID)
			}
			if len(s.Cuts) == 0 {
				t.Errorf("site %s destroys nothing", id)
			}
		}
		for _, id := range contractLevelled {
			if s := a.Site(id); s != nil && s.Level != "required" {
				t.Errorf("site %s: level %q, but the contract says it needs @LEVEL", id, s.Level)
			}
		}
		if a.Site("no_such_site") != nil {
			t.Error(`Site("no_such_site") is not nil`)
		}
	})

	t.Run("lookups", func(t *testing.T) {
		if a.Nerve("axillary_nerve") == nil || a.Nerve("nope") != nil {
			t.Error("Nerve lookup is wrong")
		}
		if p, n := a.Pool("cn7.upper"); p == nil || n == nil || n.ID != "cn7_nucleus" {
			t.Errorf("Pool(cn7.upper) = %v, %v; want the pool in cn7_nucleus", p, n)
		}
		if a.Channel("arm") == nil || a.Tract("lateral_cst") == nil || a.Column("lateral_proximal") == nil {
			t.Error("Channel, Tract or Column lookup failed")
		}
	})
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  anatomy.Error
		want string
	}{
		{anatomy.Error{File: "muscles.json", Entry: "biceps", Field: "nerves", Msg: `unknown nerve "x"`}, `atlas muscles.json: biceps: nerves: unknown nerve "x"`},
		{anatomy.Error{File: "model.json", Field: "floor", Msg: "missing"}, "atlas model.json: floor: missing"},
		{anatomy.Error{File: "reflexes.json", Msg: "cannot read"}, "atlas reflexes.json: cannot read"},
	}
	for _, tc := range tests {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
}

func TestParseLevel(t *testing.T) {
	good := []struct {
		in   string
		want anatomy.Level
	}{
		{"C1", 0}, {"c5", 4}, {"C8", 7}, {"T1", 8}, {"t6", 13}, {"T12", 19},
		{"L1", 20}, {"L5", 24}, {"S1", 25}, {"S5", 29}, {"Co1", 30}, {"co1", 30}, {"CO1", 30},
	}
	for _, tc := range good {
		got, err := anatomy.ParseLevel(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseLevel(%q) = %d, %v; want %d (%s)", tc.in, got, err, tc.want, tc.want)
		}
	}
	for _, in := range []string{"C0", "C9", "T0", "T13", "L6", "S6", "X1", "", "C", "5", "Co2", "Co0", "Co", "C5 ", " C5", "C-1", "C5a", "T1.5"} {
		if got, err := anatomy.ParseLevel(in); err == nil {
			t.Errorf("ParseLevel(%q) = %s, want an error", in, got)
		} else if !strings.Contains(err.Error(), strconv.Quote(in)) {
			t.Errorf("ParseLevel(%q) error %q does not quote the input", in, err)
		}
	}
}

func TestParseLevelRange(t *testing.T) {
	good := []struct {
		in          string
		first, last string
	}{
		{"C1-C8", "C1", "C8"},
		{"C5", "C5", "C5"},
		{"c5-t1", "C5", "T1"},
		{"T6-T6", "T6", "T6"},
		{"L1-S2", "L1", "S2"},
		{"C1-Co1", "C1", "Co1"},
	}
	for _, tc := range good {
		first, last, err := anatomy.ParseLevelRange(tc.in)
		if err != nil || first.String() != tc.first || last.String() != tc.last {
			t.Errorf("ParseLevelRange(%q) = %s, %s, %v; want %s, %s", tc.in, first, last, err, tc.first, tc.last)
		}
	}
	for _, in := range []string{"C5-C3", "Co1-C1", "C0-C5", "C1-C9", "C1-", "-C5", "", "C1-C3-C5", "C1 - C3", "X1-X2"} {
		if first, last, err := anatomy.ParseLevelRange(in); err == nil {
			t.Errorf("ParseLevelRange(%q) = %s, %s; want an error", in, first, last)
		}
	}
}

func TestLevelStringRoundTrip(t *testing.T) {
	seen := map[string]bool{}
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		name := l.String()
		if seen[name] {
			t.Errorf("Level(%d).String() = %q, already used", int(l), name)
		}
		seen[name] = true
		got, err := anatomy.ParseLevel(name)
		if err != nil || got != l {
			t.Errorf("ParseLevel(Level(%d).String() = %q) = %d, %v", int(l), name, got, err)
		}
	}
	if len(seen) != 31 {
		t.Errorf("%d distinct level names, want 31", len(seen))
	}
	for _, l := range []anatomy.Level{anatomy.NumLevels, 100} {
		if _, err := anatomy.ParseLevel(l.String()); err == nil {
			t.Errorf("Level(%d).String() = %q parses as a segment", int(l), l.String())
		}
	}
}
