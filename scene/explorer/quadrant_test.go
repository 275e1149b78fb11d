package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
)

// TestQuadrantLookRoundTrip: the quadrant look, set or cycled to, is kept,
// named in the link as look=quadrant and in the tags, and a link naming it
// opens it.
func TestQuadrantLookRoundTrip(t *testing.T) {
	e := newExplorer(t)
	for e.Look() != geom.Quadrant {
		if err := e.Do(explorer.Act(explorer.CycleLook)); err != nil {
			t.Fatal(err)
		}
		if e.Look() == geom.Glass {
			t.Fatal("cycling the looks never reached the quadrant look")
		}
	}
	l := e.State().Link()
	if !strings.Contains(l, "look=quadrant") {
		t.Fatalf("the link %s does not name the quadrant look", l)
	}
	f := newExplorer(t)
	got, notes := explorer.ParseState(l, f.Checker())
	if len(notes) > 0 {
		t.Fatalf("%s: notes %v", l, notes)
	}
	if err := f.Set(got); err != nil {
		t.Fatal(err)
	}
	if f.Look() != geom.Quadrant || f.State().Link() != l {
		t.Errorf("reopened: look %s, link %s, want quadrant and %s", f.Look(), f.State().Link(), l)
	}
	if f.Frame(1280, 720, 1).Options.Look != geom.Quadrant {
		t.Errorf("the frame does not draw the quadrant look")
	}
}
