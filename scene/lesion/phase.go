package lesion

// The phase is what the time since the lesion changes, and this file is
// the one place that decides it. In the first days (Acute) a pool's
// motor neurons have only the fibres the lesion spared: each route drives
// them with its own share (a channel's share is split between its
// sources, sources.go), the redundancy of the pool's other routes (the
// reticulospinal, the other hemisphere's) already counted in the pool's
// (deprivation), and shock makes the weak limbs flaccid and areflexic
// (signs.go). Once the acute phase is over (Chronic) the sources of a
// body part's channel that the lesion left untouched take over for the
// lost ones: the premotor and supplementary motor areas for a lost
// primary motor area, the primary motor cortex for a lost premotor area.
// Recovery after stroke is proportional to the impairment where the
// corticospinal output survives, and absent where it does not
// (prabhakaran2008; byblow2015): a weakness recovers the model's takeover
// share of itself beyond the floor, times the share of its lost drive
// whose channel kept another source whole. Where a lesion touched every
// source of a channel (the capsule, the crus, the basis pontis of both sides, the pyramid,
// a cord transection or hemisection) nothing is left to take over and
// the chronic weakness is the acute one; where it took one source (a
// small infarct of the hand knob) the hand is weak but moving. The
// survivors of a bundle a lesion thinned (a partial capsular lesion, a
// central cord lesion) are no other source: the same route as the lost
// fibres, they make up for nothing here. The reflexes and signs follow
// the drive lost, which the phase leaves alone: spasticity comes with
// the established picture, not against it.

// recovering tells whether the surviving fibres of a lesion of sites,
// asked for at phase, have taken over: an injury past its acute phase. A
// degenerative disease (ALS, primary lateral sclerosis) has no such
// phase: its surviving upper motor neurons are failing too, and its
// chronic phase is its established picture.
func (n *network) recovering(sites []Site, phase Phase) bool {
	if phase != Chronic {
		return false
	}
	for _, s := range sites {
		if s.ID != "point" && n.atlas.Site(s.ID).Kind == "disease" {
			return false
		}
	}
	return true
}

// recovered returns a weakness weak once the surviving sources have taken
// over (recovering): less takeover times spared of its part beyond the
// floor, spared being the share of the lost drive whose channel kept
// another source whole (sparedShare). The least weakness an examiner
// grades stays: a small cortical infarct leaves a lasting, if slight,
// loss (the individuated finger movements of lang2004), not none.
func recovered(recovering bool, weak, spared, takeover, floor float64) float64 {
	if !recovering || weak <= floor {
		return weak
	}
	return weak - takeover*spared*(weak-floor)
}

// sparedShare returns the share of pool p's lost drive whose channel kept
// another source untouched, given each route's drive lost (lost) and
// whether the lesion touched it (touched): each cortical route's loss
// counts by the share of the other sources of its group (its channel's
// fibres from the same hemisphere, route.group, from another area than
// its own) that the lesion left untouched. A loss of the brainstem's
// routes counts as not spared.
func sparedShare(p *pool, lost []float64, touched []bool) float64 {
	var all, spared float64
	for i := range p.inputs {
		if lost[i] == 0 {
			continue
		}
		all += lost[i]
		var others, kept float64
		for _, j := range p.inputs[i].others {
			w := p.drive[j].w
			others += w
			if !touched[j] {
				kept += w
			}
		}
		if others > 0 {
			spared += lost[i] * kept / others
		}
	}
	if all == 0 {
		return 0
	}
	return spared / all
}
