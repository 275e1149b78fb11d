package lesion

// A pool's redundancy (model.json) is the share of its drive that other
// routes make up for: the reticulospinal fibres, the other hemisphere, the
// surviving fibres of a partly cut tract. It is right for a loss spread
// over a pool's drive (a capsular or cord lesion thins every muscle's
// input alike, and the pool keeps its strength until more than that share
// is gone), and it still holds for each pool as a whole when the cortex
// is hit (reflexes and signs follow it). It is not right for the loss of
// one muscle's own cortical neurons, its hot spot: the brainstem routes
// drive muscles in groups and cannot restore a muscle's own, fractionated
// command, so a small infarct of the precentral gyrus leaves the muscles
// represented there weak, mildly when it takes little of them, more the
// more it takes (ownWeakness), and for good (isolated hand weakness from
// small hand-knob infarcts: Kim 2001, Peters et al. 2009; the lasting
// loss of individuated finger movements after small M1 lesions: Lang and
// Schieber 2004, Lemon 2008). What makes up for it is the same muscle's
// command from the other hemisphere, where there is one: the forehead,
// jaw and throat, driven from both, are not weakened by one hemisphere's
// loss.

// ownLoss returns the share of pool p's drive that muscle mn's motor
// neurons in it lose with the muscle's own cortical neurons (its hot spots,
// given heads, the muscle's heads for the pool's routes: network.spotHeads),
// less the cortical drive for it that the lesion left whole (the other
// hemisphere's): the loss no other route makes up for. Without heads, it
// is the same share for the pool's muscles on average: the loss of their
// areas' neurons.
func (n *network) ownLoss(st *state, p *pool, heads []int32) float64 {
	lost, whole := 0.0, 0.0
	for i := range p.inputs {
		in := &p.inputs[i]
		// The muscle's own, fractionated command is its primary motor
		// neurons' (rathelot2009): the premotor areas' fibres are not
		// part of it, and the primary motor cortex's route counts with
		// the channel's whole weight.
		if !in.cortical || in.premotor {
			continue
		}
		// A route through one of the muscle's hot spots has a head of
		// its own.
		head := in.headID
		if heads != nil {
			head = heads[i]
		}
		own := head != in.headID
		alive := st.headAlive[head]
		if in.survAt >= 0 {
			alive *= st.surv[in.survAt]
		}
		switch {
		case alive == 1:
			whole += in.full
		case own || heads == nil:
			lost += in.full * (1 - alive)
		}
	}
	return lost - whole
}

// ownWeakness returns how weak a muscle's motor neurons in a pool (of
// redundancy r) are when the muscle's own cortical neurons were hit
// harder than the pool's other muscles': own is the share of its drive it
// lost with them (ownLoss), pool the same share for the pool's muscles on
// average (ownLoss without hot spots), drive the pool's drive lost. The
// pool as a whole weakens past its redundancy (deprivation): the other
// routes drive its muscles in groups and make up for a loss they share.
// What the muscle lost beyond that is its own, fractionated command, which
// nothing makes up for: it weakens the muscle from the first neuron, at
// the rate at which the pool weakens once its spare is spent. A small
// infarct that takes a third of the hand's neurons at the hand knob thus
// leaves a clear, moderate weakness of the hand, as such infarcts do (Kim
// 2001: MRC 3 to 4; Peters et al. 2009), where a weakness in plain
// proportion to the share lost would be slight; a loss shared alike by
// all the pool's muscles (a degenerative disease of the motor cortex, a
// named area's site) adds nothing.
func ownWeakness(own, pool, drive, r, fullLoss float64) float64 {
	excess := own - max(0, pool)
	if excess <= 0 || fullLoss <= r {
		return 0
	}
	return clamp01(deprivation(drive, r, fullLoss) + excess/(fullLoss-r))
}
