package lesion

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
)

// The network's periphery: the nerves, the accessory rootlets, and each
// muscle and reflex wired to its pools, roots and nerves.

// rootletRadius is the radius of one segment's bundle of accessory
// rootlets, in millimetres.
const rootletRadius = 0.5

// supply is one segment's share of a cord muscle's motor neurons.
type supply struct {
	level anatomy.Level
	w     float64
	pool  [2]int32
	// root is the ventral root, or the rootlets of their own, by which
	// the axons leave the cord.
	root [2]int32
	// trunk is the brachial plexus's fibres of the level, which the axons
	// pass after the root when their nerve is formed in the plexus; -1
	// for the others.
	trunk [2]int32
	// spotHeads are the heads of pool's routes for a muscle with hot
	// spots, per side (network.spotHeads).
	spotHeads [2][]int32
}

// muscleNet is a muscle wired into the network.
type muscleNet struct {
	m *anatomy.Muscle
	// words is the muscle's name in words (anatomy.Muscle.Words), made
	// once for the results that list it.
	words  string
	region int // index in anatomy.Regions, or -1
	// cranial is the pool for the muscle on each side, or -1 for cord
	// muscles.
	cranial [2]int32
	// yoke is the pool per side that carries the muscle's gaze command to
	// the other eye (muscles.json yoke), or -1.
	yoke   [2]int32
	segs   []supply
	nerves [][2]int32
	// spots pairs each area whose sheet has a hot spot for the muscle
	// (its element per side) with the spot's element per side: the
	// muscle's cortical drive from that area comes from its spot;
	// cranialHeads are the heads of its cranial pools' routes through
	// them (network.spotHeads).
	spots        []muscleSpot
	cranialHeads [2][]int32
}

// muscleSpot is an area's element and a muscle's hot spot in it, per side.
type muscleSpot struct {
	area, spot [2]int32
}

// reflexNet is a reflex wired into the network.
type reflexNet struct {
	r        *anatomy.Reflex
	muscle   int
	arc      []supply
	afferent [][2]int32
}

// buildMuscles wires each muscle to its pools, roots and nerves, and each
// reflex to its arc.
func (n *network) buildMuscles() error {
	a := n.atlas
	n.plainHeads = len(n.routeHeads)
	for mi := range a.Muscles {
		m := &a.Muscles[mi]
		mn := muscleNet{m: m, words: m.Words(), region: anatomy.RegionIndex(m.Region), cranial: [2]int32{-1, -1}, yoke: [2]int32{-1, -1}}
		if m.Yoke != "" {
			mn.yoke = n.cranial[m.Yoke]
		}
		if m.Pool != "" {
			p := n.cranial[m.Pool]
			if m.PoolSide == "other" {
				p[0], p[1] = p[1], p[0]
			}
			mn.cranial = p
		} else {
			col := n.cord[m.Column]
			if col == nil {
				// An atlas built by hand, not through anatomy's loader,
				// may name a column it lacks.
				return fmt.Errorf("muscle %s: unknown column %q", m.ID, m.Column)
			}
			for _, sh := range m.Supply {
				sp := supply{level: sh.Level, w: sh.W, pool: col[sh.Level], root: n.roots[sh.Level], trunk: [2]int32{-1, -1}}
				if !m.UsesRoot() {
					sp.root = n.rootlet(m.Column, sh.Level)
				} else if len(m.Nerves) > 0 && a.Nerve(m.Nerves[0]).Plexus {
					sp.trunk = n.plexus[sh.Level]
				}
				if sp.pool[0] < 0 {
					return fmt.Errorf("muscle %s: column %s has no pools at %s", m.ID, m.Column, sh.Level)
				}
				mn.segs = append(mn.segs, sp)
			}
		}
		for _, nv := range m.Nerves {
			mn.nerves = append(mn.nerves, n.nerves[nv])
		}
		for _, ar := range a.Areas {
			for i, sp := range ar.Sheet {
				if sp.Muscle == m.ID {
					mn.spots = append(mn.spots, muscleSpot{area: n.soma[ar.ID], spot: n.spots[ar.ID][i]})
				}
			}
		}
		for _, s := range sides {
			if mn.cranial[s] >= 0 {
				mn.cranialHeads[s] = n.spotHeads(&mn, mn.cranial[s])
			}
			for k := range mn.segs {
				mn.segs[k].spotHeads[s] = n.spotHeads(&mn, mn.segs[k].pool[s])
			}
		}
		n.muscleByID[m.ID] = len(n.muscles)
		n.muscles = append(n.muscles, mn)
	}
	n.addMovements()
	for ri := range a.Reflexes {
		r := &a.Reflexes[ri]
		mi := n.muscleByID[r.Muscle]
		rn := reflexNet{r: r, muscle: mi}
		m := &n.muscles[mi]
		for _, sh := range r.Arc {
			for _, sp := range m.segs {
				if sp.level == sh.Level {
					sp.w = sh.W
					rn.arc = append(rn.arc, sp)
				}
			}
		}
		for _, nv := range r.Afferent {
			rn.afferent = append(rn.afferent, n.nerves[nv])
		}
		n.reflexes = append(n.reflexes, rn)
	}
	return nil
}

// buildPeriphery adds the cranial and peripheral nerves.
func (n *network) buildPeriphery() {
	for _, nv := range n.atlas.Nerves {
		var e [2]int32
		for _, s := range sides {
			e[s] = n.add(newTube(nv.ID, s, anatomy.PathOnSide(nv.Path, s), nv.R))
		}
		n.nerves[nv.ID] = e
	}
}

// rootlet returns the rootlets of column's axons at level l on each side,
// adding them the first time they are asked for.
func (n *network) rootlet(column string, l anatomy.Level) [2]int32 {
	rl := n.rootlets[column]
	if rl == nil {
		rl = new([anatomy.NumLevels][2]int32)
		for i := range rl {
			rl[i] = [2]int32{-1, -1}
		}
		n.rootlets[column] = rl
	}
	if rl[l][0] < 0 {
		col := n.atlas.Column(column)
		seg := &n.atlas.Segments[l]
		for _, s := range sides {
			el := newTube(fmt.Sprintf("%s rootlets at %s", column, l), s, n.atlas.RootletPath(l, col, s), rootletRadius)
			el.spread = &[2]float64{seg.Bottom, seg.Top}
			rl[l][s] = n.add(el)
		}
	}
	return rl[l]
}
