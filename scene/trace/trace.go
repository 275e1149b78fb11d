// Package trace follows the motor pathways of the atlas as a chain of
// neurons, for trace mode: from a cortical area through its stations, the
// pyramidal decussation and the spinal tracts (or to the cranial nuclei) and
// out through roots and nerves to the muscles; from a cranial nucleus or a
// ventral horn outwards; or from a body region back to what drives it.
//
// A trace reads the same atlas as the lesion engine and walks the same
// wiring: the channels' courses, the cranial pools' corticobulbar inputs
// with their sides and the station after which they leave, the motor
// columns' profiles with their tracts, crossings and shares, and the
// muscles' pools, segments and nerves. Nothing here lists which area drives
// which muscle. Trace returns a Chain (paths in atlas millimetres, named
// stations, shares), and Chain.Impulse places the action potentials on it
// at a given time without allocating, so the game can call it every frame.
//
// The package is pure Go: no Ebiten and no clock; time is passed in.
package trace

import (
	"fmt"
	"sort"

	"github.com/decussate/decussate/scene/anatomy"
)

// Trace follows the chain of neurons from start s through atlas a.
func Trace(a *anatomy.Atlas, s Start) (*Chain, error) {
	if err := check(a, s); err != nil {
		return nil, fmt.Errorf("trace %v: %v", s, err)
	}
	c := &Chain{Start: s}
	b := newBuilder(a, nil)
	var roots []*draft
	switch s.Kind {
	case FromArea:
		d, err := b.area(a.Area(s.ID), s.Side)
		if err != nil {
			return nil, fmt.Errorf("trace %v: %v", s, err)
		}
		roots = append(roots, d)
	case FromNucleus:
		n := nucleus(a, s.ID)
		for i := range n.Pools {
			d := &draft{weight: 1}
			b.cranialPool(d, n, &n.Pools[i], s.Side, 1)
			roots = append(roots, d)
		}
	case FromHorn:
		for i := range a.Columns {
			col := &a.Columns[i]
			if col.ProfileAt(s.Level) == nil {
				continue
			}
			d := &draft{weight: 1}
			b.cordPool(d, col, s.Level, s.Side, 1)
			roots = append(roots, d)
		}
	case FromRegion:
		return traceRegion(a, s)
	}
	for _, d := range roots {
		if d.prune() {
			for _, r := range rootsOf(d) {
				c.Roots = append(c.Roots, r.finish(nil))
			}
		}
	}
	if len(c.Roots) == 0 {
		return nil, fmt.Errorf("trace %v: it reaches no motor neurons in the atlas", s)
	}
	c.reaches = b.reaches()
	c.index()
	return c, nil
}

// rootsOf returns the roots draft d makes. A pool whose muscles take
// several ways out (the nucleus ambiguus: vagus and glossopharyngeal) would
// be a root of a single point; its branches become roots instead, each
// starting with the pool's station, so that every branch has a length.
func rootsOf(d *draft) []*draft {
	if len(d.pts) > 1 || len(d.children) == 0 {
		return []*draft{d}
	}
	for _, c := range d.children {
		c.stations = append(append([]draftStation(nil), d.stations...), c.stations...)
	}
	return d.children
}

// reachKey identifies a reach.
type reachKey struct {
	kind  ReachKind
	id    string
	level anatomy.Level
	side  anatomy.Side
}

// builder builds drafts from the atlas and adds up what they reach.
type builder struct {
	a *anatomy.Atlas
	// want limits a backward trace to the pools and muscles of its region;
	// nil wants everything.
	want  *filter
	reach map[reachKey]float64
}

// filter is what a backward trace wants: the pools that supply the
// region's muscles on its side, and those muscles.
type filter struct {
	pools   map[reachKey]bool
	muscles map[reachKey]bool
}

func newBuilder(a *anatomy.Atlas, f *filter) *builder {
	return &builder{a: a, want: f, reach: make(map[reachKey]float64)}
}

// wants reports whether muscle m on side s is part of the trace.
func (b *builder) wants(m *anatomy.Muscle, s anatomy.Side) bool {
	return b.want == nil || b.want.muscles[reachKey{Muscle, m.ID, 0, s}]
}

// wantsPool reports whether pool k is part of the trace.
func (b *builder) wantsPool(k reachKey) bool {
	return b.want == nil || b.want.pools[k]
}

// add adds w to reach k.
func (b *builder) add(k reachKey, w float64) { b.reach[k] += w }

// reaches returns what was reached, by kind, id, side and level.
func (b *builder) reaches() []Reach {
	out := make([]Reach, 0, len(b.reach))
	for k, w := range b.reach {
		out = append(out, Reach{Kind: k.kind, ID: k.id, Level: k.level, Side: k.side, Weight: w})
	}
	sortReaches(out)
	return out
}

// sortReaches orders reaches by kind, id, side and level, so that a chain
// lists them the same way every time.
func sortReaches(r []Reach) {
	sort.Slice(r, func(i, j int) bool {
		a, b := r[i], r[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.Side != b.Side {
			return a.Side < b.Side
		}
		return a.Level < b.Level
	})
}
