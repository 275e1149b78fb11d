package explorer

import (
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// Framing where a trace ends: once its first volley reaches its muscles,
// the camera shows its strongest branches from the cord or brainstem to
// the muscles. framing.go decides when.

// muscleReach is how much of each framed branch's end, in drawn
// millimetres, is framed with its muscle: the nerve arriving.
const muscleReach = 80

// musclesCamera shows where the trace ends: its strongest branches from
// where they leave the brainstem or cord to the muscles they end in, with
// the nerves arriving; false without a trace. The muscles alone, the
// nerves' last centimetres, are blue tubes in an empty screen: the cord
// at one end and the limb's course tell a student where they are.
func (e *Explorer) musclesCamera() (view.Camera, bool) {
	pts := e.LimbPoints()
	if len(pts) == 0 {
		return view.Camera{}, false
	}
	w, h, area := e.FreeArea()
	lo, hi := view.Bounds(e.MusclePoints())
	cam := view.FaceSide(e.st.Camera, (lo[0]+hi[0])/2)
	return e.roomForNames(cam, w, h, area, pts), true
}

// LimbPoints returns the trace's strongest branches from where they leave
// the central nervous system (the ventral root at the cord, a cranial
// nerve's nucleus) to their muscles, in drawn millimetres.
func (e *Explorer) LimbPoints() []mgl32.Vec3 {
	c := e.Chain(e.st.Proportions)
	if c == nil {
		return nil
	}
	heaviest := heaviestEnd(c)
	nodes := c.Branches()
	var pts []mgl32.Vec3
	for i, n := range nodes {
		if len(n.Branch.Children) > 0 || n.Branch.Weight < muscleShare*heaviest {
			continue
		}
		// Up the branch and its parents, to the last station that is not
		// in the periphery: where the nerve leaves the cord or brainstem.
		end := n.Branch.Length()
		for j := i; j >= 0; {
			b := nodes[j].Branch
			from, out := float32(0), false
			for k := len(b.Stations) - 1; k >= 0; k-- {
				if st := b.Stations[k]; st.At <= end && st.Level != trace.Periphery {
					from, out = st.At, true
					break
				}
			}
			for k, q := range b.Path {
				if b.Arc[k] >= from && b.Arc[k] <= end {
					pts = append(pts, q)
				}
			}
			if out {
				break
			}
			end, j = b.Offset, nodes[j].Parent
		}
	}
	return pts
}

// MusclePoints returns the ends of the trace's strongest branches, in
// drawn millimetres: where the muscles are, and the nerves arriving.
func (e *Explorer) MusclePoints() []mgl32.Vec3 {
	c := e.Chain(e.st.Proportions)
	if c == nil {
		return nil
	}
	heaviest := heaviestEnd(c)
	var pts []mgl32.Vec3
	for _, n := range c.Branches() {
		b := n.Branch
		if len(b.Children) > 0 || b.Weight < muscleShare*heaviest {
			continue
		}
		end := b.Length()
		for i, q := range b.Path {
			if end-b.Arc[i] <= muscleReach {
				pts = append(pts, q)
			}
		}
	}
	return pts
}

// Framed tells whether the trace's first volley has reached its muscles
// and framing has taken them in.
func (e *Explorer) Framed() bool { return e.framing.volleyDone }

// heaviestEnd returns the weight of the trace's strongest end branch: the
// share the branches framed with it must reach is taken of it.
func heaviestEnd(c *trace.Chain) float64 {
	heaviest := 0.0
	for _, n := range c.Branches() {
		if len(n.Branch.Children) == 0 {
			heaviest = max(heaviest, n.Branch.Weight)
		}
	}
	return heaviest
}
