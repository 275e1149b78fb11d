package view

// A label the rounds and the uncrossing leave out is often kept out by
// labels placed before it whose places others could take as well: the
// most important, placed first, take the free band above the brain with
// leaders diving deep into it, and a name whose anchor lies just under
// that band (the premotor cortex on the brain's crown) then has nowhere
// to go. So such a label is placed where it is in the way of fewest
// labels, its leader shortest, and those in its way are moved: placed
// again where they are in no one's way, or, a few deep, each moving
// others in turn, a label moved once staying where it was moved to. A
// few such places are tried, the cheapest first, and no leader is made
// longer than a third of the area's diagonal; if none works out, all is
// put back as it was: a repair never leaves out more than it places.

// repairWays is how many places, each in the way of other labels, a
// repair tries for each label it places; repairDepth how many labels deep
// it moves labels out of the way of labels moved out of the way; and
// repairBudget bounds the places it seeks, so that a crowded frame stays
// cheap.
const (
	repairWays   = 3
	repairDepth  = 3
	repairBudget = 24
)

// labelCut is where a label's name breaks into two lines of about one
// length (balancedSplit), 0 for none, and the wider line's width.
type labelCut struct {
	at    int
	width float32
}

// candidate is a place a repair may put a label: the label there, its
// cost (its leader's length squared, and crossLen for each label in its
// way) and which labels from softFrom on are in its way (bit i-softFrom,
// folded past 62), shifted left by two for the third of the area across
// its middle lies in.
type candidate struct {
	l    placedLabel
	cost float32
	mask uint64
}

// clashes reports whether label l, pad pixels about its box, cannot be
// placed with p: their boxes meet, a leader passes through the other's
// text, or, when cross, their leaders cross.
func (l *placedLabel) clashes(p *placedLabel, pad float32, cross bool) bool {
	if l.x0-pad < p.x1 && l.x1+pad > p.x0 && l.y0-pad < p.y1 && l.y1+pad > p.y0 {
		return true
	}
	if p.lines == 0 {
		// A part kept off: a box no leader runs under (free).
		return l.lead.hits(p.x0, p.y0, p.x1, p.y1)
	}
	return cross && l.lead.crosses(p.lead) || l.lead.hits(p.x0, p.y0, p.x1, p.y1) || p.lead.hits(l.x0, l.y0, l.x1, l.y1)
}

// offer keeps label l, its leader c long squared, among m.cands if it is
// one of the repairWays cheapest places there, none of them in the way of
// the same labels. A place in the way of a label before softFrom, or
// whose leader runs through its own text, is not kept.
func (m *labelRoom) offer(l *placedLabel, c, pad float32) {
	worst := m.worst()
	if m.ncands == repairWays && c >= m.cands[worst].cost || l.lead.hits(l.x0+1, l.y0+1, l.x1-1, l.y1-1) {
		return
	}
	var mask uint64
	for i := range m.placed {
		if p := &m.placed[i]; l.clashes(p, pad, true) {
			if i < m.softFrom || p.lines == 0 {
				return
			}
			mask |= 1 << ((i - m.softFrom) % 62)
			if c += m.crossLen; m.ncands == repairWays && c >= m.cands[worst].cost {
				return
			}
		}
	}
	// Places in the way of the same labels, but in another third of the
	// area across, are told apart: each way round them is another try.
	third := int(3 * ((l.x0+l.x1)/2 - m.left) / m.across)
	mask = mask<<2 | uint64(min(2, max(0, third)))
	for k := range m.ncands {
		if m.cands[k].mask == mask {
			if c < m.cands[k].cost {
				m.cands[k] = candidate{*l, c, mask}
			}
			return
		}
	}
	switch {
	case m.ncands < repairWays:
		m.cands[m.ncands] = candidate{*l, c, mask}
		m.ncands++
	case c < m.cands[worst].cost:
		m.cands[worst] = candidate{*l, c, mask}
	}
}

// worst returns the costliest of m.cands.
func (m *labelRoom) worst() int {
	worst := 0
	for k := 1; k < m.ncands; k++ {
		if m.cands[k].cost > m.cands[worst].cost {
			worst = k
		}
	}
	return worst
}

// cheapest returns the cheapest of m.cands.
func (m *labelRoom) cheapest() int {
	best := 0
	for k := 1; k < m.ncands; k++ {
		if m.cands[k].cost < m.cands[best].cost {
			best = k
		}
	}
	return best
}

// worstCand returns the cost of the costliest of m.cands.
func (m *labelRoom) worstCand() float32 {
	return m.cands[m.worst()].cost
}

