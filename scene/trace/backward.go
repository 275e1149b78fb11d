package trace

import (
	"fmt"
	"sort"

	"github.com/decussate/decussate/scene/anatomy"
)

// This file answers "what drives the left hand?": from a region's muscles
// to their pools, from the pools' descending inputs to the areas and
// centres they come from, and then forward again from each of those,
// keeping only what leads to the region. The chain is thus rooted at the
// upper motor neurons, and an impulse still runs down it.

// source is an area on one side that drives a region, with the share of
// the region's drive it supplies.
type source struct {
	area string
	side anatomy.Side
	w    float64
}

// traceRegion traces region s.ID on side s.Side backwards.
func traceRegion(a *anatomy.Atlas, s Start) (*Chain, error) {
	f := &filter{pools: make(map[reachKey]bool), muscles: make(map[reachKey]bool)}
	var sources []source
	addSource := func(area string, side anatomy.Side, w float64) {
		for i := range sources {
			if sources[i].area == area && sources[i].side == side {
				sources[i].w += w
				return
			}
		}
		sources = append(sources, source{area, side, w})
	}
	// Pools without descending input (III, IV, VI) still move the region:
	// they become roots of their own.
	var orphans []reachKey
	for i := range a.Muscles {
		m := &a.Muscles[i]
		if m.Region != s.ID {
			continue
		}
		f.muscles[reachKey{Muscle, m.ID, 0, s.Side}] = true
		if m.Pool != "" {
			ps := s.Side
			if m.PoolSide == "other" {
				ps = ps.Other()
			}
			k := reachKey{CranialPool, m.Pool, 0, ps}
			f.pools[k] = true
			p, _ := a.Pool(m.Pool)
			if len(p.Inputs) == 0 && !containsKey(orphans, k) {
				orphans = append(orphans, k)
			}
			for _, in := range p.Inputs {
				side := ps
				if in.Side == "other" {
					side = ps.Other()
				}
				addSource(in.Area, side, m.W*in.W)
			}
			continue
		}
		col := a.Column(m.Column)
		for _, sh := range m.Supply {
			f.pools[reachKey{CordPool, col.ID, sh.Level, s.Side}] = true
			prof := col.ProfileAt(sh.Level)
			if prof == nil {
				continue // the atlas is validated; a muscle's segments have pools
			}
			for _, in := range prof.Inputs {
				t := a.Tract(in.Tract)
				side := s.Side
				if in.Side == "other" {
					side = side.Other()
				}
				if in.Crossed {
					side = side.Other()
				}
				area := t.From
				if area == "cortex" {
					area = a.Channel(in.Channel).Area
				}
				addSource(area, side, m.W*sh.W*in.W)
			}
		}
	}
	sort.SliceStable(sources, func(i, j int) bool { return sources[i].w > sources[j].w })

	c := &Chain{Start: s}
	total := make(map[reachKey]float64)
	regionKey := reachKey{Region, s.ID, 0, s.Side}
	for _, src := range sources {
		b := newBuilder(a, f)
		d, err := b.area(a.Area(src.area), src.side)
		if err != nil || !d.prune() {
			continue
		}
		root := d.finish(nil) // an area's root always has a path: its trunk
		root.Weight = b.reach[regionKey]
		c.Roots = append(c.Roots, root)
		c.sources = append(c.sources, Reach{Kind: Area, ID: src.area, Side: src.side, Weight: root.Weight})
		for k, w := range b.reach {
			total[k] += w
		}
	}
	for _, k := range orphans {
		b := newBuilder(a, f)
		p, n := a.Pool(k.id)
		d := &draft{weight: 1}
		if b.cranialPool(d, n, p, k.side, 1) && d.prune() {
			for _, r := range rootsOf(d) {
				c.Roots = append(c.Roots, r.finish(nil))
			}
			for k, w := range b.reach {
				total[k] += w
			}
		}
	}
	if len(c.Roots) == 0 {
		return nil, fmt.Errorf("trace %v: no motor neurons supply it in the atlas", s)
	}
	for k, w := range total {
		c.reaches = append(c.reaches, Reach{Kind: k.kind, ID: k.id, Level: k.level, Side: k.side, Weight: w})
	}
	sortReaches(c.reaches)
	c.index()
	return c, nil
}

// containsKey reports whether keys holds k.
func containsKey(keys []reachKey, k reachKey) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}
