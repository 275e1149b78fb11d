package trace_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
)

// distal are the regions of the hand and foot, whose motor neurons only
// the other hemisphere drives.
var distal = []string{"hand", "ankle_foot"}

// TestCortexNeverDrivesItsOwnSidesHand: a trace from any cortical area of
// either hemisphere never reaches the hand or foot of its own side, and no
// branch that stays on the area's side below the decussation carries more
// than a tenth of what the crossed fibres do.
func TestCortexNeverDrivesItsOwnSidesHand(t *testing.T) {
	a := testAtlas(t)
	for _, s := range allStarts(t) {
		if s.Kind != trace.FromArea || a.Area(s.ID).Kind == "brainstem" {
			continue
		}
		c, err := trace.Trace(a, s)
		if err != nil {
			t.Fatalf("%v: %v", s, err)
		}
		for _, region := range distal {
			if r, ok := c.Find(trace.Region, region, s.Side, 0); ok && r.Weight > 0 {
				t.Errorf("%v drives its own side's %s (%.3f)", s, region, r.Weight)
			}
		}
	}
}

// TestHandAreaDrivesTheOppositeHand: from either hand area the impulse
// runs mainly to the opposite hand: its drive there is far more (ten times
// or more) than any region of the area's own side receives, the principal
// route ends in the opposite hand's muscles, and the pulses on the
// opposite side's branches are the heavy ones.
func TestHandAreaDrivesTheOppositeHand(t *testing.T) {
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		start := "area:hand:" + side.String()
		c := mustTrace(t, start)
		hand, ok := c.Find(trace.Region, "hand", side.Other(), 0)
		if !ok || hand.Weight < 0.85 {
			t.Fatalf("%s: the opposite hand gets %.2f of its drive, want the crossed ~0.9", start, hand.Weight)
		}
		for _, r := range c.Reaches() {
			if r.Kind == trace.Region && r.Side == side && r.Weight*10 > hand.Weight {
				t.Errorf("%s: own side's %s gets %.3f, not far less than the opposite hand's %.2f", start, r.ID, r.Weight, hand.Weight)
			}
		}
		// The last station of the principal route names the opposite
		// hand's muscles.
		last := ""
		for _, n := range c.Branches() {
			if !n.Main {
				continue
			}
			for _, st := range n.Branch.Stations {
				if st.At <= n.MainEnd {
					last = st.Caption
				}
			}
		}
		want := map[anatomy.Side]string{anatomy.Left: "right ", anatomy.Right: "left "}[side]
		if !strings.HasPrefix(last, want) || !strings.Contains(last, "hand") {
			t.Errorf("%s: the principal route ends at %q, not on the %sside", start, last, want)
		}
		// Below the decussation, branches on the area's own side are light.
		sign := float32(-1)
		if side == anatomy.Right {
			sign = 1
		}
		for _, n := range c.Branches() {
			p := n.Branch.Path[len(n.Branch.Path)-1]
			if p.Z() < -80 && p.X()*sign > 5 && n.Branch.Weight > 0.05 {
				t.Errorf("%s: a branch ending on its own side at %v weighs %.3f", start, p, n.Branch.Weight)
			}
		}
	}
}

// TestCaptionFollowsTheImpulse: for every horn and area trace, whenever
// impulses are running the caption names a station the picture's
// impulses have passed: on the branch of a running pulse or above it, or
// one the principal route passed a moment ago (it stays readable for a
// few centimetres after its impulse ends).
func TestCaptionFollowsTheImpulse(t *testing.T) {
	a := testAtlas(t)
	const hold = 40 // millimetres a finished route's last caption may stay
	for _, s := range allStarts(t) {
		if s.Kind != trace.FromHorn && s.Kind != trace.FromArea {
			continue
		}
		c, err := trace.Trace(a, s)
		if err != nil {
			t.Fatalf("%v: %v", s, err)
		}
		nodes := c.Branches()
		owner := map[*trace.Station]int{}
		for i := range nodes {
			for k := range nodes[i].Branch.Stations {
				owner[&nodes[i].Branch.Stations[k]] = i
			}
		}
		pulses := make([]trace.Pulse, 0, len(nodes))
		for d := 1.0; d < float64(c.Length()); d += 3 {
			var st *trace.Station
			pulses, st = c.Impulse(pulses, d, 1)
			if st == nil || len(pulses) == 0 {
				continue
			}
			i, ok := owner[st]
			if !ok {
				t.Fatalf("%v: the caption's station is not the chain's", s)
			}
			if float64(nodes[i].Begin+st.At) >= d-hold {
				continue
			}
			live := false
			for _, p := range pulses {
				for j := p.Node; j >= 0 && !live; j = nodes[j].Parent {
					live = j == i
				}
			}
			if !live {
				t.Errorf("%v at %.0f mm: the caption reads %q, which no running impulse has passed", s, d, st.Caption)
				break
			}
		}
	}
}
