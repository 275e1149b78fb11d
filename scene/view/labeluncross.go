package view

// Placing labels one by one, the most important first, each where its
// leader is shortest and crosses none placed before, leaves the last ones
// no place on a phone (the free room above the brain and beside the cord
// is taken by leaders fanning in), and sends some of the first across the
// model to a far corner. So the labels still waiting are placed where
// their leader is shortest even if it crosses others (counting each
// crossing as a long line), and then the crossings are undone: two labels
// whose leaders cross trade places, which shortens both lines' total (two
// crossing segments are longer than the two that join each end to the
// other's anchor), so the trading ends; a label that still crosses is
// placed again where it crosses nothing. Last, each label placed in the
// free room is moved where its leader is shorter, if such a place is now
// free.

// has reports whether a label of mesh is placed.
func (m *labelRoom) has(mesh int) bool {
	for i := range m.placed {
		if p := &m.placed[i]; p.lines > 0 && p.mesh == mesh {
			return true
		}
	}
	return false
}

// crossings counts the placed labels' leaders that l's crosses.
func (m *labelRoom) crossings(l *placedLabel) int {
	n := 0
	for i := range m.placed {
		if p := &m.placed[i]; p.lines > 0 && p.mesh != l.mesh && l.lead.crosses(p.lead) {
			n++
		}
	}
	return n
}

// freeBut reports whether l is clear of every placed label but those of
// meshes a and b, as free does, crossings of leaders counted only when
// strict.
func (m *labelRoom) freeBut(l *placedLabel, pad float32, a, b int, strict bool) bool {
	for i := range m.placed {
		p := &m.placed[i]
		if p.lines > 0 && (p.mesh == a || p.mesh == b) {
			continue
		}
		if l.x0-pad < p.x1 && l.x1+pad > p.x0 && l.y0-pad < p.y1 && l.y1+pad > p.y0 {
			return false
		}
		if p.lines == 0 {
			if l.lead.hits(p.x0, p.y0, p.x1, p.y1) {
				return false // under a part kept off (free)
			}
			continue
		}
		if strict && l.lead.crosses(p.lead) || l.lead.hits(p.x0, p.y0, p.x1, p.y1) || p.lead.hits(l.x0, l.y0, l.x1, l.y1) {
			return false
		}
	}
	return !l.lead.hits(l.x0+1, l.y0+1, l.x1-1, l.y1-1)
}

// moved returns label a's text set where label b is: at b's height and
// on b's side of its place (its text ending where b's does when aligned
// right, starting where it does when aligned left, centred where it is
// centred), its leader to a's anchor.
func moved(a, b *placedLabel, sh labelShape) placedLabel {
	w := a.x1 - a.x0
	l := *a
	l.y0, l.ty, l.align = b.y0, b.ty, b.align
	l.y1 = b.y1 + sh.lineStep*float32(a.lines-b.lines)
	switch b.align {
	case AlignRight:
		l.x1 = b.x1
		l.x0, l.tx = l.x1-w, l.x1
	case AlignLeft:
		l.x0 = b.x0
		l.x1, l.tx = l.x0+w, l.x0
	default:
		l.x0 = b.tx - w/2
		l.x1, l.tx = l.x0+w, b.tx
	}
	// The leader starts level with the first line's middle, as both
	// a column's and the free room's do.
	l.aim(a.lead.x1, a.lead.y1, l.ty-0.35*sh.size, sh.reach, sh.size*0.3*0.3)
	return l
}

