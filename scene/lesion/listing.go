package lesion

import (
	"sort"

	"github.com/decussate/decussate/scene/anatomy"
)

// A result lists what a lesion destroyed and the movements it weakens
// largest first, ties in the network's order. Sorting the listed structs
// themselves (sort.SliceStable) moved them, strings and all, through
// reflection: a fifth of an evaluation of ALS, which weakens every
// movement. The entries are ranked instead by a key and the index they
// came from, and the list is built once in that order. sort.Stable over a
// named type, not slices.SortStableFunc: the generic sort would add a
// copy of its code to the page (make bench).

// ranked is one entry to list: its key and its index among the
// candidates.
type ranked struct {
	key float64
	i   int32
}

// ranking sorts entries by key, largest first, stably.
type ranking []ranked

// Len is the number of entries (sort.Interface).
func (r ranking) Len() int { return len(r) }

// Less puts the larger key first (sort.Interface).
func (r ranking) Less(i, j int) bool { return r[i].key > r[j].key }

// Swap swaps two entries (sort.Interface).
func (r ranking) Swap(i, j int) { r[i], r[j] = r[j], r[i] }

// rank sorts *r largest key first, keeping the order of equal keys. It
// takes a pointer so that the state's scratch ranking is not copied to
// the heap to become an interface.
func (r *ranking) rank() { sort.Stable(r) }

// destroyedList lists the elements the lesion in st destroyed more than
// trace of, largest share first, or nil.
func (n *network) destroyedList(st *state) []Destroyed {
	r := st.ranks[:0]
	for i, share := range st.damage {
		if share > 0.005 {
			r = append(r, ranked{key: round2(share), i: int32(i)})
		}
	}
	st.ranks = r
	if len(r) == 0 {
		return nil
	}
	st.ranks.rank()
	out := make([]Destroyed, len(r))
	for k, rk := range r {
		el := &n.elements[rk.i]
		out[k] = Destroyed{Name: el.name, Side: el.side.String(), Share: rk.key,
			Path: el.path, Radius: el.r, Axons: len(el.path) > 1, Silent: n.silent(st, int(rk.i))}
	}
	return out
}

// deficits lists the regions weak in st, at least floor, by region and
// side: never nil, since the contract's answer always has a list.
func (n *network) deficits(st *state, floor float64) []Deficit {
	count := 0
	for ri := range st.regions {
		for _, s := range sides {
			if st.regions[ri][s].severity >= floor {
				count++
			}
		}
	}
	out := make([]Deficit, 0, count)
	m := n.atlas.Model
	for ri, region := range anatomy.Regions {
		for _, s := range sides {
			w := st.regions[ri][s]
			if w.severity < floor {
				continue
			}
			out = append(out, Deficit{Region: region, Side: s.String(), Type: w.kind(m.MixedShare, m.ReflexArcLoss), Severity: round2(w.severity)})
		}
	}
	return out
}
