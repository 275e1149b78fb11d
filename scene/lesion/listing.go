package lesion

import (
	"sort"

	"github.com/decussate/decussate/scene/anatomy"
)

// A result lists what a lesion destroyed and the movements it weakens
// largest first, ties in the network's order. Sorting the listed structs
// themselves (sort.SliceStable) moved them, strings and all, through
// reflection: a fifth of an evaluation of ALS, which weakens every
// movement; sort.Stable's calls through an interface were still a
// twentieth. The entries are ranked instead by their key as listed (in
// hundredths) and the index they came from, by a sort of their own (not
// slices.SortStableFunc: the generic sort would add a copy of its code to
// the page, make bench), and the list is built once in that order.

// ranked is one entry to list: its key in hundredths (round2's, cents)
// and its index among the candidates.
type ranked struct {
	cents int
	i     int32
}

// key returns the entry's key as listed: round2 of what it ranks.
func (r ranked) key() float64 { return float64(r.cents) / 100 }

// ranking is entries to list, with scratch for sorting them.
type ranking struct {
	r, buf []ranked
}

// rank sorts the entries largest key first, keeping the order of equal
// keys. Keys are shares and weaknesses, 0 to 1: a counting sort over the
// hundredths puts each entry in place in two passes. A key out of that
// range, which none is, is left to the library's stable sort.
func (rk *ranking) rank() {
	n := len(rk.r)
	if cap(rk.buf) < n {
		rk.buf = make([]ranked, n)
	}
	var at [101]int
	for _, e := range rk.r {
		if e.cents < 0 || e.cents > 100 {
			rk.stableSort()
			return
		}
		at[e.cents]++
	}
	// Where each key's entries start, largest key first.
	next := 0
	for c := 100; c >= 0; c-- {
		at[c], next = next, next+at[c]
	}
	buf := rk.buf[:n]
	for _, e := range rk.r {
		buf[at[e.cents]] = e
		at[e.cents]++
	}
	copy(rk.r, buf)
}

// stableSort is rank for any keys: the library's stable sort of the
// small entries, on a path no key so far takes.
func (rk *ranking) stableSort() {
	sort.SliceStable(rk.r, func(i, j int) bool { return rk.r[i].cents > rk.r[j].cents })
}

// destroyedList lists the elements the lesion in st destroyed more than a
// trace of, largest share first, or nil.
func (n *network) destroyedList(st *state) []Destroyed {
	r := st.ranks.r[:0]
	for i, share := range st.damage {
		if share > 0.005 {
			r = append(r, ranked{cents: cents(share), i: int32(i)})
		}
	}
	st.ranks.r = r
	if len(r) == 0 {
		return nil
	}
	st.ranks.rank()
	out := make([]Destroyed, len(r))
	for k, rk := range r {
		el := &n.elements[rk.i]
		out[k] = Destroyed{Name: el.name, Side: el.side.String(), Share: rk.key(),
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
