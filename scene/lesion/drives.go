package lesion

import (
	"slices"

	"github.com/decussate/decussate/scene/anatomy"
)

// regionSide is a body region (its index in anatomy.Regions) on one side.
type regionSide struct {
	region int
	side   anatomy.Side
}

// buildDrives records, for every element, the regions whose muscles depend
// on it: the cortical neurons and fibres of their motor neurons' drive, the
// hot spots of their own neurons, the motor neurons, roots and nerves. A
// report names where a lesion is by what it destroyed; an element whose
// regions are all still strong is not where the findings come from (the
// bladder area's neurons, which both hemispheres drive, beside a clear
// weakness of the foot).
func (n *network) buildDrives() {
	n.drives = make([][]regionSide, len(n.elements))
	add := func(e int32, rs regionSide) {
		if e >= 0 && !slices.Contains(n.drives[e], rs) {
			n.drives[e] = append(n.drives[e], rs)
		}
	}
	pool := func(p int32, rs regionSide) {
		if p < 0 {
			return
		}
		add(n.pools[p].elem, rs)
		for _, in := range n.pools[p].inputs {
			for _, e := range in.head {
				add(e, rs)
			}
		}
	}
	for i := range n.muscles {
		mn := &n.muscles[i]
		if mn.region < 0 {
			continue
		}
		for _, s := range sides {
			rs := regionSide{mn.region, s}
			pool(mn.cranial[s], rs)
			for _, sp := range mn.segs {
				pool(sp.pool[s], rs)
				add(sp.root[s], rs)
				add(sp.trunk[s], rs)
			}
			for _, nv := range mn.nerves {
				add(nv[s], rs)
			}
		}
		// A hot spot drives its muscle where its area does: on the
		// other side for the limbs.
		for _, sp := range mn.spots {
			for _, s := range sides {
				for _, rs := range n.drives[sp.area[s]] {
					if rs.region == mn.region {
						add(sp.spot[s], rs)
					}
				}
			}
		}
	}
}

// silent tells whether element e drives or supplies muscles (drives) and
// none of their regions is weak in st: its loss shows in no finding.
func (n *network) silent(st *state, e int) bool {
	ds := n.drives[e]
	if len(ds) == 0 {
		return false
	}
	floor := n.atlas.Model.Floor
	for _, rs := range ds {
		if st.regions[rs.region][rs.side].severity >= floor {
			return false
		}
	}
	return true
}
