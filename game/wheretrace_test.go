package game

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestTapOccipitalSaysWhere: on a phone, a tap on the occipital lobe
// starts no trace and leaves a note naming it and where pathways start;
// a tap on the precentral gyrus starts a trace.
func TestTapOccipitalSaysWhere(t *testing.T) {
	cases := []struct {
		view, mesh string
		occipital  bool
	}{
		{"back", "hemisphere.", true},
		{"left", "precentral.", false},
	}
	for _, c := range cases {
		g := touchGame(t)
		if err := g.ex.LookFrom(c.view); err != nil {
			t.Fatal(err)
		}
		phone := devices[3]
		drawOn(g, phone)
		x, y, ok := findPick(g, func(id string, at [3]float32) bool {
			return strings.HasPrefix(id, c.mesh) && (!c.occipital || at[1] < -85)
		})
		if !ok {
			t.Fatalf("from the %s no %s point on screen", c.view, c.mesh)
		}
		g.ptr.x, g.ptr.y = x, y
		g.clickTrace()
		note := g.ex.Note()
		if c.occipital {
			if g.mode() == explorer.Trace {
				t.Errorf("a tap on the occipital lobe started a trace: %v", g.state().Trace)
			}
			if !strings.Contains(note, "occipital lobe") || !strings.Contains(note, "Tap the precentral gyrus") {
				t.Errorf("a tap on the occipital lobe: note %q", note)
			}
		} else if g.mode() != explorer.Trace {
			t.Errorf("a tap on the precentral gyrus started no trace (note %q)", note)
		}
	}
}

// findPick returns a point of the screen (screen pixels) where the frame
// last drawn shows a mesh for which want holds, at its picked point
// (atlas millimetres, unwarped).
func findPick(g *Game, want func(id string, at [3]float32) bool) (float32, float32, bool) {
	p := g.state().Proportions
	for fy := 0.1; fy < 0.9; fy += 0.02 {
		for fx := 0.1; fx < 0.9; fx += 0.02 {
			px, py := float32(fx)*float32(g.dl.Width), float32(fy)*float32(g.dl.Height)
			mesh, pos, ok := g.renderer.PickPoint(&g.dl, px, py)
			if !ok {
				continue
			}
			at := p.Unwarp(pos)
			if want(g.renderer.Model().Meshes[mesh].ID, [3]float32(at)) {
				sx := px * float32(g.screenW) / float32(g.dl.Width)
				sy := py * float32(g.screenH) / float32(g.dl.Height)
				return sx, sy, true
			}
		}
	}
	return 0, 0, false
}
