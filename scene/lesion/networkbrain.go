package lesion

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
)

// The network above the cord: the upper motor neuron areas with their
// hot spots, the channels' stations, the decussation, the brainstem
// centres' drive from the cortex, and the cranial motor pools.

// buildBrain adds the upper motor neuron areas, the stations of every
// channel and the decussation.
func (n *network) buildBrain() {
	a := n.atlas
	for _, ar := range a.Areas {
		var soma, path [2]int32
		for _, s := range sides {
			el := newSphere(ar.ID+" neurons", s, anatomy.OnSide(ar.At, s), ar.R)
			el.sheet = ar.Kind != "brainstem"
			soma[s] = n.add(el)
			path[s] = -1
			if len(ar.Path) > 1 {
				path[s] = n.add(newTube(ar.ID+" axons", s, anatomy.PathOnSide(ar.Path, s), 1.2))
			}
		}
		n.soma[ar.ID] = soma
		n.somaPath[ar.ID] = path
		for _, sp := range ar.Sheet {
			var e [2]int32
			for _, s := range sides {
				el := newSphere(fmt.Sprintf(spotName, ar.ID, sp.Muscle), s, anatomy.OnSide(sp.At, s), sp.R)
				el.sheet = true
				e[s] = n.add(el)
			}
			n.spots[ar.ID] = append(n.spots[ar.ID], e)
		}
		n.addTiles(ar)
	}
	for ci := range a.Channels {
		c := &a.Channels[ci]
		for i, p := range c.Course {
			r := a.Stations[a.StationIndex(p.Station)].R
			var e [2]int32
			for _, s := range sides {
				e[s] = n.add(newTube(c.ID+" fibres in "+p.Station, s, a.StationPath(c, i, s), r))
			}
			n.station[[2]string{c.ID, p.Station}] = e
		}
		for _, src := range c.Sources {
			var e [2]int32
			r := a.Stations[0].R
			for _, s := range sides {
				e[s] = n.add(newTube(fmt.Sprintf(sourceJoinName, src.Area, c.ID, c.Course[0].Station), s, a.SourceJoinPath(c, src.Area, s), r))
			}
			n.sourceJoins[c.ID] = append(n.sourceJoins[c.ID], e)
		}
		if c.Kind == "corticospinal" {
			var e [2]int32
			for _, dest := range sides {
				e[dest] = n.add(newTube(c.ID+" fibres crossing to the "+dest.String(), dest, a.DecussationPath(c, dest), 1.0))
			}
			n.decus[c.ID] = e
		}
	}
	n.buildGates()
}

// buildGates wires the cortical drive of the brainstem centres that have
// one: each input's fibres, from their area's hemisphere down to the
// station where they leave the channel. The area's own neurons are not on
// the route: the corticoreticular neurons lie outside it (anatomy.CentreDrive).
func (n *network) buildGates() {
	a := n.atlas
	for _, ar := range a.Areas {
		if ar.Cortical == nil {
			continue
		}
		g := centreGate{spare: ar.Cortical.Spare, share: ar.Cortical.Share}
		for _, s := range sides {
			for _, in := range ar.Cortical.Inputs {
				src := s
				if in.Side == "other" {
					src = s.Other()
				}
				c := a.ChannelOfArea(in.Area)
				rt := route{w: in.W, full: in.W, tract: -1, gate: -1, group: -1, cortical: true}
				last := c.StationIndex(in.LeavesAfter)
				for _, cp := range c.Course[:last+1] {
					rt.head = append(rt.head, n.station[[2]string{c.ID, cp.Station}][src])
				}
				g.routes[s] = append(g.routes[s], rt)
			}
		}
		n.gateOf[ar.ID] = len(n.gates)
		n.gates = append(n.gates, g)
	}
}

// spotName names a hot spot of an area's sheet (scene/words reads it):
// area id, muscle id.
const spotName = "%s neurons for %s"

// buildNuclei adds the cranial motor pools with their corticobulbar drive.
func (n *network) buildNuclei() {
	a := n.atlas
	for ni := range a.Nuclei {
		nuc := &a.Nuclei[ni]
		for pi := range nuc.Pools {
			p := &nuc.Pools[pi]
			at, r := nuc.At, nuc.R
			if p.At != nil {
				at, r = *p.At, p.R
			}
			var idx [2]int32
			for _, s := range sides {
				e := n.add(newSphere(p.ID+" motor neurons", s, anatomy.OnSide(at, s), r))
				var inputs []route
				for _, in := range p.Inputs {
					src := s
					if in.Side == "other" {
						src = s.Other()
					}
					c := a.ChannelOfArea(in.Area)
					rt := route{w: in.W, tract: -1, gate: -1, group: -1}
					inputs = append(inputs, n.channelRoutes(rt, c, src, c.StationIndex(in.LeavesAfter), -1)...)
				}
				idx[s] = n.addPool(pool{name: p.ID + " motor neurons", elem: e, inputs: inputs, redundancy: a.Model.Redundancy})
			}
			n.cranial[p.ID] = idx
		}
	}
}
