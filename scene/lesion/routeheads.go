package lesion

import "slices"

// A pool's routes are wired when it is added: each route's channel's
// other sources, which take over in the chronic phase (phase.go), and
// its head among the network's distinct heads. Many pools' routes pass
// the same elements above the cord (a channel's from its area to the
// pyramid), so a lesion's survival along each distinct head is worked
// out once (headsAlive), not once per pool.
//
// A muscle with hot spots (muscleSpot) feels its pools' drive through
// them, in place of their areas: the same routes with the spot's element
// for the area's. Those heads are interned too, after the pools' own
// (network.plainHeads), and worked out only for a lesion that hits a spot
// apart from its area (spotHeadsAlive): a cortical one.

// addPool adds pool p, its routes wired, and returns its index.
func (n *network) addPool(p pool) int32 {
	// The routes of the same channel and hemisphere from another area
	// (the other sources that may take over, phase.go), in one backing
	// array for the pool.
	other := func(i, j int) bool {
		in, o := &p.inputs[i], &p.inputs[j]
		return j != i && in.group >= 0 && o.group == in.group && o.head[0] != in.head[0]
	}
	count := 0
	for i := range p.inputs {
		for j := range p.inputs {
			if other(i, j) {
				count++
			}
		}
	}
	buf := make([]int32, 0, count)
	p.drive = make([]driveInput, 0, len(p.inputs))
	for i := range p.inputs {
		in := &p.inputs[i]
		in.headID = n.internHead(in.head)
		in.survAt, in.gateAt = -1, -1
		if in.tract >= 0 && in.to > 0 {
			in.survAt = survIndex(in.tract, in.to-1, in.tractSide)
		}
		if in.gate >= 0 {
			in.gateAt = int32(2*in.gate + int(in.gateSide))
		}
		di := driveInput{w: in.w, head: in.headID, surv: in.survAt, gate: in.gateAt}
		if in.cortical {
			di.cortical = 1
		}
		p.drive = append(p.drive, di)
	}
	for i, in := range p.inputs {
		if in.cortical {
			p.cortical += in.w
		}
		start := len(buf)
		for j := range p.inputs {
			if other(i, j) {
				buf = append(buf, int32(j))
			}
		}
		p.inputs[i].others = buf[start:len(buf):len(buf)]
	}
	n.pools = append(n.pools, p)
	return int32(len(n.pools) - 1)
}

// internHead returns head's number among the network's distinct heads,
// adding it when new.
func (n *network) internHead(head []int32) int32 {
	key := make([]byte, 0, 4*len(head))
	for _, e := range head {
		key = append(key, byte(e), byte(e>>8), byte(e>>16), byte(e>>24))
	}
	if id, ok := n.headOf[string(key)]; ok {
		return id
	}
	if n.headOf == nil {
		n.headOf = map[string]int32{}
	}
	id := int32(len(n.routeHeads))
	n.routeHeads = append(n.routeHeads, head)
	n.headOf[string(key)] = id
	return id
}

// spotHeads returns, for each route of pool pi, the number of its head
// as muscle mn's motor neurons feel it: with mn's hot spots in place of
// their areas. Nil for a muscle without hot spots.
func (n *network) spotHeads(mn *muscleNet, pi int32) []int32 {
	if len(mn.spots) == 0 {
		return nil
	}
	p := &n.pools[pi]
	out := make([]int32, len(p.inputs))
	for i := range p.inputs {
		in := &p.inputs[i]
		out[i] = in.headID
		if !slices.ContainsFunc(in.head, func(e int32) bool { return swapped(e, mn.spots) != e }) {
			continue
		}
		head := make([]int32, len(in.head))
		for k, e := range in.head {
			head[k] = swapped(e, mn.spots)
		}
		out[i] = n.internHead(head)
	}
	return out
}

// swapped returns the element that stands for e in swap: a muscle's hot
// spot for its area, or e itself.
func swapped(e int32, swap []muscleSpot) int32 {
	for _, sp := range swap {
		switch e {
		case sp.area[0]:
			return sp.spot[0]
		case sp.area[1]:
			return sp.spot[1]
		}
	}
	return e
}

// headsAlive sets, for each distinct head of the pools' own routes, the
// share of its axons damage d left.
func (n *network) headsAlive(st *state, d []float64) {
	for h, head := range n.routeHeads[:n.plainHeads] {
		st.headAlive[h] = alive(head, d)
	}
}

// spotHeadsAlive does the same for the heads through hot spots.
func (n *network) spotHeadsAlive(st *state) {
	for h := n.plainHeads; h < len(n.routeHeads); h++ {
		st.headAlive[h] = alive(n.routeHeads[h], st.damage)
	}
	st.spotHeadsDone = true
}

// alive returns the share of a route's axons along head that damage d
// left.
func alive(head []int32, d []float64) float64 {
	a := 1.0
	for _, e := range head {
		a *= 1 - d[e]
	}
	return a
}
