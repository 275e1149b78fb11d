package lesion

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
)

// rootletRadius is the radius of one segment's bundle of accessory
// rootlets, in millimetres.
const rootletRadius = 0.5

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
