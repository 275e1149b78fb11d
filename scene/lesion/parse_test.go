package lesion_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/go-gl/mathgl/mgl64"
)

// level parses a segment name for a test table, failing the test on a typo.
func level(tb testing.TB, name string) anatomy.Level {
	tb.Helper()
	l, err := anatomy.ParseLevel(name)
	if err != nil {
		tb.Fatalf("test table: %v", err)
	}
	return l
}

func TestParseSiteValid(t *testing.T) {
	eng := testEngine(t)
	type want struct {
		id       string
		side     string
		level    string // "" for none
		centre   mgl64.Vec3
		radius   float64
		asString string // Site.String(); "" means the input itself
	}
	tests := []struct {
		in   string
		want want
	}{
		// Side defaults to B for a site that takes B.
		{"pyramid", want{id: "pyramid", side: "B", asString: "pyramid:B"}},
		{"pyramid:L", want{id: "pyramid", side: "L"}},
		{"pyramid:R", want{id: "pyramid", side: "R"}},
		{"pyramid:M", want{id: "pyramid", side: "M"}},
		{"pyramid:B", want{id: "pyramid", side: "B"}},
		// The side letter is read without regard to case.
		{"pyramid:l", want{id: "pyramid", side: "L", asString: "pyramid:L"}},
		{"Pyramid:L", want{id: "pyramid", side: "L", asString: "pyramid:L"}},
		{"internal_capsule.posterior_limb:L", want{id: "internal_capsule.posterior_limb", side: "L"}},
		{"precentral.hand:r", want{id: "precentral.hand", side: "R", asString: "precentral.hand:R"}},
		{"cord.hemisection:L@C5", want{id: "cord.hemisection", side: "L", level: "C5"}},
		// The level is read without regard to case.
		{"cord.hemisection:R@t10", want{id: "cord.hemisection", side: "R", level: "T10", asString: "cord.hemisection:R@T10"}},
		{"cord.hemisection:L@Co1", want{id: "cord.hemisection", side: "L", level: "Co1"}},
		{"cord.transection@T6", want{id: "cord.transection", side: "B", level: "T6", asString: "cord.transection:B@T6"}},
		{"cord.transection:M@C4", want{id: "cord.transection", side: "M", level: "C4"}},
		{"anterior_cst:L@T6", want{id: "anterior_cst", side: "L", level: "T6"}},
		{"ventral_root:R@S1", want{id: "ventral_root", side: "R", level: "S1"}},
		// cn11_nucleus takes an optional level.
		{"cn11_nucleus:R", want{id: "cn11_nucleus", side: "R"}},
		{"cn11_nucleus:R@C3", want{id: "cn11_nucleus", side: "R", level: "C3"}},
		{"disease.als", want{id: "disease.als", side: "B", asString: "disease.als:B"}},
		{"cauda_equina:L", want{id: "cauda_equina", side: "L"}},
		{"point:-15,-5,8,3", want{id: "point", centre: mgl64.Vec3{-15, -5, 8}, radius: 3}},
		{"point:0.5,-1.25,1e1,40", want{id: "point", centre: mgl64.Vec3{0.5, -1.25, 10}, radius: 40, asString: "point:0.5,-1.25,10,40"}},
		{"point: 1, 2 ,3,4", want{id: "point", centre: mgl64.Vec3{1, 2, 3}, radius: 4, asString: "point:1,2,3,4"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			s, err := eng.ParseSite(tc.in)
			if err != nil {
				t.Fatalf("ParseSite(%q): unexpected error: %v", tc.in, err)
			}
			if s.ID != tc.want.id {
				t.Errorf("ParseSite(%q).ID = %q, want %q", tc.in, s.ID, tc.want.id)
			}
			if tc.want.id == "point" {
				if s.Centre != tc.want.centre || s.Radius != tc.want.radius {
					t.Errorf("ParseSite(%q) = centre %v radius %g, want centre %v radius %g", tc.in, s.Centre, s.Radius, tc.want.centre, tc.want.radius)
				}
				if s.HasLevel {
					t.Errorf("ParseSite(%q) gave a point a level", tc.in)
				}
			} else {
				if s.Side != tc.want.side {
					t.Errorf("ParseSite(%q).Side = %q, want %q", tc.in, s.Side, tc.want.side)
				}
				switch {
				case tc.want.level == "" && s.HasLevel:
					t.Errorf("ParseSite(%q) has level %s, want none", tc.in, s.Level)
				case tc.want.level != "" && !s.HasLevel:
					t.Errorf("ParseSite(%q) has no level, want %s", tc.in, tc.want.level)
				case tc.want.level != "" && s.Level != level(t, tc.want.level):
					t.Errorf("ParseSite(%q).Level = %s, want %s", tc.in, s.Level, tc.want.level)
				}
			}
			wantString := tc.want.asString
			if wantString == "" {
				wantString = tc.in
			}
			if got := s.String(); got != wantString {
				t.Errorf("ParseSite(%q).String() = %q, want %q", tc.in, got, wantString)
			}
		})
	}
}

