package lesion

import "github.com/decussate/decussate/scene/anatomy"

// reflexState is what a lesion did to one reflex on one side.
type reflexState struct {
	// arc is the share of the reflex arc lost (motor neurons, roots,
	// nerves, afferents).
	arc float64
	// drive and cortical are the shares of its motor neurons' descending
	// and cortical drive lost.
	drive, cortical float64
	// impaired is the share of the arc either cut or deprived of its
	// cortical drive, segment by segment: a superficial reflex needs both
	// its arc and the corticospinal drive of the same segments.
	impaired float64
}

// reflex follows one reflex's arc on side s.
func (n *network) reflex(st *state, rn *reflexNet, s anatomy.Side) reflexState {
	d := st.damage
	mn := &n.muscles[rn.muscle]
	nerve := nerveLoss(d, mn, s)
	var out reflexState
	if mn.cranial[0] >= 0 {
		ps := st.pools[mn.cranial[s]]
		out = reflexState{arc: 1 - (1-ps.cells)*(1-nerve), drive: ps.drive, cortical: ps.cortical}
		out.impaired = combine(out.arc, ps.cortical)
	} else {
		for _, sp := range rn.arc {
			ps := st.pools[sp.pool[s]]
			cut := 1 - (1-ps.cells)*(1-sp.exitLoss(d, s))*(1-nerve)
			out.arc += sp.w * cut
			out.impaired += sp.w * combine(cut, ps.cortical)
			out.drive += sp.w * ps.drive
			out.cortical += sp.w * ps.cortical
		}
	}
	for _, aff := range rn.afferent {
		out.arc = combine(out.arc, d[aff[s]])
		out.impaired = combine(out.impaired, d[aff[s]])
	}
	return out
}
