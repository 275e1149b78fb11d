package lesion

// A pool's routes are wired when it is added: each route's channel's
// other sources, which take over in the chronic phase (phase.go), and
// its head among the network's distinct heads. Many pools' routes pass
// the same elements above the cord (a channel's from its area to the
// pyramid), so a lesion's survival along each distinct head is worked
// out once (headsAlive), not once per pool.

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
	for i := range p.inputs {
		p.inputs[i].headID = n.internHead(p.inputs[i].head)
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

// headsAlive sets, for each distinct head, the share of its axons damage
// d left.
func (n *network) headsAlive(st *state, d []float64) {
	for h, head := range n.routeHeads {
		st.headAlive[h] = alive(head, d)
	}
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