// TestParseSiteEveryAtlasSite parses every site the engine lists on every
// side it takes and at the ends of its level range, so that no atlas site is
// unreachable from the command line.
func TestParseSiteEveryAtlasSite(t *testing.T) {
	eng := testEngine(t)
	infos := eng.Sites()
	if len(infos) == 0 {
		t.Fatal("the engine lists no sites")
	}
	for _, info := range infos {
		var levels []string
		switch info.Level {
		case "required":
			first, last, err := anatomy.ParseLevelRange(info.Levels)
			if err != nil {
				t.Errorf("site %s: level range %q: %v", info.ID, info.Levels, err)
				continue
			}
			levels = []string{"@" + first.String(), "@" + last.String()}
		case "optional":
			levels = []string{"", "@" + strings.SplitN(info.Levels, "-", 2)[0]}
		default:
			levels = []string{""}
		}
		for _, side := range info.Sides {
			for _, lv := range levels {
				text := info.ID + ":" + string(side) + lv
				s, err := eng.ParseSite(text)
				if err != nil {
					t.Errorf("ParseSite(%q): %v", text, err)
					continue
				}
				if s.String() != text {
					t.Errorf("ParseSite(%q).String() = %q", text, s.String())
				}
			}
		}
	}
}

func TestParseSiteErrors(t *testing.T) {
	eng := testEngine(t)
	tests := []struct {
		name string
		in   string
		// mention lists what the message must contain: the bad part and,
		// for an unknown id, the nearest ids.
		mention []string
	}{
		{"empty", "", []string{"empty site"}},
		{"unknown id", "pyramd", []string{`"pyramd"`, "nearest", "pyramid"}},
		{"unknown id, truncated", "internal_capsule.posterior", []string{`"internal_capsule.posterior"`, "internal_capsule.posterior_limb"}},
		{"unknown id, prefix of several", "internal_capsule", []string{"internal_capsule.genu", "internal_capsule.posterior_limb"}},
		{"unknown id, cord family", "cord", []string{"cord.hemisection", "cord.transection"}},
		{"unknown id with side and level", "cord.hemi:L@C5", []string{`"cord.hemi"`, "cord.hemisection"}},
		{"missing required level", "cord.hemisection:L", []string{"cord.hemisection", "needs a level"}},
		{"missing required level, no side", "ventral_horn", []string{"ventral_horn", "needs a level"}},
		{"empty level", "ventral_horn:L@", []string{"bad level", `""`}},
		{"level out of range for site", "anterior_cst:L@T8", []string{"T8", "anterior_cst", "T6"}},
		{"optional level out of range", "cn11_nucleus:R@C6", []string{"C6", "cn11_nucleus", "C5"}},
		{"central cord at Co1", "cord.central@Co1", []string{"Co1", "cord.central"}},
		{"no such segment", "cord.hemisection:L@T13", []string{`"T13"`, "not a spinal segment"}},
		{"segment zero", "cord.hemisection:L@C0", []string{`"C0"`}},
		{"level garbage", "cord.hemisection:L@X1", []string{`"X1"`}},
		{"level before side", "cord.hemisection@C5:L", []string{`"C5:L"`}},
		{"level on a site that takes none", "pyramid@C5", []string{"pyramid", "takes no level", "@C5"}},
		{"level on a site that takes none, with side", "internal_capsule.posterior_limb:L@C5", []string{"internal_capsule.posterior_limb", "takes no level"}},
		{"bad side letter", "pyramid:X", []string{`"X"`, "bad side"}},
		{"empty side", "pyramid:", []string{"bad side", `""`}},
		{"two side letters", "pyramid:LR", []string{`"LR"`}},
		{"side as a word", "pyramid:left", []string{`"left"`}},
		{"two colons", "pyramid:L:R", []string{`"L:R"`}},
		{"side not accepted by transection", "cord.transection:L@T6", []string{"cord.transection", "side L", "B, M"}},
		{"side not accepted by disease", "disease.als:R", []string{"disease.als", "side R"}},
		{"midline not accepted", "internal_capsule.posterior_limb:M", []string{"internal_capsule.posterior_limb", "side M"}},
		{"point with three numbers", "point:1,2,3", []string{`"point:1,2,3"`, "X,Y,Z,R"}},
		{"point with five numbers", "point:1,2,3,4,5", []string{`"point:1,2,3,4,5"`}},
		{"point with nothing", "point:", []string{"bad point"}},
		{"point NaN", "point:1,2,3,NaN", []string{`"NaN"`, "not a number"}},
		{"point NaN centre", "point:NaN,2,3,4", []string{`"NaN"`}},
		{"point infinite", "point:Inf,2,3,4", []string{`"Inf"`}},
		{"point overflowing", "point:1e400,2,3,4", []string{`"1e400"`}},
		{"point radius 0", "point:1,2,3,0", []string{"radius", "40"}},
		{"point negative radius", "point:1,2,3,-2", []string{"radius"}},
		{"point radius too big", "point:1,2,3,40.5", []string{"radius", "40"}},
		{"point letters", "point:a,b,c,d", []string{`"a"`, "not a number"}},
		{"point empty number", "point:1,,3,4", []string{`""`, "not a number"}},
		{"point with a side", "point:1,2,3,4:L", []string{`"4:L"`}},
		// Plain decimals only, not Go's syntax (issue 14).
		{"point with an underscore", "point:1_0,0,0,5", []string{`"1_0"`, "not a number"}},
		{"point in hex", "point:0x1p-2,0,0,5", []string{`"0x1p-2"`}},
		{"point radius +Inf", "point:0,0,0,+Inf", []string{`"+Inf"`}},
		{"point infinity", "point:infinity,0,0,5", []string{`"infinity"`}},
		// A huge part is quoted by a short prefix (issue 14).
		{"huge id", strings.Repeat("x", 131000), []string{`"xxxxxxxx`, "(131000 bytes)", "nearest"}},
		{"huge side", "pyramid:" + strings.Repeat("L", 131000), []string{"bad side", "(131000 bytes)"}},
		{"huge level", "cord.hemisection:L@" + strings.Repeat("C", 131000), []string{"bad level", "(131000 bytes)"}},
		{"huge point", "point:" + strings.Repeat("1", 131000) + ",0,0,5", []string{"not a number", "(131000 bytes)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := eng.ParseSite(tc.in)
			if err == nil {
				t.Fatalf("ParseSite(%.80q) = %+v, want an error", tc.in, s)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("ParseSite(%.80q) error spans lines: %.300q", tc.in, msg)
			}
			if len(msg) > maxSiteError {
				t.Errorf("ParseSite(%.80q) error is %d bytes long, want at most %d", tc.in, len(msg), maxSiteError)
			}
			for _, m := range tc.mention {
				if !strings.Contains(msg, m) {
					t.Errorf("ParseSite(%.80q) error %.300q does not mention %q", tc.in, msg, m)
				}
			}
			if s != (lesion.Site{}) {
				t.Errorf("ParseSite(%.80q) returned a non-zero site %+v with its error", tc.in, s)
			}
		})
	}
}

