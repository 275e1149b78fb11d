package view

// Below a brain that fills a phone's width, the free room is a strip
// either side of the cord, and the labels placed there one by one stand
// in the order they were placed, not in their anchors': the leaders of
// those above fence the strip's free rows below from the anchors in the
// brain. So a label left out is tried in a strip as a column: it and the
// labels already in the strip are laid out again, one under another from
// the strip's top, in their anchors' order (layoutColumn), their text
// ending (or starting) at the strip's edge beside the model, and the new
// column is kept if it clashes with nothing else.

// stackTop is the least height from which, down to the area's bottom, a
// text w wide fits beside the model on one side (left or not), and that
// side's edge x there: where text aligned to it ends (left) or starts.
// It reports false when no row at the bottom has room.
func (m *labelRoom) stackTop(left bool, w, pad float32, area Area, margin float32) (top, x float32, ok bool) {
	x = area.X1
	if !left {
		x = area.X0
	}
	top = area.Y1
	for y := area.Y1 - m.cell; y >= area.Y0; y -= m.cell {
		s := m.span(y, y+m.cell)
		edge := x
		switch {
		case s.x0 > s.x1:
			// Nothing drawn: the edge stays.
		case left:
			edge = min(x, s.x0-pad)
		default:
			edge = max(x, s.x1+pad)
		}
		if left && edge-w < area.X0+margin || !left && edge+w > area.X1-margin {
			break
		}
		top, x = y, edge
	}
	return top, x, top < area.Y1-m.cell
}

// restack places the label of mesh, its anchor (ax, ay), shaped by one of
// shapes, in the strip beside the model on either side (stackTop), with
// the labels placed there, as a column (layoutColumn): labels of a line
// gap high, each further line lineStep. It reports whether it did; if
// not, nothing is changed.
func (m *labelRoom) restack(mesh int, ax, ay float32, shapes []labelShape, gap float32, area Area, margin float32, runs []labelRun) ([]labelRun, bool) {
	for _, left := range [...]bool{true, false} {
		for _, sh := range shapes {
			var ok bool
			if runs, ok = m.stackOn(left, mesh, ax, ay, sh, gap, area, margin, runs); ok {
				return runs, true
			}
		}
	}
	return runs, false
}

// stackOn is restack on one side, the label shaped sh.
func (m *labelRoom) stackOn(left bool, mesh int, ax, ay float32, sh labelShape, gap float32, area Area, margin float32, runs []labelRun) ([]labelRun, bool) {
	pad := sh.size * 0.3
	align := AlignLeft
	if left {
		align = AlignRight
	}
	top, x, ok := m.stackTop(left, sh.width, pad, area, margin)
	if !ok {
		return runs, false
	}
	// A label placed there before keeps its place's width, even within
	// the margin (uncross moves labels to the area's edge).
	room := x - area.X0
	if !left {
		room = area.X1 - x
	}
	inward := func(p *placedLabel) bool {
		if left {
			return p.lead.x1 > x+sh.reach
		}
		return p.lead.x1 < x-sh.reach
	}
	if !inward(&placedLabel{lead: leader{x1: ax}}) {
		return runs, false
	}
	// Its members: the label, and those in the strip aligned to its
	// edge, pointing in.
	m.stack = append(m.stack[:0], columnItem{ax: ax, ay: ay, height: gap + sh.lineStep*float32(sh.lines-1), mesh: mesh, left: left, width: sh.width, split: sh.split})
	m.member = m.member[:0]
	for i := range m.placed {
		p := &m.placed[i]
		if p.lines > 0 && p.align == align && p.y0 >= top && inward(p) && p.x1-p.x0 <= room {
			m.stack = append(m.stack, columnItem{ax: p.lead.x1, ay: p.lead.y1, height: gap + sh.lineStep*float32(p.lines-1), mesh: p.mesh, left: left, width: p.x1 - p.x0, split: p.split})
			m.member = append(m.member, i)
		}
	}
	lx := x + sh.reach
	if !left {
		lx = x - sh.reach
	}
	// As in a column (drawLabels), a label's box starts size*0.8-reach
	// above its leader's end: the first keeps pad below the strip's top.
	bottom := area.Y1 - 2*sh.reach
	runs = layoutColumn(m.stack, lx, top+sh.size*0.8-sh.reach+pad, bottom, runs)
	// Checked against all but the members, which are out of the way.
	m.fresh = m.fresh[:0]
	for k := range m.stack {
		it := &m.stack[k]
		if it.y+it.height-gap > bottom+0.5 {
			return runs, false
		}
		lines := it.lines(gap, sh.lineStep)
		l := placedLabel{y0: it.y + sh.reach - sh.size*0.8, y1: it.y + sh.reach + sh.lineStep*float32(lines-1) + sh.size*0.25,
			tx: x, ty: it.y + sh.reach, align: align, lines: lines, split: it.split, mesh: it.mesh, lead: leader{lx, it.y, it.ax, it.ay}}
		l.x0, l.x1 = x-it.width, x
		if !left {
			l.x0, l.x1 = x, x+it.width
		}
		if m.overModel(l.x0, l.y0, l.x1, l.y1) || l.lead.hits(l.x0+1, l.y0+1, l.x1-1, l.y1-1) {
			return runs, false
		}
		for i := range m.placed {
			if !m.isMember(i) && l.clashes(&m.placed[i], pad, true) {
				return runs, false
			}
		}
		for i := range m.fresh {
			if l.lead.crosses(m.fresh[i].lead) {
				return runs, false // layoutColumn's guard ran out
			}
		}
		m.fresh = append(m.fresh, l)
	}
	// The members take their new places, the label joins them.
	for _, l := range m.fresh {
		if l.mesh == mesh {
			m.placed = append(m.placed, l)
			continue
		}
		for _, i := range m.member {
			if m.placed[i].mesh == l.mesh {
				m.placed[i] = l
			}
		}
	}
	return runs, true
}

// isMember reports whether placed label i is one restack lays out again.
func (m *labelRoom) isMember(i int) bool {
	for _, k := range m.member {
		if k == i {
			return true
		}
	}
	return false
}
