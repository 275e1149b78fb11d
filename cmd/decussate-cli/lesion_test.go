package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
)

// runCLI runs one command line and returns its status and output.
func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// contractResult is the contract's JSON answer, decoded strictly.
type contractResult struct {
	Sites []struct {
		ID    string `json:"id"`
		Side  string `json:"side"`
		Level string `json:"level"`
	} `json:"sites"`
	Phase    string `json:"phase"`
	Deficits []struct {
		Region   string  `json:"region"`
		Side     string  `json:"side"`
		Type     string  `json:"type"`
		Severity float64 `json:"severity"`
	} `json:"deficits"`
	Signs []struct {
		Sign     string   `json:"sign"`
		Side     string   `json:"side"`
		Toward   string   `json:"toward"`
		Reflexes []string `json:"reflexes"`
	} `json:"signs"`
	Summary string `json:"summary"`
}

// decodeResult decodes the lesion command's JSON, failing on any field the
// contract does not name and on anything after the value.
func decodeResult(t *testing.T, stdout string) contractResult {
	t.Helper()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &raw); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, stdout)
	}
	for _, key := range []string{"sites", "phase", "deficits", "signs", "summary"} {
		if _, ok := raw[key]; !ok {
			t.Errorf("JSON has no %q key:\n%s", key, stdout)
		}
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	var res contractResult
	if err := dec.Decode(&res); err != nil {
		t.Fatalf("JSON does not match the contract's shape: %v\n%s", err, stdout)
	}
	if dec.More() {
		t.Errorf("more than one JSON value on stdout:\n%s", stdout)
	}
	return res
}

func TestLesionJSON(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		phase string
	}{
		{[]string{"lesion", "--json", "internal_capsule.posterior_limb:L"}, "chronic"},
		{[]string{"lesion", "--json", "--phase", "chronic", "internal_capsule.posterior_limb:L"}, "chronic"},
		{[]string{"lesion", "--json", "--phase", "acute", "internal_capsule.posterior_limb:L"}, "acute"},
		{[]string{"lesion", "--phase=acute", "--json", "internal_capsule.posterior_limb:L"}, "acute"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(tc.args...)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, stderr)
			}
			res := decodeResult(t, stdout)
			if len(res.Sites) != 1 || res.Sites[0].ID != "internal_capsule.posterior_limb" || res.Sites[0].Side != "L" || res.Sites[0].Level != "" {
				t.Errorf("sites = %+v, want [{internal_capsule.posterior_limb L}]", res.Sites)
			}
			if res.Phase != tc.phase {
				t.Errorf("phase = %q, want %q", res.Phase, tc.phase)
			}
			if len(res.Deficits) == 0 {
				t.Errorf("no deficits for a posterior limb lesion")
			}
			for _, d := range res.Deficits {
				if anatomy.RegionIndex(d.Region) < 0 {
					t.Errorf("deficit in unknown region %q", d.Region)
				}
				if d.Side != "L" && d.Side != "R" {
					t.Errorf("deficit %s: side %q", d.Region, d.Side)
				}
				if d.Type != "UMN" && d.Type != "LMN" && d.Type != "mixed" {
					t.Errorf("deficit %s %s: type %q", d.Region, d.Side, d.Type)
				}
				if d.Severity <= 0 || d.Severity > 1 {
					t.Errorf("deficit %s %s: severity %v outside (0, 1]", d.Region, d.Side, d.Severity)
				}
			}
			if res.Signs == nil {
				t.Errorf("signs is null, want a list")
			}
			// Signs of both sides at once (dysarthria, brisk gag, ventilator
			// dependence...) have neither side nor direction, as in the
			// contract's cases; none has both.
			for _, s := range res.Signs {
				if s.Sign == "" || (s.Side != "" && s.Toward != "") {
					t.Errorf("sign %+v needs a name and at most one of side and toward", s)
				}
			}
			if strings.TrimSpace(res.Summary) == "" {
				t.Errorf("summary is empty")
			}
		})
	}
}

func TestLesionJSONLevelAndPoint(t *testing.T) {
	code, stdout, stderr := runCLI("lesion", "--json", "cord.hemisection:L@c5", "point:-15,-5,8,3")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	res := decodeResult(t, stdout)
	if len(res.Sites) != 2 {
		t.Fatalf("sites = %+v, want two", res.Sites)
	}
	if s := res.Sites[0]; s.ID != "cord.hemisection" || s.Side != "L" || s.Level != "C5" {
		t.Errorf("first site = %+v, want cord.hemisection L C5", s)
	}
	if s := res.Sites[1]; s.ID != "point:-15,-5,8,3" {
		t.Errorf("second site = %+v, want id point:-15,-5,8,3", s)
	}
}

