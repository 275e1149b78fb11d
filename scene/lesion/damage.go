package lesion

import "github.com/decussate/decussate/scene/anatomy"

// destroy marks share of element e destroyed, on top of what it already
// lost.
func destroy(d []float64, e int32, share float64) {
	if e >= 0 && share > 0 {
		d[e] = combine(d[e], share)
	}
}

// siteSides returns the sides a site asked for covers.
func siteSides(side string) []anatomy.Side {
	switch side {
	case "L":
		return []anatomy.Side{L}
	case "R":
		return []anatomy.Side{R}
	}
	return []anatomy.Side{L, R}
}

// damage adds what site destroys to st.damage, and to st.spread what it
// destroys of each muscle's neurons spread over its region's tile (by its
// hot spot's element; see territory.go).
func (n *network) damage(st *state, site Site) {
	d, spread := st.damage, st.spread
	if site.ID == "point" {
		// A sphere touches few of the thousands of elements: test their
		// bounding spheres, packed together, before their shapes.
		c, r := site.Centre, site.Radius
		for i, b := range n.bounds {
			dx, dy, dz, reach := b[0]-c[0], b[1]-c[1], b[2]-c[2], b[3]+r
			if dx*dx+dy*dy+dz*dz < reach*reach {
				destroy(d, int32(i), n.elements[i].overlap(c, r))
			}
		}
		for i := range n.tiles {
			n.tiles[i].destroy(st, c, r)
		}
		return
	}
	s := n.atlas.Site(site.ID)
	for ci := range s.Cuts {
		c := &s.Cuts[ci]
		sd := siteSides(site.Side)
		if c.Side == "both" {
			sd = []anatomy.Side{L, R}
		}
		for _, side := range sd {
			n.cut(d, spread, c, site, side)
		}
	}
}

// cut applies one cut of a named site on one side.
func (n *network) cut(d, spread []float64, c *anatomy.Cut, site Site, side anatomy.Side) {
	share := c.Share()
	for _, area := range c.Soma {
		destroy(d, n.soma[area][side], share)
		for _, p := range n.spots[area] {
			destroy(d, p[side], share)
		}
		for _, p := range n.spots[area] {
			spread[p[side]] = combine(spread[p[side]], share)
		}
	}
	if c.Station != "" {
		for ch := range c.Channels {
			destroy(d, n.station[[2]string{ch, c.Station}][side], c.ChannelShare(ch))
			if ac := n.atlas.Channel(ch); ac != nil && ac.Course[0].Station == c.Station {
				// The premotor fibres join the channel at its first
				// station: a lesion of all of it takes theirs too.
				for _, j := range n.sourceJoins[ch] {
					destroy(d, j[side], c.ChannelShare(ch))
				}
			}
		}
	}
	if c.Decussation != "" {
		for _, ch := range n.atlas.Channels {
			if ch.Decussation == c.Decussation {
				destroy(d, n.decus[ch.ID][side], share)
			}
		}
	}
	for _, p := range c.Pools {
		destroy(d, n.pools[n.cranial[p][side]].elem, share)
	}
	for _, nv := range c.Nerves {
		destroy(d, n.nerves[nv][side], share)
	}
	first, last, ok := cutLevels(c.Levels, c.DefaultLevels, site)
	if ok {
		// Column by column: each element is destroyed once, so the
		// order is free, and a column is looked up once, not per level.
		for _, col := range c.Columns {
			pools := n.cord[col]
			for l := first; l <= last; l++ {
				if p := pools[l][side]; p >= 0 {
					destroy(d, n.pools[p].elem, share)
				}
			}
		}
		for l := first; l <= last; l++ {
			for _, part := range c.Cord {
				n.cutCord(d, c, part, l, side, share)
			}
		}
	}
	if first, last, ok := cutLevels(c.Roots, "", site); ok {
		for l := first; l <= last; l++ {
			destroy(d, n.roots[l][side], share)
		}
	}
	if first, last, ok := cutLevels(c.Plexus, "", site); ok {
		for l := first; l <= last; l++ {
			if e := n.plexus[l][side]; e >= 0 {
				destroy(d, e, share)
			}
		}
	}
}

// cutCord destroys one part of the cord (the ventral horn, or a tract) at
// level l.
func (n *network) cutCord(d []float64, c *anatomy.Cut, part string, l anatomy.Level, side anatomy.Side, share float64) {
	if part == anatomy.CordHorns {
		for _, col := range n.cord {
			if p := col[l][side]; p >= 0 {
				destroy(d, n.pools[p].elem, share)
			}
		}
		return
	}
	var inner, outer float64
	if c.MedialToLateral != nil {
		inner, outer = n.laminaSpan(part, l)
	}
	for slot, ts := range n.tractSlots {
		if ts.tract != part {
			continue
		}
		f := share
		switch {
		case ts.channel != "" && c.MedialToLateral != nil:
			f = c.MedialToLateral[0] * share
			if outer > inner {
				x := (n.atlas.Channel(ts.channel).Lateral[0] - inner) / (outer - inner)
				f = (c.MedialToLateral[0] + x*(c.MedialToLateral[1]-c.MedialToLateral[0])) * share
			}
		case ts.channel != "":
			f = c.ChannelShare(ts.channel)
		}
		destroy(d, n.tractElems[slot][l][side], f)
	}
}

// laminaSpan returns the places, from the midline, of the most medial and
// the most lateral channel of the laminated tract part present at level l:
// the channels for the segments above have left it by then.
func (n *network) laminaSpan(part string, l anatomy.Level) (inner, outer float64) {
	inner, outer = 1, 0
	for slot, ts := range n.tractSlots {
		if ts.tract != part || ts.channel == "" || n.tractElems[slot][l][0] < 0 {
			continue
		}
		x := n.atlas.Channel(ts.channel).Lateral[0]
		inner, outer = min(inner, x), max(outer, x)
	}
	return inner, outer
}

// cutLevels resolves a cut's levels: "@" is the site's level (or the
// default range when the site was given none), else a range.
func cutLevels(levels, def string, site Site) (first, last anatomy.Level, ok bool) {
	if levels == "" {
		return 0, 0, false
	}
	if levels == "@" {
		if site.HasLevel {
			return site.Level, site.Level, true
		}
		if def == "" {
			return 0, 0, false
		}
		levels = def
	}
	first, last, err := anatomy.ParseLevelRange(levels)
	return first, last, err == nil
}
