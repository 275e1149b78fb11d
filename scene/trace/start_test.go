package trace_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
)

// TestParseStart: the forms a student types are read, and written back
// the same way.
func TestParseStart(t *testing.T) {
	a := testAtlas(t)
	for _, tc := range []struct {
		in   string
		want trace.Start
		out  string
	}{
		{"area:hand:L", trace.Start{Kind: trace.FromArea, ID: "hand", Side: anatomy.Left}, "area:hand:L"},
		{"nucleus:cn7_nucleus:R", trace.Start{Kind: trace.FromNucleus, ID: "cn7_nucleus", Side: anatomy.Right}, "nucleus:cn7_nucleus:R"},
		{"horn:C8:R", trace.Start{Kind: trace.FromHorn, Level: 7, Side: anatomy.Right}, "horn:C8:R"},
		{"Horn:c8:right", trace.Start{Kind: trace.FromHorn, Level: 7, Side: anatomy.Right}, "horn:C8:R"},
		{" region:hand:left ", trace.Start{Kind: trace.FromRegion, ID: "hand", Side: anatomy.Left}, "region:hand:L"},
		{"area:reticular:r", trace.Start{Kind: trace.FromArea, ID: "reticular", Side: anatomy.Right}, "area:reticular:R"},
	} {
		got, err := trace.ParseStart(a, tc.in)
		if err != nil {
			t.Errorf("ParseStart(%q): %v", tc.in, err)
			continue
		}
		if got != tc.want {
			t.Errorf("ParseStart(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
		if got.String() != tc.out {
			t.Errorf("ParseStart(%q).String() = %q, want %q", tc.in, got.String(), tc.out)
		}
	}
}

// TestParseStartErrors: a bad start is refused with an error that names
// the part that is wrong.
func TestParseStartErrors(t *testing.T) {
	a := testAtlas(t)
	for _, tc := range []struct{ in, names string }{
		{"", "kind:what:side"},
		{"area:hand", "kind:what:side"},
		{"area:hand:L:x", "kind:what:side"},
		{"gyrus:hand:L", `unknown kind "gyrus"`},
		{"area:hnd:L", `unknown area "hnd"`},
		{"area:hand:X", `side "X"`},
		{"nucleus:cn8_nucleus:L", `unknown nucleus "cn8_nucleus"`},
		{"horn:C9:L", `"C9" is not a spinal segment`},
		{"horn:Co1:L", "the atlas has no motor neurons at Co1 (its ventral horns hold motor columns from C1 to S4 only); start a horn trace at one of those segments"},
		{"horn:S5:R", "the atlas has no motor neurons at S5 (its ventral horns hold motor columns from C1 to S4 only)"},
		{"region:thumb:R", `unknown region "thumb"`},
	} {
		_, err := trace.ParseStart(a, tc.in)
		if err == nil {
			t.Errorf("ParseStart(%q) succeeded, want an error", tc.in)
			continue
		}
		if !strings.Contains(err.Error(), tc.names) {
			t.Errorf("ParseStart(%q): %q does not say %q", tc.in, err, tc.names)
		}
	}
}

// TestRefusalsReadAsSentences: a start the atlas cannot trace is refused
// with a sentence a student can read: the structure's name, not its id.
func TestRefusalsReadAsSentences(t *testing.T) {
	a := testAtlas(t)
	_, err := trace.Trace(a, trace.Start{Kind: trace.FromArea, ID: "pprf", Side: anatomy.Left})
	if err == nil {
		t.Fatal("the gaze centre traced, want a refusal")
	}
	want := "the " + a.Area("pprf").Name + " sends no fibres of its own"
	if !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), " pprf ") {
		t.Errorf("refusal %q: want it to say %q, without the id", err, want)
	}
}