func TestLesionTable(t *testing.T) {
	code, stdout, stderr := runCLI("lesion", "internal_capsule.posterior_limb:L")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	_, jsonOut, _ := runCLI("lesion", "--json", "internal_capsule.posterior_limb:L")
	res := decodeResult(t, jsonOut)
	if res.Summary == "" || !strings.Contains(stdout, res.Summary) {
		t.Errorf("table does not print the summary %q:\n%s", res.Summary, stdout)
	}
	if !strings.Contains(stdout, "internal_capsule.posterior_limb:L") || !strings.Contains(stdout, "chronic") {
		t.Errorf("table does not name the site and the phase:\n%s", stdout)
	}
	lines := strings.Split(stdout, "\n")
	header := -1
	for i, l := range lines {
		if f := strings.Fields(l); len(f) >= 4 && f[0] == "REGION" {
			header = i
			if f[1] != "SIDE" || f[2] != "TYPE" || f[3] != "SEVERITY" {
				t.Errorf("header %q, want REGION SIDE TYPE SEVERITY", l)
			}
			break
		}
	}
	if header < 0 {
		t.Fatalf("no REGION header in the table:\n%s", stdout)
	}
	for _, d := range res.Deficits {
		found := false
		for _, l := range lines[header+1:] {
			if f := strings.Fields(l); len(f) >= 3 && f[0] == d.Region && f[1] == d.Side && f[2] == d.Type {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("table has no row for deficit %s %s %s:\n%s", d.Region, d.Side, d.Type, stdout)
		}
	}
	if len(res.Signs) > 0 && !strings.Contains(stdout, "SIGNS") {
		t.Errorf("table has no SIGNS section though the JSON lists %d signs:\n%s", len(res.Signs), stdout)
	}
}

func TestLesionAcuteTable(t *testing.T) {
	code, stdout, stderr := runCLI("lesion", "--phase", "acute", "cord.transection@T6")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "(acute)") {
		t.Errorf("table does not say the phase is acute:\n%s", stdout)
	}
}

// maxErrorBytes bounds the one line a bad command line gets, however long
// the argument it quotes.
const maxErrorBytes = 1500

func TestLesionBadInput(t *testing.T) {
	tests := []struct {
		name string
		args []string
		// mention lists what the one stderr line must contain.
		mention []string
	}{
		{"unknown site", []string{"lesion", "pyramd"}, []string{"pyramd", "pyramid"}},
		{"unknown site with json", []string{"lesion", "--json", "internal_capsule.posterior"}, []string{"internal_capsule.posterior", "internal_capsule.posterior_limb"}},
		{"unknown site after a good one", []string{"lesion", "--json", "pyramid:L", "pyramd:R"}, []string{"pyramd"}},
		{"bad side", []string{"lesion", "pyramid:X"}, []string{`"X"`, "side"}},
		{"side not taken", []string{"lesion", "cord.transection:L@T6"}, []string{"cord.transection", "side L"}},
		{"missing level", []string{"lesion", "cord.hemisection:L"}, []string{"cord.hemisection", "level"}},
		{"out-of-range level", []string{"lesion", "anterior_cst:L@T8"}, []string{"T8", "anterior_cst"}},
		{"no such segment", []string{"lesion", "cord.hemisection:L@T13"}, []string{"T13"}},
		{"level on a site without one", []string{"lesion", "pyramid:L@C5"}, []string{"pyramid", "C5"}},
		{"bad phase", []string{"lesion", "--phase", "subacute", "pyramid:L"}, []string{"subacute"}},
		{"phase without a value", []string{"lesion", "--phase"}, []string{"phase"}},
		{"no sites", []string{"lesion"}, []string{"no site"}},
		{"no sites with json", []string{"lesion", "--json"}, []string{"no site"}},
		{"point with three numbers", []string{"lesion", "point:1,2,3"}, []string{"point:1,2,3"}},
		{"point NaN", []string{"lesion", "point:1,2,3,NaN"}, []string{"NaN"}},
		{"point radius 0", []string{"lesion", "point:1,2,3,0"}, []string{"radius"}},
		{"point radius too big", []string{"lesion", "point:1,2,3,41"}, []string{"radius"}},
		{"point letters", []string{"lesion", "point:a,b,c,d"}, []string{`"a"`}},
		{"unknown flag", []string{"lesion", "--verbose", "pyramid:L"}, []string{"verbose"}},
		{"flag after the sites", []string{"lesion", "pyramid:L", "--json"}, []string{"--json"}},
		{"empty site", []string{"lesion", ""}, []string{"empty site"}},
		// A newline in any part of a site must not break the one line.
		{"newline in an unknown id", []string{"lesion", "pyra\nmid:L"}, []string{"pyra"}},
		{"newline in a bad side", []string{"lesion", "pyramid:\nL"}, []string{"bad side"}},
		{"newline in a bad level", []string{"lesion", "cord.hemisection:L@C5\n"}, []string{"bad level"}},
		{"newline in a level on a site without one", []string{"lesion", "pyramid:L@C5\nnext"}, []string{"pyramid", "takes no level"}},
		{"unknown command", []string{"lesoin", "pyramid:L"}, []string{"lesoin"}},
		// Issue 14: numbers are plain decimals, and a huge argument is
		// quoted by a short prefix.
		{"point with an underscore", []string{"lesion", "point:1_0,0,0,5"}, []string{`"1_0"`, "not a number"}},
		{"point in hex", []string{"lesion", "point:0x1p-2,0,0,5"}, []string{`"0x1p-2"`}},
		{"point at infinity", []string{"lesion", "point:Inf,0,0,5"}, []string{`"Inf"`}},
		{"huge site id", []string{"lesion", strings.Repeat("x", 131000)}, []string{"unknown site", "(131000 bytes)"}},
		{"huge side", []string{"lesion", "pyramid:" + strings.Repeat("L", 131000)}, []string{"bad side", "(131008 bytes)"}},
		{"huge level", []string{"lesion", "cord.hemisection:L@" + strings.Repeat("C", 131000)}, []string{"bad level", "(131000 bytes)"}},
		{"huge phase", []string{"lesion", "--phase", strings.Repeat("a", 131000), "pyramid:L"}, []string{"bad phase", "(131000 bytes)"}},
		{"huge flag", []string{"lesion", "--" + strings.Repeat("v", 131000), "pyramid:L"}, []string{"not defined", "(131001 bytes)"}},
		{"huge flag value", []string{"lesion", "--json=" + strings.Repeat("v", 131000), "pyramid:L"}, []string{"invalid boolean value", "(131000 bytes)"}},
		{"huge flag after the sites", []string{"lesion", "pyramid:L", "--" + strings.Repeat("v", 131000)}, []string{"before the sites", "(131002 bytes)"}},
		{"huge unknown command", []string{strings.Repeat("c", 131000)}, []string{"unknown command", "(131000 bytes)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(tc.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", code, stderr)
			}
			if stdout != "" {
				t.Errorf("printed on stdout for bad input: %q", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
				t.Errorf("stderr is not exactly one line: %.300q", stderr)
			}
			if len(stderr) > maxErrorBytes {
				t.Errorf("stderr is %d bytes long, want at most %d: %.300q", len(stderr), maxErrorBytes, stderr)
			}
			for _, m := range tc.mention {
				if !strings.Contains(stderr, m) {
					t.Errorf("stderr %q does not mention %q", stderr, m)
				}
			}
		})
	}
}

