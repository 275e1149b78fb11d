package lesion

import "github.com/decussate/decussate/scene/anatomy"

// cutShare is the share of a bundle destroyed from which the view shows
// its fibres degenerating below the cut.
const cutShare = 0.3

// ChannelCut is a somatotopic bundle of corticofugal fibres cut by a
// lesion: below the cut its axons degenerate (Wallerian degeneration),
// which the view shows by greying the rest of their course.
type ChannelCut struct {
	// Channel is the channel's id; Side the hemisphere its cell bodies
	// are in.
	Channel string
	Side    anatomy.Side
	// Share is the share of the bundle's fibres cut.
	Share float64
	// From is where along the course the fibres are cut: 0 at their cell
	// bodies, i+1 at the course's station i, then the decussation, then
	// the lateral tract's segments (see geom.ChannelPath for the same
	// order of points).
	From int
}

// channelCuts finds the bundles a lesion cuts, in atlas order.
func (n *network) channelCuts(d []float64) []ChannelCut {
	var out []ChannelCut
	a := n.atlas
	for ci := range a.Channels {
		c := &a.Channels[ci]
		for _, s := range sides {
			elems := n.chanElems[ci][s]
			alive, from := 1.0, -1
			for i, e := range elems {
				if e < 0 {
					continue
				}
				alive *= 1 - d[e]
				if from < 0 && 1-alive >= cutShare {
					from = i
				}
			}
			if from >= 0 {
				out = append(out, ChannelCut{Channel: c.ID, Side: s, Share: 1 - alive, From: from})
			}
		}
	}
	return out
}

// channelElements lists the elements a channel's fibres from side s pass,
// in the order of geom.ChannelPath's points: cell bodies, stations, the
// decussation's four points (one element), then the lateral tract's
// segments on the other side.
func (n *network) channelElements(c *anatomy.Channel, s anatomy.Side) []int32 {
	elems := []int32{n.soma[c.Area][s]}
	for _, p := range c.Course {
		elems = append(elems, n.station[[2]string{c.ID, p.Station}][s])
	}
	if c.Kind != "corticospinal" {
		return elems
	}
	dest := s.Other()
	elems = append(elems, n.decus[c.ID][dest], -1, -1, -1)
	slot := n.slotOf("lateral_cst", c.ID)
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		e := n.tractElems[slot][l][dest]
		if e < 0 {
			break
		}
		elems = append(elems, e)
	}
	return elems
}
