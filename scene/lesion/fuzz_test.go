package lesion_test

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// checkResult fails tb unless res keeps the contract's promises: weak
// regions only, each with a known region, side L or R, type UMN, LMN or
// mixed and a severity in (0, 1]; signs with a side or direction L or R;
// and JSON that encodes.
func checkResult(tb testing.TB, what string, res *lesion.Result) {
	tb.Helper()
	if res == nil {
		tb.Fatalf("%s: Evaluate returned nil", what)
	}
	for _, d := range res.Deficits {
		if anatomy.RegionIndex(d.Region) < 0 {
			tb.Errorf("%s: deficit in unknown region %q", what, d.Region)
		}
		if d.Side != "L" && d.Side != "R" {
			tb.Errorf("%s: deficit %s has side %q, want L or R", what, d.Region, d.Side)
		}
		switch d.Type {
		case "UMN", "LMN", "mixed":
		default:
			tb.Errorf("%s: deficit %s %s has type %q, want UMN, LMN or mixed", what, d.Region, d.Side, d.Type)
		}
		if !(d.Severity > 0 && d.Severity <= 1) || math.IsNaN(d.Severity) {
			tb.Errorf("%s: deficit %s %s has severity %v, want a value in (0, 1]", what, d.Region, d.Side, d.Severity)
		}
	}
	for _, s := range res.Signs {
		if s.Sign == "" {
			tb.Errorf("%s: a sign without a name: %+v", what, s)
		}
		if s.Side != "" && s.Side != "L" && s.Side != "R" {
			tb.Errorf("%s: sign %s has side %q", what, s.Sign, s.Side)
		}
		if s.Toward != "" && s.Toward != "L" && s.Toward != "R" {
			tb.Errorf("%s: sign %s points toward %q", what, s.Sign, s.Toward)
		}
	}
	if _, err := json.Marshal(res); err != nil {
		tb.Errorf("%s: the result does not encode as JSON: %v", what, err)
	}
}

// maxSiteError bounds a ParseSite error's length: two quoted parts (each at
// most 10*quote.MaxRunes+30 bytes, all escaped), three ids and the words.
const maxSiteError = 1400

// FuzzParseSite checks that ParseSite never panics on any text; that an
// error is one short line whatever the text's length; that a site
// it accepts prints back (String) to text that parses to the same site; and
// that evaluating any accepted site, in either phase, neither panics nor
// gives a result outside the contract.
func FuzzParseSite(f *testing.F) {
	for _, seed := range []string{
		// valid
		"pyramid", "pyramid:L", "pyramid:l", "pyramid:M",
		"internal_capsule.posterior_limb:L", "precentral.face:R",
		"cord.hemisection:L@C5", "cord.transection@T6", "cord.central:B@C5",
		"anterior_cst:L@T6", "ventral_root:R@S1", "ventral_horn:L@Co1",
		"cn11_nucleus:R", "cn11_nucleus:R@C3", "disease.als", "cauda_equina:L",
		"point:-15,-5,8,3", "point:0,0,0,40", "point:.25,1e2,-0,1e-300",
		"point:1e308,-1e308,1e308,40", "point:-10,-45,-100,8",
		// invalid
		"", ":", "@", ":@", "pyramd", "internal_capsule.posterior",
		"cord.hemisection:L", "anterior_cst:L@T8", "pyramid@C5", "pyramid:X",
		"cord.transection:L@T6", "cord.hemisection@C5:L", "cord.hemisection:L@",
		"point:1,2,3", "point:1,2,3,NaN", "point:1,2,3,0", "point:1,2,3,41",
		"point:a,b,c,d", "point:", "point", "pyramid:L:R", "\x00", "ünïcødé:ı@Ç5",
		"bad\nid", "cord.hemisection:L@\r",
		// Go's number syntax, which no user means (issue 14).
		"point:1_0,0,0,5", "point:0x1p-2,1e2,-0,1e-300", "point:Inf,0,0,5", "point:0,0,0,+Inf",
		"point:infinity,0,0,5", "point:0b1,0,0,5", "point:1e400,0,0,5",
		// Long parts, which an error must not quote whole (issue 14).
		strings.Repeat("pyramid", 300), "pyramid:" + strings.Repeat("L", 2000),
		"cord.hemisection:L@" + strings.Repeat("C5", 1000), "point:" + strings.Repeat("1", 3000) + ",0,0,5",
		strings.Repeat("\x00é\n", 700),
	} {
		f.Add(seed)
	}
	eng := testEngine(f)
	f.Fuzz(func(t *testing.T, text string) {
		s, err := eng.ParseSite(text)
		if err != nil {
			msg := err.Error()
			if msg == "" {
				t.Fatalf("ParseSite(%q): empty error message", text)
			}
			// Short, whatever the input's length: it quotes a prefix.
			if len(msg) > maxSiteError {
				t.Fatalf("ParseSite(%.80q…) of %d bytes: error of %d bytes, want at most %d", text, len(text), len(msg), maxSiteError)
			}
			// The command line prints the error as its one stderr line: it
			// must quote whatever it echoes, so that no newline or control
			// character of the input reaches the terminal.
			for _, r := range msg {
				if !strconv.IsPrint(r) {
					t.Fatalf("ParseSite(%q): error %q holds the unprintable %U, so it is not one clean line", text, msg, r)
				}
			}
			return
		}
		again, err := eng.ParseSite(s.String())
		if err != nil {
			t.Fatalf("ParseSite(%q) = %+v, whose String %q does not parse: %v", text, s, s.String(), err)
		}
		if again != s {
			t.Fatalf("ParseSite(%q) = %+v, but ParseSite(String() = %q) = %+v", text, s, s.String(), again)
		}
		for _, phase := range []lesion.Phase{lesion.Chronic, lesion.Acute} {
			res := eng.Evaluate([]lesion.Site{s}, phase)
			checkResult(t, "Evaluate("+s.String()+", "+string(phase)+")", res)
			if res.Phase != phase {
				t.Errorf("Evaluate(%s, %s).Phase = %q", s, phase, res.Phase)
			}
			if len(res.Sites) != 1 {
				t.Errorf("Evaluate(%s, %s) echoes %d sites, want 1", s, phase, len(res.Sites))
			}
		}
	})
}
