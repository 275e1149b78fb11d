package words_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/words"
)

// TestNoIDReachesTheScreen checks what the explorer shows by name: the
// model's parts (the hover names), the section levels, every trace's
// title and the captions along its chain, and the classic lesions' sites
// as the quiz's last hint and the tours' reports name them.
func TestNoIDReachesTheScreen(t *testing.T) {
	a := testatlas.Atlas(t)
	// An area's id that is not a word of its name is an abbreviation
	// ("cma", "pprf") no student should meet bare.
	var codes []string
	for _, ar := range a.Areas {
		if !regexp.MustCompile(`\b` + ar.ID + `\b`).MatchString(ar.Name) {
			codes = append(codes, ar.ID)
		}
	}
	code := regexp.MustCompile(`\b(` + strings.Join(codes, "|") + `)\b`)
	check := func(what, line string) {
		t.Helper()
		if idLike.MatchString(line) || dottedID.MatchString(line) || code.MatchString(line) {
			t.Errorf("%s reads %q: it carries an id", what, line)
		}
	}
	for _, m := range testatlas.Model(t).Meshes {
		check("the hover over "+m.ID, m.Name)
	}
	for _, l := range geom.SectionLevels(a) {
		check("section "+l.ID, l.Name)
		for _, m := range geom.Section(a, l.Z, nil) {
			check("the hover over "+m.ID+" in section "+l.ID, m.Name)
		}
	}
	var starts []trace.Start
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		for _, ar := range a.Areas {
			starts = append(starts, trace.Start{Kind: trace.FromArea, ID: ar.ID, Side: side})
		}
		for _, n := range a.Nuclei {
			starts = append(starts, trace.Start{Kind: trace.FromNucleus, ID: n.ID, Side: side})
		}
		for _, r := range anatomy.Regions {
			starts = append(starts, trace.Start{Kind: trace.FromRegion, ID: r, Side: side})
		}
		for _, l := range []anatomy.Level{0, 4, 7, 20, 24} {
			starts = append(starts, trace.Start{Kind: trace.FromHorn, Level: l, Side: side})
		}
	}
	traced := 0
	for _, s := range starts {
		title := "Tracing from " + words.Start(a, s)
		check(s.String(), title)
		c, err := trace.Trace(a, s)
		if err != nil {
			continue // a start with nothing to trace
		}
		traced++
		for _, n := range c.Branches() {
			for _, st := range n.Branch.Stations {
				check(s.String()+"'s caption", st.Caption)
			}
		}
	}
	if traced < len(starts)/2 {
		t.Errorf("only %d of %d starts traced", traced, len(starts))
	}
	presets, err := preset.Load(assets.Presets())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range presets {
		check(p.ID+"'s sites", words.SiteNames(a, p.SiteSpecs))
		check(p.ID+"'s group", words.Group(p.Group))
	}
}

func TestStart(t *testing.T) {
	a := testatlas.Atlas(t)
	for _, c := range []struct {
		text, want string
	}{
		{"nucleus:cn7_nucleus:L", "the left facial motor nucleus"},
		{"area:hand:R", "the left hand area of the right precentral gyrus"},
		{"area:cma:L", "the left cingulate motor area (upper face)"},
		{"horn:C8:R", "the right ventral horn at C8"},
		{"region:ankle_foot:L", "what drives the left ankle and foot (traced back to the cortex)"},
	} {
		s, err := trace.ParseStart(a, c.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := words.Start(a, s); got != c.want {
			t.Errorf("Start(%s) = %q, want %q", c.text, got, c.want)
		}
	}
}
