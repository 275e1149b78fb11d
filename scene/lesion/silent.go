package lesion

import (
	"math"
	"sort"

	"github.com/decussate/decussate/scene/anatomy"
)

// A lesion can take upper motor neurons and weaken nothing. A small
// cortical infarct that takes a few of a body part's neurons leaves the
// rest of them, and the other descending routes, to drive it (the pool's
// redundancy, ownWeakness); the muscles of the forehead, jaw, throat,
// tongue and trunk are driven from both hemispheres, so one hemisphere's
// loss leaves them their drive from the other. Both are clinically silent,
// and true; but a student who clicks the precentral gyrus and reads only
// "No weakness" learns nothing. A result with no weakness therefore says
// what the lesion took of each region's upper motor neurons, and whether
// the other hemisphere drives the region too (Result.Quiet).

// QuietLoss is what a lesion that weakens nothing took of one body
// region's upper motor neurons from one hemisphere: their cell bodies in
// the cortex or their fibres on the way down.
type QuietLoss struct {
	// Region is the body region (anatomy.Regions) and Side the side of the
	// body, L or R, or B where the hemisphere drives both sides alike.
	Region, Side string
	// Hemisphere is the side of the brain, L or R, whose neurons for the
	// region were lost.
	Hemisphere string
	// Share is the share of that hemisphere's cortical drive to the
	// region that the lesion took, 0 to 1: over the region's muscles,
	// weighted as the region's strength is (muscles.json w).
	Share float64
	// Fibres tells that the loss is mostly of the neurons' axons, not of
	// their cell bodies.
	Fibres bool
	// Bulbar tells that the region's motor neurons are in the brainstem:
	// its fibres are corticobulbar, not corticospinal.
	Bulbar bool
	// Bilateral tells that the other hemisphere drives the region too (at
	// least bilateralShare of its cortical drive) and the lesion left that
	// drive whole: why one hemisphere's loss does not weaken it.
	Bilateral bool
	// Premotor tells that the loss is mostly of area 6's neurons (or
	// their fibres), the premotor and supplementary motor areas, not the
	// primary motor cortex's; PremotorShare is then the share of the
	// hemisphere's premotor drive to the region that the lesion took.
	Premotor      bool
	PremotorShare float64
}

// bilateralShare is the share of a region's cortical drive from the
// hemisphere of its own side from which the region counts as driven from
// both: the forehead, jaw and throat (a half), the tongue (two fifths),
// the neck and trunk (three tenths), not the lower face (a fifth) nor the
// limbs. A teaching threshold over the atlas's weights (nuclei.json,
// columns.json), where the textbooks draw the line.
const bilateralShare = 0.25

// quietFloor is the least share of a region's drive a quiet loss names:
// a tenth of a per cent, so that a lesion that takes a fiftieth of one
// small muscle's neurons (a hip adductor's) is still told.
const quietFloor = 0.001

// wholeFloor is the most of the other hemisphere's drive a lesion may take
// and leave it whole: the share from which Result.Destroyed lists an
// element.
const wholeFloor = 0.005

// alikeShare is how close the shares of a region's cortical drive that
// one hemisphere gives the two sides of the body must be for its loss to
// be told for both sides at once.
const alikeShare = 0.1

// quietSum gathers, for one region, body side and hemisphere, the muscles'
// cortical drive from that hemisphere and what the lesion took of it, each
// weighted by the muscle's weight.
type quietSum struct {
	w, lost, cells float64
	// other is the weighted share of the cortical drive from the other
	// hemisphere, otherLost what the lesion took of it.
	other, otherLost float64
	// pw is the weighted share of the drive from premotor areas, pLost
	// what the lesion took of it.
	pw, pLost float64
	bulbar    bool
}