// uncross trades the places of labels whose leaders cross, and places
// again, crossing nothing, a label that cannot trade; a label with no such
// place is left out, the less important of the two (ranked by rank). It
// returns whether any label is left out.
func (m *labelRoom) uncross(sh labelShape, area Area, margin float32, rank func(mesh int) int) {
	pad := sh.size * 0.3
	for range 4 * len(m.placed) {
		i, j, ok := m.crossingPair()
		if !ok {
			return
		}
		a, b := &m.placed[i], &m.placed[j]
		na, nb := moved(a, b, sh), moved(b, a, sh)
		if na.x0 >= area.X0 && na.x1 <= area.X1 && nb.x0 >= area.X0 && nb.x1 <= area.X1 &&
			!(na.x0 < nb.x1 && na.x1 > nb.x0 && na.y0 < nb.y1 && na.y1 > nb.y0) &&
			!na.lead.crosses(nb.lead) && !na.lead.hits(nb.x0, nb.y0, nb.x1, nb.y1) && !nb.lead.hits(na.x0, na.y0, na.x1, na.y1) &&
			m.freeBut(&na, pad, a.mesh, b.mesh, false) && m.freeBut(&nb, pad, a.mesh, b.mesh, false) &&
			length2(na.lead)+length2(nb.lead) < length2(a.lead)+length2(b.lead) {
			*a, *b = na, nb
			continue
		}
		// One of the two is placed again where it crosses nothing: the
		// less important first, else the other; else the less important
		// is left out.
		k, o := j, i
		if rank(a.mesh) > rank(b.mesh) {
			k, o = i, j
		}
		if !m.replace(o, sh, area, margin) && !m.replace(k, sh, area, margin) {
			m.placed = append(m.placed[:k], m.placed[k+1:]...)
		}
	}
}

// replace places label k again where its leader crosses nothing, and
// reports whether there was such a place; else it stays where it is.
func (m *labelRoom) replace(k int, sh labelShape, area Area, margin float32) bool {
	l := m.placed[k]
	last := len(m.placed) - 1
	m.placed[k], m.placed[last] = m.placed[last], m.placed[k]
	m.placed = m.placed[:last]
	sh.lines, sh.split, sh.width = l.lines, l.split, l.x1-l.x0
	p, ok := m.place(l.mesh, l.lead.x1, l.lead.y1, sh, area, margin)
	if !ok {
		p = l
	}
	m.placed = append(m.placed, p)
	m.placed[k], m.placed[last] = m.placed[last], m.placed[k]
	return ok
}

// crossingPair returns two placed labels whose leaders cross.
func (m *labelRoom) crossingPair() (int, int, bool) {
	for i := range m.placed {
		if m.placed[i].lines == 0 {
			continue
		}
		for j := i + 1; j < len(m.placed); j++ {
			if m.placed[j].lines > 0 && m.placed[i].lead.crosses(m.placed[j].lead) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// shorten moves each label placed in the free room (from from on) whose
// leader is over long where its leader is shorter, crossing nothing, if
// such a place is free now.
func (m *labelRoom) shorten(from int, long float32, sh labelShape, area Area, margin float32) {
	for k := from; k < len(m.placed); k++ {
		l := m.placed[k]
		if l.lines == 0 || length2(l.lead) < long*long {
			continue
		}
		// Out of the way of its own new place while it is sought.
		m.placed[k] = m.placed[len(m.placed)-1]
		m.placed = m.placed[:len(m.placed)-1]
		s := sh
		s.lines, s.split, s.width = l.lines, l.split, l.x1-l.x0
		p, ok := m.place(l.mesh, l.lead.x1, l.lead.y1, s, area, margin)
		if !ok || length2(p.lead) >= length2(l.lead) {
			p = l
		}
		m.placed = append(m.placed, p)
		last := len(m.placed) - 1
		m.placed[k], m.placed[last] = m.placed[last], m.placed[k]
	}
}

func length2(l leader) float32 {
	dx, dy := l.x1-l.x0, l.y1-l.y0
	return dx*dx + dy*dy
}

// LabelsLeftOut appends to dst the meshes (model's, then the overlay's
// numbered on) the last frame was to name, their anchors shown in the
// label area, but found no room for.
func (r *Renderer) LabelsLeftOut(dst []int) []int {
	for _, l := range r.labels {
		if !r.room.has(l.mesh) {
			dst = append(dst, l.mesh)
		}
	}
	return dst
}
