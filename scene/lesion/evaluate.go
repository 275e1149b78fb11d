package lesion

import "github.com/decussate/decussate/scene/anatomy"

// poolState is what a lesion did to one pool of motor neurons.
type poolState struct {
	// cells is the share of its motor neurons destroyed.
	cells float64
	// drive is the share of its descending drive lost; cortical the share
	// of its cortical (corticospinal or corticobulbar) drive lost.
	drive    float64
	cortical float64
	// other is the share of its other, non-cortical drive lost (the
	// reticulospinal, whether cut or left without its cortical command).
	other float64
	// weak is how weak the surviving motor neurons are for want of drive.
	weak float64
}

// muscleState is the weakness of one muscle on one side, split by kind.
type muscleState struct {
	// lmn is weakness from motor neurons or their axons lost; umn from
	// surviving motor neurons deprived of drive; mixed the part where both
	// meet in the same motor neurons' segment.
	lmn, umn, mixed float64
	// axons is the share of the muscle's motor axons lost; proximal the
	// part lost at the cell bodies or roots, where lost motor units
	// fasciculate (a nerve lesion seldom makes them: not a facial palsy,
	// not a limb nerve; only a muscle bare under mucosa, the tongue, shows
	// its denervated fibres twitch).
	axons    float64
	proximal float64
}

// weakness returns the muscle's total weakness, 0 to 1.
func (m muscleState) weakness() float64 { return min(1, m.lmn+m.umn) }

// regionState is the weakness of one region on one side.
type regionState struct {
	severity float64
	// worst is the weakness of the region's weakest movement (grade.go).
	worst           float64
	lmn, umn, mixed float64
	// worstLMN and worstUMN are the lower and upper motor neuron weakness
	// of the region's weakest movement by each kind (grade.go).
	worstLMN, worstUMN float64
	// denervated is the largest share of motor units lost by one of the
	// region's prime movers: the muscles weighing at least half the key
	// muscle weight (the psoas and iliacus together flex the hip).
	denervated float64
	// brisk tells that a stretch reflex of one of its muscles keeps its arc
	// and lost its descending drive: an upper motor neuron sign in the
	// region (the ankle jerk under a foot drop at L5).
	brisk bool
}

// kind returns UMN, LMN or mixed. Lower and upper motor neuron weakness
// are each scored half by the weighted mean and half by the weakest
// movement. A region one of whose prime movers lost enough motor
// neurons to lose its reflex arc (primeLoss: the model's reflex arc loss)
// is never upper motor neuron type: where the muscles of the segments
// below are cut off from above (the wrist at C6, the knee at L3, the hip at
// L2) it is mixed. Likewise a region of mostly lower motor neuron weakness
// one of whose stretch reflexes is brisk shows both kinds of sign: mixed.
func (r regionState) kind(mixedShare, primeLoss float64) string {
	lmn := 0.5*r.lmn + 0.5*r.worstLMN
	umn := 0.5*r.umn + 0.5*r.worstUMN
	switch {
	case r.mixed >= mixedShare*(r.lmn+r.umn) && r.mixed > 0:
		return "mixed"
	case lmn >= umn && r.brisk:
		return "mixed"
	case lmn >= umn:
		return "LMN"
	case r.denervated >= primeLoss:
		return "mixed"
	}
	return "UMN"
}

// state is everything a lesion did, as the signs need it.
type state struct {
	damage []float64
	// spread is, per hot spot's element, the share destroyed of its
	// muscle's neurons spread over its region's tile (territory.go).
	spread []float64
	// tileSum is scratch for tile.destroy, zero between its calls.
	tileSum []float64
	pools   []poolState
	muscles [][2]muscleState
	regions [len(anatomy.Regions)][2]regionState
	// cordTracts is, per side and level, the largest share of a descending
	// cord tract destroyed at that level.
	cordTracts [anatomy.NumLevels][2]float64
	// autonomic is, per side and level, the largest share destroyed of a
	// tract carrying the descending control of the sympathetic outflow.
	autonomic [anatomy.NumLevels][2]float64
	// reflexes is each reflex's state on each side, in network order.
	reflexes [][2]reflexState
	// surv is scratch: each tract's survival from C1 down to each level,
	// per side (survIndex).
	surv []float64
	// gates is, per brainstem centre with a cortical drive and side
	// (2*centre+side), the share of its own drive lost for want of it.
	gates []float64
	// headAlive is, per distinct head of the pools' routes (network.routeHeads),
	// the share of its axons the lesion left; those of the muscles' hot
	// spots only once spotHeadsDone (routeheads.go).
	headAlive     []float64
	spotHeadsDone bool
	// poolOwn caches, per pool, its muscles' loss of their own cortical
	// drive on average (ownLoss without hot spots) once poolOwnDone.
	poolOwn     []float64
	poolOwnDone []bool
	// recovering tells that the lesion's surviving cortical fibres have
	// taken over for its lost ones (phase.go).
	recovering bool
	// lost and touched are scratch for poolDrive, as long as the most
	// routes of a pool.
	lost    []float64
	touched []bool
	// signs is scratch for gathering the signs (signs.go).
	signs []Sign
	// ranks is scratch for ordering a result's lists (listing.go);
	// moveLMN holds, per movement and side, its lower motor neuron
	// weakness while they are ordered (muscleLosses).
	ranks   ranking
	moveLMN []float64
}