// quiet returns the losses of upper motor neurons the lesion in st made,
// per region, body side and hemisphere, largest first, for a result with
// no weakness. A muscle's drive from an area with its hot spot is its
// spot's (as musclePool reckons it).
func (n *network) quiet(st *state) []QuietLoss {
	d := st.damage
	// Most lesions that weaken nothing (a click on cortex that moves
	// nothing) destroy nothing at all.
	hit := false
	for _, x := range d {
		if x > 0 {
			hit = true
			break
		}
	}
	if !hit {
		return nil
	}
	// A route through a muscle's hot spot is one of the heads worked out
	// once a lesion (routeheads.go).
	if !st.spotHeadsDone {
		n.spotHeadsAlive(st)
	}
	var sum [len(anatomy.Regions)][2][2]quietSum
	for mi := range n.muscles {
		mn := &n.muscles[mi]
		if mn.region < 0 {
			continue
		}
		for _, s := range sides {
			add := func(w float64, pi int32, heads []int32) {
				// per hemisphere: the drive, the share lost, the share
				// lost with the cell bodies.
				var hw, hl, hc, hp, hpl [2]float64
				inputs := n.pools[pi].inputs
				for k := range inputs {
					in := &inputs[k]
					if !in.cortical || len(in.head) == 0 {
						continue
					}
					// The route's head with the muscle's hot spots in
					// place of their areas (spotHeads).
					id := in.headID
					if heads != nil {
						id = heads[k]
					}
					head := n.routeHeads[id][0]
					h := n.elements[head].side
					alive := st.headAlive[id]
					if in.survAt >= 0 {
						alive *= st.surv[in.survAt]
					}
					hw[h] += in.w
					hl[h] += in.w * (1 - alive)
					hc[h] += in.w * d[head]
					if in.premotor {
						hp[h] += in.w
						hpl[h] += in.w * (1 - alive)
					}
				}
				for _, h := range sides {
					if hw[h] == 0 {
						continue
					}
					o := h.Other()
					q := &sum[mn.region][s][h]
					mw := w * mn.m.W
					q.w += mw
					q.lost += mw * hl[h] / hw[h]
					q.cells += mw * hc[h] / hw[h]
					q.pw += mw * hp[h] / hw[h]
					q.pLost += mw * hpl[h] / hw[h]
					q.other += mw * hw[o] / (hw[h] + hw[o])
					if hw[o] > 0 {
						q.otherLost += mw * hl[o] / hw[o]
					}
					q.bulbar = q.bulbar || mn.cranial[0] >= 0
				}
			}
			if mn.cranial[0] >= 0 {
				add(1, mn.cranial[s], mn.cranialHeads[s])
				continue
			}
			for k := range mn.segs {
				sp := &mn.segs[k]
				add(sp.w, sp.pool[s], sp.spotHeads[s])
			}
		}
	}
	var out []QuietLoss
	for ri := range sum {
		for _, h := range sides {
			// The hemisphere's loss is told once, for the side of the
			// body it drives more (the opposite, mostly), or for both
			// where it drives both alike (the forehead, the throat).
			var ql [2]QuietLoss
			var own [2]float64
			for _, s := range sides {
				q := &sum[ri][s][h]
				if q.w == 0 {
					continue
				}
				own[s] = 1 - q.other/q.w
				ql[s] = QuietLoss{
					Region: anatomy.Regions[ri], Side: s.String(), Hemisphere: h.String(),
					Share:     q.lost / q.w,
					Fibres:    q.cells < q.lost/2,
					Bulbar:    q.bulbar,
					Bilateral: q.other/q.w >= bilateralShare && q.otherLost/q.w < wholeFloor,
					Premotor:  q.pLost > q.lost/2,
				}
				if q.pw > 0 {
					ql[s].PremotorShare = q.pLost / q.pw
				}
			}
			q := ql[L]
			switch {
			case math.Abs(own[L]-own[R]) < alikeShare:
				if ql[R].Share > q.Share {
					q = ql[R]
				}
				q.Side = "B"
				q.Bilateral = ql[L].Bilateral && ql[R].Bilateral
			case own[R] > own[L]:
				q = ql[R]
			}
			if q.Share >= quietFloor {
				out = append(out, q)
			}
		}
	}
	// Ranked by the share as a report words it (whole per cent), ties in
	// the regions' order: a difference in the last bits of two equal
	// losses (the shoulder's and the elbow's premotor neurons, both 45 %)
	// does not choose which the sentence names.
	sort.SliceStable(out, func(i, j int) bool { return cents(out[i].Share) > cents(out[j].Share) })
	return out
}
