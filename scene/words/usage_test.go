package words

import (
	"regexp"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
)

// usagePattern is what withoutUsage removes, as the regular expression it
// replaced.
var usagePattern = regexp.MustCompile(`\s*\((a side|[^()]*a level)[^()]*\)`)

// TestWithoutUsage: withoutUsage removes what the regular expression did,
// from every shipped site's name and from names made to trip it.
func TestWithoutUsage(t *testing.T) {
	names := []string{
		"",
		"internal capsule",
		"hemisection of the cord (Brown-Séquard) (a side: L or R) (give a level: C5)",
		"cord (give a level)",
		"x (a side)y",
		"x  \t(a sidewalk) (b side) (not a level) (a level)",
		"(a side)",
		"unclosed (a side",
		"nested (outer (a side) still) end",
		"nested ((a level)) end",
		"two (a side)(a level) and (kept)",
		"close ) first (a side)",
		"trailing space (kept) ",
	}
	a, err := anatomy.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Sites {
		names = append(names, s.Name)
	}
	for _, n := range names {
		if got, want := withoutUsage(n), usagePattern.ReplaceAllString(n, ""); got != want {
			t.Errorf("withoutUsage(%q) = %q, want %q", n, got, want)
		}
	}
}
