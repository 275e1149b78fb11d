package trace

import "github.com/go-gl/mathgl/mgl32"

// Pulse is an action potential on one branch of a chain.
type Pulse struct {
	// Node is the branch's index in Chain.Branches.
	Node int
	// At is the arc position along the branch, in millimetres.
	At float32
	// Pos is the point there, in the chain's millimetres.
	Pos mgl32.Vec3
	// Main tells that the pulse is on the principal route, which the
	// caption follows and a following camera should track.
	Main bool
}

// Impulse returns where the action potentials fired from the roots at time
// 0 are at time t seconds, running at speed millimetres of path per
// second: one pulse on every branch the volley is passing, so that where
// a projection splits the impulse runs on down both children (and down the
// parent, where fibres leave a tract that goes on). A branch's pulse
// vanishes at its end, where the impulse has passed into the children or
// the muscles. It also returns the last station passed on the principal
// route, or nil before the first; once the principal route's impulse has
// ended (and its last station has been read for captionHold millimetres)
// while others still run, the last station passed by the heaviest of
// those, and after every impulse has ended the last station of the branch
// that ended last: the caption follows an impulse the picture shows.
//
// Time is injected, so that pause and single step are the caller's: for a
// distance d instead, pass t = d and speed = 1. The pulses are appended to
// dst[:0]; with a dst of capacity len(Branches()) the call allocates
// nothing, as a per-frame call must not.
func (c *Chain) Impulse(dst []Pulse, t, speed float64) ([]Pulse, *Station) {
	dst = dst[:0]
	d := float32(t * speed)
	for i := range c.nodes {
		n := &c.nodes[i]
		s := d - n.Begin
		b := n.Branch
		if s < 0 || s > b.Length() {
			continue
		}
		dst = append(dst, Pulse{Node: i, At: s, Pos: b.PointAt(s), Main: n.Main && s <= n.MainEnd})
	}
	if d > c.mainLength+captionHold {
		if st := c.livePassed(dst, d); st != nil {
			return dst, st
		}
	}
	return dst, c.passed(d)
}

// captionHold is how far, in millimetres of path, an impulse runs on after
// the principal route ends before the caption leaves that route's last
// station for an impulse still running.
const captionHold = 40

// livePassed returns the last station passed by the heaviest of pulses
// (of equal ones, the one whose branch ends last, so that the caption
// moves once and then follows one impulse to its muscles), on its branch
// or, before its branch's first, on its ancestors; with no pulses left,
// the last station of the branch that ended last; nil when there is none.
func (c *Chain) livePassed(pulses []Pulse, d float32) *Station {
	const eps = 1e-9
	i, at := -1, float32(0)
	for k := range pulses {
		n := &c.nodes[pulses[k].Node]
		if i < 0 {
			i, at = pulses[k].Node, pulses[k].At
			continue
		}
		best := &c.nodes[i]
		w, bw := n.Branch.Weight, best.Branch.Weight
		if w > bw+eps || (w > bw-eps && n.Begin+n.Branch.Length() > best.Begin+best.Branch.Length()) {
			i, at = pulses[k].Node, pulses[k].At
		}
	}
	if i < 0 && len(c.nodes) > 0 && d >= c.length {
		i = c.last
		at = c.nodes[i].Branch.Length()
	}
	for i >= 0 {
		n := &c.nodes[i]
		for k := len(n.Branch.Stations) - 1; k >= 0; k-- {
			if st := &n.Branch.Stations[k]; st.At <= at {
				return st
			}
		}
		i, at = n.Parent, n.Branch.Offset
	}
	return nil
}

// passed returns the last station of the principal route at or before
// distance d from the root, or nil.
func (c *Chain) passed(d float32) *Station {
	lo, hi := 0, len(c.stops)
	for lo < hi {
		mid := (lo + hi) / 2
		if c.stops[mid].d <= d {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return nil
	}
	return c.stops[lo-1].st
}

// PointAt returns the point of the branch at arc position s, clamped to
// the branch.
func (b *Branch) PointAt(s float32) mgl32.Vec3 {
	i := segmentAt(b.Arc, s)
	if i+1 >= len(b.Path) {
		return b.Path[len(b.Path)-1]
	}
	span := b.Arc[i+1] - b.Arc[i]
	if span <= 0 || s <= b.Arc[i] {
		return b.Path[i]
	}
	f := (s - b.Arc[i]) / span
	return b.Path[i].Add(b.Path[i+1].Sub(b.Path[i]).Mul(f))
}

// segmentAt returns the index i of the point that starts the segment of
// the path at arc position s: arc[i] <= s < arc[i+1], clamped to the path.
// It is a plain binary search so that the impulse allocates nothing.
func segmentAt(arc []float32, s float32) int {
	lo, hi := 0, len(arc)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if arc[mid] <= s {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}
