package lesion

import "math"

// The phase is what the time since the lesion changes, and this file is
// the one place that decides it. In the first days (Acute) a pool's
// motor neurons have only the fibres the lesion spared: each route drives
// them with its own share, the redundancy of its other routes (the
// reticulospinal, the other hemisphere's) already counted in the pool's
// (deprivation), and shock makes the weak limbs flaccid and areflexic
// (signs.go). Once the acute phase is over (Chronic) the surviving
// cortical fibres of each body part's channel take over: the rest of its
// primary motor area, and the premotor and supplementary motor areas'
// fibres that run with them (sources.go), each raising its drive by at
// most the model's takeover share of what it carried (ward2003). What
// they can make up for is the anatomy's: where a lesion took every
// source's fibres together (a capsular or crural lesion, the basis pontis
// of both sides, a cord transection) nothing of the channel survives and
// the chronic weakness is the acute one; where it took one source (a small
// infarct of the hand knob) the others make up part of it, and the hand
// is weak but moving. The pools' redundancy is not used twice: the
// non-cortical routes and the other hemisphere's fibres take over nothing
// more than they already do.

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

// maxRoutes is the most routes a pool's relief is reckoned for without
// allocating; the atlas's pools have fewer than half as many.
const maxRoutes = 64

// relief returns the drive that the surviving cortical fibres of each of
// pool p's channels make up for, when they have taken over (recovering), given each route's share of
// drive lost (lost) and kept (kept), both weighted: for each channel and
// hemisphere (route.group), the lesser of what it lost and takeover times
// what it kept.
func relief(recovering bool, p *pool, lost, kept []float64, takeover float64) float64 {
	if !recovering {
		return 0
	}
	total := 0.0
	for i := range p.inputs {
		g := p.inputs[i].group
		if g < 0 || firstOfGroup(p, i) != i {
			continue
		}
		var gl, gk float64
		for j := i; j < len(p.inputs); j++ {
			if p.inputs[j].group == g {
				gl += lost[j]
				gk += kept[j]
			}
		}
		if gl > 0 {
			total += math.Min(gl, takeover*gk)
		}
	}
	return total
}

// firstOfGroup returns the index of the first route of pool p in route
// i's group.
func firstOfGroup(p *pool, i int) int {
	g := p.inputs[i].group
	for j := range p.inputs[:i] {
		if p.inputs[j].group == g {
			return j
		}
	}
	return i
}
