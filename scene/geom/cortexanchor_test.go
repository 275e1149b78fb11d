package geom

import (
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// TestCortexAnchors checks that the cortex's labels point at their own
// part: the cerebral cortex's well away from the motor and sensory
// strips, the precentral gyrus's inside its strip, not on its border; and
// that in the quadrant look a cut part's label points clear of the cut,
// or the part (a sliver along the cut) has none.
func TestCortexAnchors(t *testing.T) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	m, err := Build(a)
	if err != nil {
		t.Fatal(err)
	}
	room := func(at mgl32.Vec3, ids ...string) float32 {
		least := float32(1e9)
		for _, id := range ids {
			for _, p := range m.Mesh(id).Positions {
				least = min(least, p.Sub(at).Len())
			}
		}
		return least
	}
	for _, c := range []struct {
		id     string
		others []string
		least  float32
	}{
		{"hemisphere.L", []string{"precentral.L", "postcentral.L", "paracentral.L"}, 10},
		{"hemisphere.R", []string{"precentral.R", "postcentral.R", "paracentral.R"}, 10},
		{"precentral.L", []string{"hemisphere.L", "postcentral.L", "paracentral.L"}, 3},
	} {
		if got := room(m.Mesh(c.id).Anchor, c.others...); got < c.least {
			t.Errorf("%s's label points %.1f mm from another part, want %g or more", c.id, got, c.least)
		}
	}
	if err := m.AddQuarters(); err != nil {
		t.Fatal(err)
	}
	for i := range m.Meshes {
		me := &m.Meshes[i]
		if me.Quarter == NoQuarter || !me.Cortex || !me.Major {
			continue
		}
		b := quarterBox{front: me.Quarter.Front()}
		at := me.Anchor
		if me.Quarter.Side() == anatomy.Right {
			at[0] = -at[0]
		}
		if b.wall(at) > -cutMargin && b.floor(at) > -cutMargin {
			t.Errorf("%s in the %s quarter: its label points at %v, on the cut", me.ID, me.Quarter, me.Anchor)
		}
	}
}
