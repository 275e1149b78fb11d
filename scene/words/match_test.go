package words

import (
	"regexp"
	"slices"
	"testing"
)

// TestMatch: match reads the engine's element names as the regular
// expressions it replaced did (an id is \S+, the name is anchored at both
// ends).
func TestMatch(t *testing.T) {
	forms := []struct {
		form string
		re   *regexp.Regexp
	}{
		{areaNeurons, regexp.MustCompile(`^(\S+) neurons$`)},
		{areaAxons, regexp.MustCompile(`^(\S+) axons$`)},
		{stationFibre, regexp.MustCompile(`^(\S+) fibres in (\S+)$`)},
		{sourceJoin, regexp.MustCompile(`^(\S+) fibres joining (\S+) in (\S+)$`)},
		{crossing, regexp.MustCompile(`^(\S+) fibres crossing to the (\S+)$`)},
		{tractChannel, regexp.MustCompile(`^(\S+) \((\S+) fibres\) at (\S+)$`)},
		{columnPool, regexp.MustCompile(`^(\S+) motor neurons at (\S+)$`)},
		{tractLevel, regexp.MustCompile(`^(\S+) at (\S+)$`)},
		{cranialPool, regexp.MustCompile(`^(\S+) motor neurons$`)},
	}
	names := []string{
		"hand neurons", "hand axons", "neurons", " neurons", "hand  neurons", "hand neurons ", "a b neurons",
		"cst_hand fibres in pons", "cst_hand fibres in ", "cst_hand fibres in pons extra", "cst fibres in\tpons",
		"pmd fibres joining hand in corona_radiata", "pmd fibres joining hand in ", "pmd fibres joining  in corona_radiata",
		"cst_hand fibres crossing to the L", "cst fibres crossing to the R", "cst fibres crossing to the ",
		"lcst (cst_leg fibres) at C5", "lcst (cst_leg fibres) at", "lcst ( fibres) at C5", "lcst (a b fibres) at C5",
		"biceps motor neurons at C5", "biceps motor neurons at C5 at C6", "facial_lower motor neurons",
		"lcst at C5", "lcst at", "lcst at C5 at C6", "at C5", "", "hypoglossal", "x\nat C5",
	}
	for _, f := range forms {
		for _, n := range names {
			want := f.re.FindStringSubmatch(n)
			if got := match(n, f.form); !slices.Equal(got, want) {
				t.Errorf("match(%q, %q) = %q, want %q", n, f.form, got, want)
			}
		}
	}
}