// siteIDs returns the first field of each line of the sites command.
func siteIDs(t *testing.T, stdout string) []string {
	t.Helper()
	var ids []string
	for _, l := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		f := strings.Fields(l)
		if len(f) == 0 {
			t.Errorf("blank line in the sites listing:\n%s", stdout)
			continue
		}
		ids = append(ids, f[0])
	}
	return ids
}

func TestSites(t *testing.T) {
	code, stdout, stderr := runCLI("sites")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	eng, err := loadEngine()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, s := range eng.Sites() {
		want = append(want, s.ID)
	}
	want = append(want, "point")
	got := siteIDs(t, stdout)
	seen := map[string]int{}
	for _, id := range got {
		seen[id]++
	}
	for _, id := range want {
		if seen[id] != 1 {
			t.Errorf("site %s is listed %d times, want once", id, seen[id])
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d lines, want %d (one per site and one for point):\n%s", len(got), len(want), stdout)
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("line %d lists %q, want %q (the atlas's order)", i+1, got[i], want[i])
			break
		}
	}
	// Each listed site (but point) must be accepted in the form the listing
	// shows: ID:SIDES then @FIRST-LAST for a required level.
	for _, l := range strings.Split(stdout, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 || f[0] == "point" {
			continue
		}
		form, ok := strings.CutPrefix(f[1], ":")
		if !ok || form == "" {
			t.Errorf("line %q does not give the sides as :SIDES", l)
			continue
		}
		text := f[0] + ":" + form[:1]
		if _, levels, ok := strings.Cut(form, "@"); ok && !strings.Contains(form, "[@") {
			text += "@" + strings.SplitN(levels, "-", 2)[0]
		}
		if _, err := eng.ParseSite(text); err != nil {
			t.Errorf("line %q: %s, written as listed, does not parse: %v", l, text, err)
		}
	}
	for _, l := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(l, "point") && !strings.Contains(l, "X,Y,Z,R") {
			t.Errorf("the point line does not give the form X,Y,Z,R: %q", l)
		}
	}
}

func TestSitesExtraArgument(t *testing.T) {
	code, stdout, stderr := runCLI("sites", "extra")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if stdout != "" {
		t.Errorf("printed on stdout: %q", stdout)
	}
	if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, `"extra"`) {
		t.Errorf("stderr %q is not one line naming \"extra\"", stderr)
	}
}

func TestNoCommand(t *testing.T) {
	code, stdout, stderr := runCLI()
	if code != 2 || stdout != "" || !strings.Contains(stderr, "usage") {
		t.Errorf("no command: exit %d, stdout %q, stderr %q; want 2, nothing, the usage", code, stdout, stderr)
	}
}
