package trace_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/go-gl/mathgl/mgl32"
)

// maxGap is the longest step a traced path may take: longer, and the
// drawn chain would jump.
const maxGap = 40

// TestChainShape: for every start the atlas allows, every branch is a
// continuous path that leaves its parent where it says, with stations in
// order, a level for each, arcs that measure the path and weights that are
// shares; every chain reaches some muscle.
func TestChainShape(t *testing.T) {
	a := testAtlas(t)
	for _, s := range allStarts(t) {
		c, err := trace.Trace(a, s)
		if err != nil {
			t.Errorf("%v: %v", s, err)
			continue
		}
		nodes := c.Branches()
		if len(c.Roots) == 0 || len(nodes) == 0 {
			t.Errorf("%v: empty chain", s)
			continue
		}
		for i, n := range nodes {
			b := n.Branch
			if len(b.Path) < 2 || len(b.Arc) != len(b.Path) {
				t.Errorf("%v branch %d: %d points, %d arcs", s, i, len(b.Path), len(b.Arc))
				continue
			}
			for k := 1; k < len(b.Path); k++ {
				step := b.Path[k].Sub(b.Path[k-1]).Len()
				if step > maxGap {
					t.Errorf("%v branch %d: a gap of %.0f mm after %v", s, i, step, b.Path[k-1])
				}
				if d := b.Arc[k] - b.Arc[k-1]; math.Abs(float64(d-step)) > 1e-3 {
					t.Errorf("%v branch %d: arc step %.3f over a step of %.3f mm", s, i, d, step)
				}
			}
			if n.Parent >= 0 {
				parent := nodes[n.Parent]
				if b.Offset < 0 || b.Offset > parent.Branch.Length() {
					t.Errorf("%v branch %d leaves its parent at %.1f of %.1f mm", s, i, b.Offset, parent.Branch.Length())
				}
				if at := parent.Branch.PointAt(b.Offset); at.Sub(b.Path[0]).Len() > 0.01 {
					t.Errorf("%v branch %d starts at %v, its parent is at %v there", s, i, b.Path[0], at)
				}
				if math.Abs(float64(n.Begin-parent.Begin-b.Offset)) > 1e-3 {
					t.Errorf("%v branch %d begins at %.1f, its parent at %.1f, offset %.1f", s, i, n.Begin, parent.Begin, b.Offset)
				}
			}
			if !(b.Weight > 0 && b.Weight <= 1) {
				t.Errorf("%v branch %d: weight %v is not a share", s, i, b.Weight)
			}
			for k, st := range b.Stations {
				if k > 0 && st.At <= b.Stations[k-1].At {
					t.Errorf("%v branch %d: station %q at %.2f mm does not follow %q at %.2f mm", s, i, st.Caption, st.At, b.Stations[k-1].Caption, b.Stations[k-1].At)
				}
				if st.At < 0 || st.At > b.Length()+1e-3 {
					t.Errorf("%v branch %d: station %q at %.1f is off the branch (%.1f mm)", s, i, st.Caption, st.At, b.Length())
				}
				if st.Caption == "" || st.Level == "" {
					t.Errorf("%v branch %d: station %+v lacks a caption or level", s, i, st)
				}
			}
		}
		muscles := 0
		for _, r := range c.Reaches() {
			if r.Kind == trace.Muscle {
				muscles++
			}
			if !(r.Weight > 0 && r.Weight <= 1+1e-9) {
				t.Errorf("%v: %v %s weighs %v", s, r.Kind, r.ID, r.Weight)
			}
		}
		if muscles == 0 {
			t.Errorf("%v reaches no muscle", s)
		}
	}
}

// onPath reports whether p lies on the polyline path, within tol.
func onPath(p mgl32.Vec3, path []mgl32.Vec3, tol float32) bool {
	for k := 0; k+1 < len(path); k++ {
		a, ab := path[k], path[k+1].Sub(path[k])
		f := float32(0)
		if l2 := ab.Dot(ab); l2 > 0 {
			f = max(0, min(1, p.Sub(a).Dot(ab)/l2))
		}
		if a.Add(ab.Mul(f)).Sub(p).Len() <= tol {
			return true
		}
	}
	return false
}

// TestFollowsDrawnChannels: the trace runs along the fibres the model
// draws (geom.ChannelPath), so the lit chain lies on the drawn bundle:
// every point of a channel's drawn course lies on the trunk and, for a
// corticospinal channel, on the crossed branch.
func TestFollowsDrawnChannels(t *testing.T) {
	a := testAtlas(t)
	for i := range a.Channels {
		ch := &a.Channels[i]
		for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
			c, err := trace.Trace(a, trace.Start{Kind: trace.FromArea, ID: ch.Area, Side: side})
			if err != nil {
				t.Fatal(err)
			}
			var path []mgl32.Vec3
			path = append(path, c.Roots[0].Path...)
			if ch.Kind == "corticospinal" {
				for _, n := range c.Branches() {
					if n.Parent == 0 && n.Branch.Stations[0].Level == "cervicomedullary junction" {
						path = append(path, n.Branch.Path...)
					}
				}
			}
			for _, p := range geom.ChannelPath(a, ch, side) {
				if !onPath(p, path, 0.01) {
					t.Errorf("%s %v: the drawn fibres pass %v, the trace does not", ch.ID, side, p)
				}
			}
		}
	}
}

// TestWarped: warping a chain (the view's teaching proportions) keeps its
// stations and branch points at the same anatomical places and measures
// arcs along the warped paths.
func TestWarped(t *testing.T) {
	c := mustTrace(t, "area:leg:R")
	warp := geom.Teaching.Warp
	w := c.Warped(warp)
	if len(w.Branches()) != len(c.Branches()) {
		t.Fatalf("%d branches after warping, %d before", len(w.Branches()), len(c.Branches()))
	}
	if w.Length() >= c.Length() {
		t.Errorf("a shortened cord gives a chain of %.0f mm, no shorter than %.0f", w.Length(), c.Length())
	}
	for i, n := range c.Branches() {
		wb := w.Branches()[i].Branch
		for k, st := range n.Branch.Stations {
			want := warp(n.Branch.PointAt(st.At))
			if got := wb.PointAt(wb.Stations[k].At); got.Sub(want).Len() > 0.05 {
				t.Errorf("branch %d station %q: warped to %v, want %v", i, st.Caption, got, want)
			}
		}
		if wb.Path[0].Sub(warp(n.Branch.Path[0])).Len() > 1e-4 {
			t.Errorf("branch %d starts at %v, want %v", i, wb.Path[0], warp(n.Branch.Path[0]))
		}
		if p := w.Branches()[i].Parent; p >= 0 {
			if at := w.Branches()[p].Branch.PointAt(wb.Offset); at.Sub(wb.Path[0]).Len() > 0.05 {
				t.Errorf("warped branch %d starts at %v, its parent is at %v there", i, wb.Path[0], at)
			}
		}
	}
}
