package lesion

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
)

// The network in the cord: the spinal tracts, the motor columns' pools
// with their descending routes, the ventral roots and the brachial
// plexus's trunks.

// buildCord adds the spinal tracts, the motor columns with their drive, and
// the ventral roots.
func (n *network) buildCord() {
	a := n.atlas
	for ti := range a.Tracts {
		t := &a.Tracts[ti]
		var channels []string
		if t.ByChannel {
			for _, c := range a.Channels {
				if c.Kind == "corticospinal" {
					channels = append(channels, c.ID)
				}
			}
		} else {
			channels = []string{""}
		}
		if t.From != "cortex" {
			crossed := a.TractCrosses(t.ID)
			var j [2][2]int32
			for _, src := range sides {
				for _, dest := range sides {
					j[src][dest] = -1
					name := joinName
					if src != dest {
						if !crossed {
							continue
						}
						name = joinCrossingName
					}
					j[src][dest] = n.add(newTube(fmt.Sprintf(name, t.From, t.ID), dest, a.CentreJoin(t, src, dest), 1.2))
				}
			}
			n.joins[t.ID] = j
		}
		for _, ch := range channels {
			slot := len(n.tractSlots)
			n.tractSlots = append(n.tractSlots, tractSlot{t.ID, ch, t.Autonomic})
			var elems [anatomy.NumLevels][2]int32
			at, r := t.At, t.R
			if ch != "" {
				at = a.Channel(ch).Lateral
			}
			end := a.TractEnds(t, ch)
			for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
				for _, s := range sides {
					elems[l][s] = -1
					if l > end {
						continue
					}
					seg := a.Segment(l)
					name := fmt.Sprintf("%s at %s", t.ID, l)
					if ch != "" {
						name = fmt.Sprintf("%s (%s fibres) at %s", t.ID, ch, l)
					}
					e := newTube(name, s, a.CordColumn(l, at[0], at[1], s), r*seg.RX)
					e.cord = true
					elems[l][s] = n.add(e)
				}
			}
			n.tractElems = append(n.tractElems, elems)
			_ = slot
		}
	}
	for ci := range a.Columns {
		col := &a.Columns[ci]
		var pools [anatomy.NumLevels][2]int32
		for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
			prof := col.ProfileAt(l)
			for _, s := range sides {
				pools[l][s] = -1
				if prof == nil {
					continue
				}
				seg := a.Segment(l)
				name := fmt.Sprintf("%s motor neurons at %s", col.ID, l)
				el := newTube(name, s, a.CordColumn(l, col.At[0], col.At[1], s), col.R*seg.RX)
				el.cells = true
				e := n.add(el)
				r := a.Model.Redundancy
				if prof.Redundancy != nil {
					r = *prof.Redundancy
				}
				pools[l][s] = n.addPool(pool{name: name, elem: e, inputs: n.cordInputs(prof, l, s), redundancy: r})
			}
		}
		n.cord[col.ID] = &pools
	}
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		for _, s := range sides {
			n.roots[l][s] = n.add(newTube(fmt.Sprintf("ventral root %s", l), s, a.RootPath(l, s), 1.2))
		}
	}
	first, last, _ := anatomy.ParseLevelRange(anatomy.PlexusLevels)
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		for _, s := range sides {
			n.plexus[l][s] = -1
			if l >= first && l <= last {
				n.plexus[l][s] = n.add(newTube(fmt.Sprintf("brachial plexus trunk fibres of %s", l), s, a.PlexusPath(l, s), 2.5))
			}
		}
	}
}

// joinName names a brainstem tract's fibres between their centre's path
// and the cord (scene/words reads it): centre id, tract id;
// joinCrossingName names those of them that cross the midline on the way.
const (
	joinName         = "%s axons joining %s"
	joinCrossingName = "%s axons crossing to join %s"
)

// slotOf returns the tract slot of tract (and channel, for a laminated one).
func (n *network) slotOf(tract, channel string) int {
	for i, s := range n.tractSlots {
		if s.tract == tract && (s.channel == "" || s.channel == channel) {
			return i
		}
	}
	panic("lesion: no tract slot for " + tract + " " + channel) // the atlas was validated
}

// cordInputs returns the routes of a cord pool at level l on side s.
func (n *network) cordInputs(prof *anatomy.Profile, l anatomy.Level, s anatomy.Side) []route {
	a := n.atlas
	var out []route
	for _, in := range prof.Inputs {
		t := a.Tract(in.Tract)
		tractSide := s
		if in.Side == "other" {
			tractSide = s.Other()
		}
		r := route{w: in.W, full: in.W, tract: n.slotOf(t.ID, in.Channel), tractSide: tractSide, to: l, gate: -1, group: -1}
		if t.From == "cortex" {
			c := a.Channel(in.Channel)
			src := tractSide
			if in.Crossed {
				src = tractSide.Other()
			}
			decus := int32(-1)
			if in.Crossed {
				decus = n.decus[c.ID][tractSide]
			}
			out = append(out, n.channelRoutes(r, c, src, len(c.Course)-1, decus)...)
			continue
		} else {
			src := tractSide
			if in.Crossed {
				src = tractSide.Other()
			}
			r.head = append(r.head, n.soma[t.From][src], n.somaPath[t.From][src], n.joins[t.ID][src][tractSide])
			if gi, ok := n.gateOf[t.From]; ok {
				r.gate, r.gateSide = gi, src
			}
		}
		out = append(out, r)
	}
	return out
}
