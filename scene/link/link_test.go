package link_test

import (
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/link"
)

// checker loads the atlas once for all tests.
var checker = sync.OnceValues(func() (link.Checker, error) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		return link.Checker{}, err
	}
	e, err := lesion.New(a)
	if err != nil {
		return link.Checker{}, err
	}
	var levels []string
	for _, l := range geom.SectionLevels(a) {
		levels = append(levels, l.ID)
	}
	return link.Checker{Atlas: a, Engine: e, Levels: levels}, nil
})

func mustChecker(tb testing.TB) link.Checker {
	tb.Helper()
	c, err := checker()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// stale is the crashing link: twelve lesions at sites that do not
// exist.
func stale() string {
	s := "mode=lesion"
	for i := range 12 {
		s += "&lesion=pyramid" + string(rune('0'+i%10)) + map[bool]string{true: "1", false: ""}[i >= 10] + ":L"
	}
	return s
}

func TestParse(t *testing.T) {
	c := mustChecker(t)
	for _, tc := range []struct {
		name, link string
		// want checks the state; notes are the kinds of note expected,
		// in order.
		want  func(link.State) bool
		notes []link.Kind
	}{
		{"good", "mode=lesion&lesion=internal_capsule.posterior_limb:L&lesion=point:-3,-45,-120,4&phase=acute&section=C8&labels=1&cam=30,10,500,0,-20,-60",
			func(s link.State) bool {
				return s.Mode == link.Lesion && len(s.Lesions) == 2 && s.Phase == lesion.Acute && s.Section == "C8" && s.Labels &&
					s.Camera != nil && s.Camera.Distance == 500
			}, nil},
		{"with #", "#mode=explore&scale=true", func(s link.State) bool { return s.TrueScale }, nil},
		{"look", "mode=explore&look=cutaway", func(s link.State) bool { return s.Look == geom.Cutaway }, nil},
		{"look in capitals", "look=OPAQUE", func(s link.State) bool { return s.Look == geom.Opaque }, nil},
		{"bad look", "look=xray&labels=1", func(s link.State) bool { return s.Look == geom.Glass && s.Labels }, []link.Kind{link.BadValue}},
		{"phase in capitals", "mode=lesion&lesion=pyramid:L&phase=ACUTE", func(s link.State) bool { return s.Phase == lesion.Acute }, nil},
		{"bad phase", "mode=lesion&lesion=pyramid:L&phase=soon", func(s link.State) bool { return s.Phase == lesion.Chronic && len(s.Lesions) == 1 }, []link.Kind{link.BadValue}},
		{"mode in capitals", "mode=LESION&lesion=pyramid:L", func(s link.State) bool { return s.Mode == link.Lesion }, nil},
		{"bad mode", "mode=dance", func(s link.State) bool { return s.Mode == link.Explore }, []link.Kind{link.BadValue}},
		{"bad switch", "labels=maybe&presenter=2", func(s link.State) bool { return !s.Labels && !s.Presenter }, []link.Kind{link.BadValue}},
		{"infinite camera", "cam=Inf,0,500,0,0,0", func(s link.State) bool { return s.Camera == nil }, []link.Kind{link.BadCamera}},
		{"NaN camera", "cam=0,NaN,500,0,0,0", func(s link.State) bool { return s.Camera == nil }, []link.Kind{link.BadCamera}},
		{"huge camera", "cam=0,0,1e300,0,0,0", func(s link.State) bool { return s.Camera == nil }, []link.Kind{link.BadCamera}},
		{"far target", "cam=0,0,500,0,0,-1e9", func(s link.State) bool { return s.Camera == nil }, []link.Kind{link.BadCamera}},
		{"pitch past the pole", "cam=0,91,500,0,0,0", func(s link.State) bool { return s.Camera == nil }, []link.Kind{link.BadCamera}},
		{"short camera", "cam=1,2", func(s link.State) bool { return s.Camera == nil }, []link.Kind{link.BadCamera}},
		{"underscored number", "mode=lesion&lesion=point:1_0,0,0,5", func(s link.State) bool { return len(s.Lesions) == 0 }, []link.Kind{link.BadLesion}},
		{"far sphere", "mode=lesion&lesion=point:0,0,1e30,5", func(s link.State) bool { return len(s.Lesions) == 0 }, []link.Kind{link.BadLesion}},
		{"infinite sphere", "mode=lesion&lesion=point:Inf,0,0,5", func(s link.State) bool { return len(s.Lesions) == 0 }, []link.Kind{link.BadLesion}},
		{"huge radius", "mode=lesion&lesion=point:0,0,0,1e9", func(s link.State) bool { return len(s.Lesions) == 0 }, []link.Kind{link.BadLesion}},
		{"stale sites", stale(), func(s link.State) bool { return s.Mode == link.Lesion && len(s.Lesions) == 0 }, []link.Kind{link.UnknownSite}},
		{"repeated spheres", "mode=lesion" + strings.Repeat("&lesion=point:0,0,0,5", 2000), func(s link.State) bool { return len(s.Lesions) == 1 }, []link.Kind{link.Repeated}},
		{"too many", "mode=lesion" + manySpheres(40), func(s link.State) bool { return len(s.Lesions) == link.MaxLesions }, []link.Kind{link.TooMany}},
		{"long key", strings.Repeat("k", 1000) + "=1", func(s link.State) bool { return s.Mode == link.Explore }, []link.Kind{link.UnknownKey}},
		{"too long", "mode=lesion&lesion=" + strings.Repeat("x", link.MaxLength), func(s link.State) bool { return len(s.Lesions) == 0 }, []link.Kind{link.TooLong}},
		{"unreadable", "%zz&mode=lesion&lesion=pyramid:L", func(s link.State) bool { return len(s.Lesions) == 1 }, []link.Kind{link.Unreadable}},
		{"stale trace and section", "mode=trace&trace=area:nowhere:L&section=cerebellum", func(s link.State) bool { return s.Mode == link.Explore && s.Section == "" },
			[]link.Kind{link.BadTrace, link.BadSection}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, notes := link.Parse(tc.link, c)
			if !tc.want(s) {
				t.Errorf("state %+v", s)
			}
			var kinds []link.Kind
			for _, n := range notes {
				if len(kinds) == 0 || kinds[len(kinds)-1] != n.Kind {
					kinds = append(kinds, n.Kind)
				}
			}
			if len(kinds) != len(tc.notes) {
				t.Fatalf("notes %v (%q), want kinds %v", notes, link.Lines(notes), tc.notes)
			}
			for i := range kinds {
				if kinds[i] != tc.notes[i] {
					t.Errorf("notes %v, want kinds %v", notes, tc.notes)
				}
			}
			checkNotes(t, link.Lines(notes))
		})
	}
}

