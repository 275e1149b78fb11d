package lesion

import "github.com/decussate/decussate/scene/anatomy"

// A body part's corticofugal fibres come from more than its area of the
// primary motor cortex: about a third of the corticospinal axons arise in
// area 6, the dorsal premotor cortex and the supplementary motor area
// (ANATOMY.md 3.1; dum1991), which join the primary motor cortex's in the
// corona radiata and run with them through the capsule, the crus, the
// pons and the pyramid (anatomy.Channel.Sources). A pool's input from a
// channel is therefore one route per source: the channel's own area,
// whose fibres pass every station, and each premotor area, whose fibres
// reach the channel at its corona radiata point by a path of their own
// and pass the stations below it. A small infarct of the hand knob takes
// the primary motor cortex's hand neurons and the fibres under them and
// leaves area 6's; a capsular lacune takes them all.

// sourceJoinName names a premotor area's fibres on their way to a
// channel's first station (scene/words reads it): area id, channel id,
// station id.
const sourceJoinName = "%s fibres joining %s in %s"

// headKey names the heads of one channel's routes: channel index, the
// hemisphere they come from, the last station, and the decussation's
// element (-1 for none).
type headKey [4]int32

// channelRoutes returns the routes of base (its weight, tract and gate
// set) through channel c from hemisphere src down to the station at index
// last, then through the decussation's element decus (-1 for none): one
// for the channel's own area and one for each of its sources, the weight
// shared between them. Routes with the same heads (a column's pools at
// every segment) share them: no one changes a head.
func (n *network) channelRoutes(base route, c *anatomy.Channel, src anatomy.Side, last int, decus int32) []route {
	ci := n.atlas.ChannelIndex(c.ID)
	base.cortical = true
	base.group = 2*ci + int(src)
	base.full = base.w
	heads := n.channelHeads(c, ci, src, last, decus)
	out := make([]route, 0, len(heads))
	for j, h := range heads {
		r := base
		r.head = h
		if j == 0 {
			r.w = base.w * c.OwnShare()
		} else {
			r.w = base.w * c.Sources[j-1].W
			r.premotor = true
		}
		out = append(out, r)
	}
	return out
}

// channelHeads returns the heads of channelRoutes's routes, the own
// area's first, built once for each key.
func (n *network) channelHeads(c *anatomy.Channel, ci int, src anatomy.Side, last int, decus int32) [][]int32 {
	key := headKey{int32(ci), int32(src), int32(last), decus}
	if h, ok := n.heads[key]; ok {
		return h
	}
	var tail []int32
	if decus >= 0 {
		tail = []int32{decus}
	}
	stations := make([]int32, 0, last+1)
	for _, cp := range c.Course[:last+1] {
		stations = append(stations, n.station[[2]string{c.ID, cp.Station}][src])
	}
	own := append([]int32{n.soma[c.Area][src]}, stations...)
	heads := [][]int32{append(own, tail...)}
	for j, s := range c.Sources {
		// The source's fibres meet the channel's at its first station's
		// point: they pass the lower part of that station, which their
		// own path covers, and every station below it.
		h := []int32{n.soma[s.Area][src], n.sourceJoins[c.ID][j][src]}
		h = append(h, stations[1:]...)
		heads = append(heads, append(h, tail...))
	}
	n.heads[key] = heads
	return heads
}