// TestParseSiteNearestFirst checks that the closest id comes first among the
// suggestions, so that the first one is the one to try.
func TestParseSiteNearestFirst(t *testing.T) {
	eng := testEngine(t)
	tests := []struct{ in, first string }{
		{"pyramd", "pyramid"},
		{"pyramidal", "pyramid"},
		{"internal_capsule.posterior", "internal_capsule.posterior_limb"},
		{"internal_capsule.gen", "internal_capsule.genu"},
		{"cord.hemisectoin", "cord.hemisection"},
		{"median_nerv", "median_nerve"},
		{"disease.alss", "disease.als"},
	}
	for _, tc := range tests {
		_, err := eng.ParseSite(tc.in)
		if err == nil {
			t.Errorf("ParseSite(%q) succeeded, want an unknown-site error", tc.in)
			continue
		}
		_, after, ok := strings.Cut(err.Error(), "nearest: ")
		if !ok {
			t.Errorf("ParseSite(%q) error %q suggests no nearest ids", tc.in, err)
			continue
		}
		after = strings.TrimSuffix(after, ")")
		list := strings.Split(after, ", ")
		if list[0] != tc.first {
			t.Errorf("ParseSite(%q): first suggestion %q, want %q (all: %v)", tc.in, list[0], tc.first, list)
		}
		for _, id := range list {
			if _, err := eng.ParseSite(id + ":B"); err != nil && !strings.Contains(err.Error(), "needs a level") && !strings.Contains(err.Error(), "does not take side") {
				t.Errorf("ParseSite(%q) suggests %q, which is not a site: %v", tc.in, id, err)
			}
		}
	}
}

func TestParsePhase(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want lesion.Phase
		ok   bool
	}{
		{"acute", lesion.Acute, true},
		{"chronic", lesion.Chronic, true},
		{"", "", false},
		{"Acute", lesion.Acute, true},
		{"subacute", "", false},
	} {
		got, err := lesion.ParsePhase(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParsePhase(%q) = %q, %v; want %q, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "acute or chronic") {
			t.Errorf("ParsePhase(%q) error %q does not say what is wanted", tc.in, err)
		}
	}
}