// manySpheres returns n different spheres as a link's lesion parts.
func manySpheres(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("&lesion=point:0,0," + string(rune('0'+i/10)) + string(rune('0'+i%10)) + ",5")
	}
	return b.String()
}

// TestLines: many problems of one kind become one sentence, counted.
func TestLines(t *testing.T) {
	_, notes := link.Parse(stale(), mustChecker(t))
	lines := link.Lines(notes)
	want := "12 lesions in this link name sites that do not exist: pyramid0:L, pyramid1:L, pyramid2:L and 9 more."
	if len(lines) != 1 || lines[0] != want {
		t.Errorf("lines %q, want %q", lines, want)
	}
	_, notes = link.Parse("mode=lesion"+strings.Repeat("&lesion=point:0,0,0,5", 2000), mustChecker(t))
	want = "1999 lesions in this link repeat an earlier one: point:0,0,0,5."
	if got := link.Lines(notes); len(got) != 1 || got[0] != want {
		t.Errorf("2,000 identical spheres: %q, want %q", got, want)
	}
	_, notes = link.Parse(strings.Repeat("k", 1000)+"=1", mustChecker(t))
	if got := link.Lines(notes); len(got) != 1 || !strings.HasPrefix(got[0], "This link has a part the explorer does not know: kkk") || len(got[0]) > 100 {
		t.Errorf("a 1,000-character key: %q", got)
	}
}

// checkNotes fails unless the sentences are few and short.
func checkNotes(tb testing.TB, lines []string) {
	tb.Helper()
	if len(lines) > 5 {
		tb.Errorf("%d sentences, want at most 5: %q", len(lines), lines)
	}
	for _, l := range lines {
		if n := len([]rune(l)); n > 200 {
			tb.Errorf("a sentence of %d characters: %q", n, l)
		}
	}
}

// checkState fails unless every number s holds is finite and in range,
// and its lesions are few and different.
func checkState(tb testing.TB, s link.State) {
	tb.Helper()
	if len(s.Lesions) > link.MaxLesions {
		tb.Errorf("%d lesions, want at most %d", len(s.Lesions), link.MaxLesions)
	}
	seen := map[string]bool{}
	for _, l := range s.Lesions {
		if seen[l.String()] {
			tb.Errorf("lesion %s twice", l)
		}
		seen[l.String()] = true
		if l.ID == "point" {
			for _, x := range l.Centre {
				if !finite(x) || math.Abs(x) > link.MaxTarget {
					tb.Errorf("sphere %s out of range", l)
				}
			}
			if !(l.Radius > 0 && l.Radius <= lesion.MaxPointRadius) {
				tb.Errorf("sphere %s: radius out of range", l)
			}
		}
	}
	if c := s.Camera; c != nil {
		for _, x := range []float32{c.Yaw, c.Pitch, c.Distance, c.Target[0], c.Target[1], c.Target[2]} {
			if !finite(float64(x)) {
				tb.Errorf("camera %+v is not finite", *c)
			}
		}
		if math.Abs(float64(c.Yaw)) > link.MaxYaw || math.Abs(float64(c.Pitch)) > link.MaxPitch || c.Distance < link.MinDistance || c.Distance > link.MaxDistance {
			tb.Errorf("camera %+v out of range", *c)
		}
	}
	if s.Phase != lesion.Acute && s.Phase != lesion.Chronic {
		tb.Errorf("phase %q", s.Phase)
	}
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
