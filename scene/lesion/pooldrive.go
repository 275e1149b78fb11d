package lesion

import "github.com/decussate/decussate/scene/anatomy"

// A pool's drive is reckoned once a lesion for the pool as a whole
// (evaluate), then again for each muscle with hot spots that the lesion
// hit apart from their areas: its motor neurons in the pool feel the
// drive of its own cortical neurons, not the area's average.

// driveInput is a route of a pool as poolDrive reads it for every pool
// every evaluation: its weight, head (network.routeHeads) and where the
// state holds its tract's survival and its gate's loss (route.survAt,
// route.gateAt), packed together apart from the rest of the route.
type driveInput struct {
	w          float64
	head       int32
	surv, gate int32
	// cortical is 1 for a route from the cortex, else 0.
	cortical float64
}

// survIndex returns where state.surv holds a tract slot's survival from
// C1 down to level l on side s.
func survIndex(slot int, l anatomy.Level, s anatomy.Side) int32 {
	return int32((slot*int(anatomy.NumLevels)+int(l))*2 + int(s))
}

// poolDrive returns the share of pool p's descending drive lost, the
// part of it that came from the cortex, and the share of it whose
// channel's other sources the lesion left untouched (sparedShare). Given
// heads, a muscle's heads for the pool's routes (network.spotHeads), the
// areas' neurons count as its hot spots': the drive that muscle's motor
// neurons lose.
func (n *network) poolDrive(st *state, p *pool, heads []int32) (drive, cortical, spared float64) {
	// Each route's drive lost, and whether the lesion touched it, for
	// sparedShare: scratch in the state, sized for the largest pool.
	lostW, touched := st.lost[:0], st.touched[:0]
	for i := range p.drive {
		in := &p.drive[i]
		left := st.headAlive[in.head]
		if heads != nil {
			left = st.headAlive[heads[i]]
		}
		if in.surv >= 0 {
			// Fibres for a segment leave their tract at its top: a
			// tract cut within the segment spares them.
			left *= st.surv[in.surv]
		}
		if in.gate >= 0 {
			// A centre left without its cortical command drives
			// nothing, though its fibres are whole.
			left *= 1 - st.gates[in.gate]
		}
		lost := in.w * (1 - left)
		drive += lost
		// cortical is 1 or 0: adding lost times 0 adds nothing, and a
		// branch on it was mispredicted a tenth of the time spent here.
		cortical += lost * in.cortical
		lostW, touched = append(lostW, lost), append(touched, left < 1)
	}
	if !st.recovering {
		// Only the chronic phase asks what was spared (phase.go).
		return drive, cortical, 0
	}
	return drive, cortical, sparedShare(p, lostW, touched)
}

// spotsHit tells whether damage d hit one of muscle mn's hot spots apart
// from its area: whether the muscle's drive differs from its pools'.
func spotsHit(d []float64, mn *muscleNet) bool {
	for _, sp := range mn.spots {
		if d[sp.spot[0]] != d[sp.area[0]] || d[sp.spot[1]] != d[sp.area[1]] {
			return true
		}
	}
	return false
}

// musclePool returns pool pi's state as the motor neurons in it of a
// muscle whose hot spots the lesion hit (spotsHit) feel it: with the
// drive from the muscle's hot spots in place of their areas' (heads,
// network.spotHeads).
func (n *network) musclePool(st *state, pi int32, heads []int32) poolState {
	ps := st.pools[pi]
	if !st.spotHeadsDone {
		n.spotHeadsAlive(st)
	}
	p := &n.pools[pi]
	var spared float64
	ps.drive, _, spared = n.poolDrive(st, p, heads)
	full := n.atlas.Model.FullLoss
	ps.weak = deprivation(ps.drive, p.redundancy, full)
	// The loss of the muscle's own cortical neurons weakens it from the
	// first, in proportion; what it loses beyond its pool's other muscles
	// weakens it faster (see ownWeakness).
	own := n.ownLoss(st, p, heads)
	if !st.poolOwnDone[pi] {
		st.poolOwn[pi], st.poolOwnDone[pi] = n.ownLoss(st, p, nil), true
	}
	ps.weak = max(ps.weak, clamp01(own), ownWeakness(own, st.poolOwn[pi], st.pools[pi].drive, p.redundancy, full))
	ps.weak = recovered(st.recovering, ps.weak, spared, n.atlas.Model.Takeover, n.atlas.Model.Floor)
	return ps
}