// repair places the label of mesh, its anchor (ax, ay), shaped by one of
// shapes, moving the labels in its way (eject) while m.budget, set for
// the frame, lasts, and reports whether it did; if it did not, nothing
// is changed.
func (m *labelRoom) repair(mesh int, ax, ay float32, shapes []labelShape, area Area, margin float32) bool {
	m.saved = append(m.saved[:0], m.placed...)
	size := len(m.placed)
	w, h := area.X1-area.X0, area.Y1-area.Y0
	m.softFrom, m.crossLen = 0, h*h
	m.left, m.across = area.X0, max(1, w)
	// No label is moved where its leader would be longer than a third
	// of the area's diagonal: a label across the screen from its part
	// is no better than one left out.
	m.farthest = (w*w + h*h) / 9
	ok := m.eject(mesh, ax, ay, shapes, area, margin, repairDepth)
	m.farthest = 0
	if !ok {
		m.placed = append(m.placed[:0], m.saved[:size]...)
	}
	return ok
}

// eject places the label of mesh at the cheapest of the places m.offer
// keeps for it whose labels in the way can be moved (take), and reports
// whether there was one; if not, m.placed is left half done.
func (m *labelRoom) eject(mesh int, ax, ay float32, shapes []labelShape, area Area, margin float32, depth int) bool {
	m.ncands = 0
	m.soft = true
	for _, sh := range shapes {
		if m.ncands > 0 && m.cands[m.cheapest()].cost < m.crossLen {
			// A place in no one's way is as good as any: the label
			// on two lines is not sought.
			break
		}
		if m.budget--; m.budget < 0 {
			break
		}
		m.place(mesh, ax, ay, sh, area, margin)
	}
	m.soft = false
	cands, n := m.cands, m.ncands
	for i := 1; i < n; i++ {
		for j := i; j > 0 && cands[j].cost < cands[j-1].cost; j-- {
			cands[j], cands[j-1] = cands[j-1], cands[j]
		}
	}
	// Each place is tried from where this one began.
	snap, size, from := len(m.saved), len(m.placed), m.softFrom
	m.saved = append(m.saved, m.placed...)
	ok := false
	for k := range n {
		if k > 0 {
			m.placed = append(m.placed[:0], m.saved[snap:snap+size]...)
			m.softFrom = from
		}
		if ok = m.take(&cands[k].l, shapes[0], area, margin, depth); ok {
			break
		}
	}
	m.saved = m.saved[:snap]
	return ok
}

// take places l where it is, to stay (before m.softFrom): the labels from
// m.softFrom on in its way are placed again, where they clash with
// nothing or, depth allowing, by eject. It reports whether all were.
func (m *labelRoom) take(l *placedLabel, base labelShape, area Area, margin float32, depth int) bool {
	pad := base.size * 0.3
	start := len(m.moved)
	kept := m.softFrom
	for i := m.softFrom; i < len(m.placed); i++ {
		if p := m.placed[i]; p.lines > 0 && l.clashes(&p, pad, true) {
			m.moved = append(m.moved, p)
		} else {
			m.placed[kept] = p
			kept++
		}
	}
	m.placed = append(m.placed[:kept], *l)
	copy(m.placed[m.softFrom+1:], m.placed[m.softFrom:kept])
	m.placed[m.softFrom] = *l
	m.softFrom++
	ok := true
	for i := start; i < len(m.moved) && ok; i++ {
		p := m.moved[i]
		var shapes [2]labelShape
		shapes[0] = base
		shapes[0].lines, shapes[0].split, shapes[0].width = p.lines, p.split, p.x1-p.x0
		n := 1
		if p.lines == 1 && p.mesh < len(m.cuts) && m.cuts[p.mesh].at > 0 {
			// On two lines, narrower, it may fit where it did not.
			shapes[1] = base
			shapes[1].lines, shapes[1].split, shapes[1].width = 2, m.cuts[p.mesh].at, m.cuts[p.mesh].width
			n = 2
		}
		if depth > 1 {
			// Its places offered include those in no one's way.
			ok = m.eject(p.mesh, p.lead.x1, p.lead.y1, shapes[:n], area, margin, depth-1)
			continue
		}
		found := false
		for _, sh := range shapes[:n] {
			if m.budget--; m.budget < 0 {
				break
			}
			var q placedLabel
			if q, found = m.place(p.mesh, p.lead.x1, p.lead.y1, sh, area, margin); found {
				m.placed = append(m.placed, q)
				break
			}
		}
		ok = found
	}
	m.moved = m.moved[:start]
	return ok
}