// newState returns a state sized for the network, to be reused by
// evaluate.
func (n *network) newState() *state {
	st := &state{
		damage:   make([]float64, len(n.elements)),
		spread:   make([]float64, len(n.elements)),
		tileSum:  make([]float64, len(n.elements)),
		pools:    make([]poolState, len(n.pools)),
		muscles:  make([][2]muscleState, len(n.muscles)),
		reflexes: make([][2]reflexState, len(n.reflexes)),
		surv:     make([]float64, len(n.tractElems)*int(anatomy.NumLevels)*2),
		gates:    make([]float64, 2*len(n.gates)),

		headAlive:   make([]float64, len(n.routeHeads)),
		poolOwn:     make([]float64, len(n.pools)),
		poolOwnDone: make([]bool, len(n.pools)),
		moveLMN:     make([]float64, 2*len(n.movements)),
	}
	most := 0
	for pi := range n.pools {
		most = max(most, len(n.pools[pi].drive))
	}
	st.lost, st.touched = make([]float64, 0, most), make([]bool, 0, most)
	return st
}

// reset clears a state for the next lesion.
func (st *state) reset() {
	clear(st.damage)
	clear(st.spread)
	st.regions = [len(anatomy.Regions)][2]regionState{}
	st.cordTracts = [anatomy.NumLevels][2]float64{}
	st.autonomic = [anatomy.NumLevels][2]float64{}
	st.spotHeadsDone = false
	clear(st.poolOwnDone)
}

// evaluate follows the damage in st.damage through the network, filling
// the rest of st.
func (n *network) evaluate(st *state) {
	d := st.damage
	// The survival of each tract from C1 down to each level.
	surv := st.surv
	for slot := range n.tractElems {
		autonomic := n.tractSlots[slot].autonomic
		for _, s := range sides {
			acc := 1.0
			for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
				if e := n.tractElems[slot][l][s]; e >= 0 {
					acc *= 1 - d[e]
					st.cordTracts[l][s] = max(st.cordTracts[l][s], d[e])
					if autonomic {
						st.autonomic[l][s] = max(st.autonomic[l][s], d[e])
					}
				}
				surv[survIndex(slot, l, s)] = acc
			}
		}
	}
	for gi := range n.gates {
		g := &n.gates[gi]
		for _, s := range sides {
			lost := 0.0
			for _, in := range g.routes[s] {
				lost += in.w * (1 - alive(in.head, d))
			}
			st.gates[2*gi+int(s)] = g.share * deprivation(lost, g.spare, 1)
		}
	}
	n.headsAlive(st, d)
	for pi := range n.pools {
		p := &n.pools[pi]
		ps := poolState{cells: d[p.elem]}
		var spared float64
		ps.drive, ps.cortical, spared = n.poolDrive(st, p, nil)
		if p.cortical < 1 {
			ps.other = (ps.drive - ps.cortical) / (1 - p.cortical)
		}
		if p.cortical > 0 {
			ps.cortical /= p.cortical
		}
		ps.weak = recovered(st.recovering, deprivation(ps.drive, p.redundancy, n.atlas.Model.FullLoss), spared, n.atlas.Model.Takeover, n.atlas.Model.Floor)
		st.pools[pi] = ps
	}
	m := n.atlas.Model
	for mi := range n.muscles {
		for _, s := range sides {
			st.muscles[mi][s] = n.muscleWeakness(st, &n.muscles[mi], s, m)
		}
	}
	n.sumRegions(st, m)
	for ri := range n.reflexes {
		rn := &n.reflexes[ri]
		region := n.muscles[rn.muscle].region
		for _, s := range sides {
			rs := n.reflex(st, rn, s)
			st.reflexes[ri][s] = rs
			if rn.r.Kind == "deep" && region >= 0 && rs.arc < m.ReflexArcLoss && rs.drive > m.UMNSign {
				st.regions[region][s].brisk = true
			}
		}
	}
}

