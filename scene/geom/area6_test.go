package geom

import (
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// TestArea6Shown: area 6, a source of the corticospinal fibres, is a part
// of each hemisphere a student can see and name: the premotor cortex on
// the lateral surface in front of the precentral gyrus, holding the
// atlas's pmd point, and the supplementary motor area on the medial
// surface in front of the paracentral lobule, holding its sma point; both
// named, in their own colour, not the strip's.
func TestArea6Shown(t *testing.T) {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	m, err := Build(a)
	if err != nil {
		t.Fatal(err)
	}
	meanY := func(id string) float32 {
		ps := m.Mesh(id).Positions
		var s float32
		for _, p := range ps {
			s += p[1]
		}
		return s / float32(max(1, len(ps)))
	}
	for _, c := range []struct {
		id, name, area, behind string
		near                   float32
		medial                 bool
	}{
		{"premotor.L", "premotor cortex (area 6) (left)", "pmd", "precentral.L", 5, false},
		{"sma.L", "supplementary motor area (left)", "sma", "paracentral.L", 5, true},
		{"premotor.R", "premotor cortex (area 6) (right)", "pmd", "precentral.R", 5, false},
	} {
		me := m.Mesh(c.id)
		if me == nil || len(me.Positions) == 0 {
			t.Errorf("no %s", c.id)
			continue
		}
		if me.Name != c.name || !me.Cortex {
			t.Errorf("%s is named %q (cortex %v), want %q", c.id, me.Name, me.Cortex, c.name)
		}
		at := Vec32(a.Area(c.area).At)
		if me.Side == anatomy.Right {
			at[0] = -at[0]
		}
		least := float32(1e9)
		for _, p := range me.Positions {
			least = min(least, p.Sub(at).Len())
		}
		if least > c.near {
			t.Errorf("%s lies %.1f mm from the atlas's %s point %v, want %g or less", c.id, least, c.area, at, c.near)
		}
		if front, strip := meanY(c.id), meanY(c.behind); front <= strip {
			t.Errorf("%s's mean y %.1f is not in front of %s's %.1f", c.id, front, c.behind, strip)
		}
		var medial int
		for _, p := range me.Positions {
			if abs32(p[0]) < 12 {
				medial++
			}
		}
		if share := float32(medial) / float32(len(me.Positions)); c.medial != (share > 0.5) {
			t.Errorf("%s has %.0f%% of its vertices within 12 mm of the midline", c.id, 100*share)
		}
		// Its border's vertices are the strip's; most are area 6's.
		own := 0
		for _, col := range me.Colors {
			if d := (mgl32.Vec3{col[0], col[1], col[2]}).Normalize().Sub(mgl32.Vec3{area6Color[0], area6Color[1], area6Color[2]}.Normalize()).Len(); d < 0.05 {
				own++
			}
		}
		if own*3 < len(me.Colors)*2 {
			t.Errorf("%s has %d of %d vertices in area 6's colour, want two thirds or more", c.id, own, len(me.Colors))
		}
	}
}