// deprivation returns how weak a pool's surviving motor neurons are once
// drive is lost: nothing until the redundancy is used up, then in
// proportion, fully weak from the full loss on.
func deprivation(drive, redundancy, fullLoss float64) float64 {
	return clamp01((drive - redundancy) / (fullLoss - redundancy))
}

// nerveLoss returns the share of a muscle's axons its nerves lost on side s.
func nerveLoss(d []float64, mn *muscleNet, s anatomy.Side) float64 {
	if len(mn.nerves) == 0 {
		return 0
	}
	if mn.m.Parallel {
		sum := 0.0
		for _, nv := range mn.nerves {
			sum += d[nv[s]]
		}
		return sum / float64(len(mn.nerves))
	}
	kept := 1.0
	for _, nv := range mn.nerves {
		kept *= 1 - d[nv[s]]
	}
	return 1 - kept
}

// muscleWeakness splits one muscle's weakness on side s into its kinds.
func (n *network) muscleWeakness(st *state, mn *muscleNet, s anatomy.Side, m anatomy.Model) muscleState {
	d := st.damage
	nerve := nerveLoss(d, mn, s)
	// Most lesions leave the cortex alone: the spots then lose what their
	// areas do, and the pools' drive stands.
	hit := spotsHit(d, mn)
	var out muscleState
	if mn.cranial[0] >= 0 {
		ps := st.pools[mn.cranial[s]]
		if hit {
			ps = n.musclePool(st, mn.cranial[s], mn.cranialHeads[s])
		}
		out.add(mn.m, 1, &ps, 0, 0, nerve)
		return out
	}
	for k := range mn.segs {
		sp := &mn.segs[k]
		root, trunk := 0.0, 0.0
		if sp.root[s] >= 0 {
			root = d[sp.root[s]]
		}
		if sp.trunk[s] >= 0 {
			trunk = d[sp.trunk[s]]
		}
		ps := st.pools[sp.pool[s]]
		if hit {
			ps = n.musclePool(st, sp.pool[s], sp.spotHeads[s])
		}
		out.add(mn.m, sp.w, &ps, root, trunk, nerve)
	}
	return out
}

// add adds to a muscle's weakness the share w of its motor neurons in a
// pool of state ps, whose axons leave by a root and a plexus trunk that
// lost those shares and run in nerves that lost nerve.
func (out *muscleState) add(m *anatomy.Muscle, w float64, ps *poolState, root, trunk, nerve float64) {
	// The pyramidal distribution (arm extensors and leg flexors weakest)
	// is what the other, non-cortical drive keeps of the rest: as that
	// drive is lost too, every muscle is as weak as its drive (a
	// transection of the cord, the locked-in state).
	pyr0 := m.PyramidalFactor()
	pyr := pyr0 + (1-pyr0)*ps.other
	// The plexus's trunks are peripheral nerve: cut there, axons
	// degenerate without the fasciculations of sick cell bodies or roots.
	axons := 1 - (1-ps.cells)*(1-root)*(1-trunk)*(1-nerve)
	out.axons += w * axons
	if m.NerveFasciculations {
		out.proximal += w * axons
	} else {
		out.proximal += w * (1 - (1-ps.cells)*(1-root))
	}
	out.lmn += w * axons
	out.umn += w * (1 - axons) * ps.weak * pyr
	out.mixed += w * min(axons, (1-axons)*ps.drive)
}

// exitLoss is the share of the level's axons lost on their way out of the
// cord to their nerve: in the ventral root (or rootlets) and, for a nerve
// of the brachial plexus, in its trunk.
func (sp *supply) exitLoss(d []float64, s anatomy.Side) float64 {
	loss := 0.0
	if sp.root[s] >= 0 {
		loss = d[sp.root[s]]
	}
	if sp.trunk[s] >= 0 {
		loss = combine(loss, d[sp.trunk[s]])
	}
	return loss
}
