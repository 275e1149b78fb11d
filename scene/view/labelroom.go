package view

import (
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
)

// Where labels go when their column has no room beside the model: a
// phone held upright has little or none either side of the brain, and a
// column pushed in over it prints its names over the parts they name. Such
// a label is placed instead where the frame is free: above or below the
// model, or beside a narrower part of it (the cord), its leader line to its
// anchor crossing no other leader and no other label, the most important
// named first (labelRank). Labels the first ones fence out are placed in
// further rounds, and then crossing others and uncrossed
// (labeluncross.go); one still left out joins the labels in a strip
// beside the cord, laid out again as a column (labelstack.go), or moves
// those in its way (labelrepair.go); one that still has no place is left
// out.

// roomSpan is the least and greatest x of the model drawn in one row of
// the frame; x0 > x1 when nothing is drawn there.
type roomSpan struct{ x0, x1 float32 }

// placedLabel is a label placed on screen: its text's box, where its
// first line is drawn (at tx, aligned by align, on the baseline ty), how
// many lines it takes (none for a part of the frame kept off, which has
// no text nor leader), and its leader line.
type placedLabel struct {
	x0, y0, x1, y1 float32
	tx, ty         float32
	align          Align
	lines          int
	// split, when above 0, is where the name breaks into its two lines
	// (balancedSplit), else the column's wrapping breaks it.
	split int
	mesh  int
	lead  leader
}

// labelRoom is the scratch for placing labels in the free room: what is
// drawn, row by row of the label area (all of it, and the overlay's
// part), whether labels keep off only the overlay, and the labels placed
// and those waiting.
type labelRoom struct {
	top, cell float32
	all, over []roomSpan
	overOnly  bool
	placed    []placedLabel
	pending   []int
	// rowsFor is, for labels of one line, two and three, the extent of what
	// they keep off at each height place tries, once measured this frame
	// (rowsSet).
	rowsFor [maxLabelLines][]roomSpan
	rowsSet [maxLabelLines]bool
	// crossOK lets place cross other labels' leaders, each crossing
	// costing as much as a line crossCost long (labeluncross.go).
	crossOK bool
	// keepSide, with sideMid, has place keep a section's sided name on
	// its part's side of the midline: a leader across the cut to a part
	// beside the midline ran past its twin's (the cord's anterior
	// tracts, named from the other side).
	keepSide bool
	sideMid  float32
	crossLen float32
	// soft has place offer every place it finds (offer) rather than
	// keep the best free one: a place in the way of labels placed from
	// softFrom on, each costing as much as a line crossLen long, as
	// repair needs (labelrepair.go). The first ncands of cands are the
	// places kept; left and across are the area's left edge and width.
	soft         bool
	softFrom     int
	cands        [repairWays]candidate
	ncands       int
	left, across float32
	// farthest, when above 0, is the longest leader place allows,
	// squared.
	farthest float32
	// budget is how many more places repair may seek this frame; cuts,
	// by mesh, how the names break into two lines; saved and moved are
	// its scratch.
	budget       int
	cuts         []labelCut
	saved, moved []placedLabel
	// stack, member and fresh are scratch for restack (labelstack.go).
	stack  []columnItem
	member []int
	fresh  []placedLabel
}

// measure records, row by row of cell pixels within area, the extent of
// what is drawn: in all, every vertex of vs (the model's meshes are fine,
// their vertices close), and in over the bounding box of each triangle of
// faces (three vertex numbers each, in the order made) from the vertex
// from on, the overlay's, whose faces may be large (a section's cut,
// with vertices only about its edge). Labels keep off the overlay alone
// when overOnly.
func (m *labelRoom) measure(vs []Vertex, faces []uint32, from int, area Area, cell float32, overOnly bool) {
	m.top, m.cell, m.overOnly = area.Y0, cell, overOnly
	m.rowsSet = [maxLabelLines]bool{}
	n := int((area.Y1-area.Y0)/cell) + 1
	m.all, m.over = grow(m.all, n), grow(m.over, n)
	for i := range m.all {
		m.all[i], m.over[i] = roomSpan{area.X1, area.X0}, roomSpan{area.X1, area.X0}
	}
	last := float32(n - 1)
	for i := range vs[:min(from, len(vs))] {
		v := &vs[i]
		if v.A < 0.05 || v.X < area.X0 || v.X > area.X1 || v.Y < area.Y0 || v.Y > area.Y1 {
			continue
		}
		s := &m.all[int(min(last, (v.Y-m.top)/cell))]
		s.x0, s.x1 = min(s.x0, v.X), max(s.x1, v.X)
	}
	// The overlay's faces follow the model's: the first is found by
	// halving.
	lo, hi := 0, len(faces)/3
	for lo < hi {
		if mid := (lo + hi) / 2; int(faces[3*mid]) < from {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for t := 3 * lo; t+2 < len(faces); t += 3 {
		a, b, c := &vs[faces[t]], &vs[faces[t+1]], &vs[faces[t+2]]
		if a.A < 0.05 && b.A < 0.05 && c.A < 0.05 {
			continue
		}
		y0, y1 := min(a.Y, b.Y, c.Y), max(a.Y, b.Y, c.Y)
		x0, x1 := max(min(a.X, b.X, c.X), area.X0), min(max(a.X, b.X, c.X), area.X1)
		if y1 < area.Y0 || y0 > area.Y1 || x0 > x1 {
			continue
		}
		k0 := int(max(0, (y0-m.top)/cell))
		k1 := int(min(last, (y1-m.top)/cell))
		for k := k0; k <= k1; k++ {
			s := &m.over[k]
			s.x0, s.x1 = min(s.x0, x0), max(s.x1, x1)
		}
	}
}

// spanOf returns the extent of rows between heights y0 and y1, widened
// by grow rows each way; x0 > x1 when nothing is drawn there.
func (m *labelRoom) spanOf(rows []roomSpan, y0, y1 float32, grow int) roomSpan {
	s := roomSpan{x0: 1e30, x1: -1e30}
	if len(rows) == 0 {
		return s
	}
	last := float32(len(rows) - 1)
	k0 := max(0, int(max(0, min(last, (y0-m.top)/m.cell)))-grow)
	k1 := min(len(rows)-1, int(max(0, min(last, (y1-m.top)/m.cell)))+grow)
	for k := k0; k <= k1; k++ {
		r := rows[k]
		if r.x0 <= r.x1 {
			s.x0, s.x1 = min(s.x0, r.x0), max(s.x1, r.x1)
		}
	}
	return s
}

// span returns the extent of what labels keep off between heights y0
// and y1: the overlay, and unless overOnly the model, its rows widened by
// two each way for the triangles between its vertices.
func (m *labelRoom) span(y0, y1 float32) roomSpan {
	s := m.spanOf(m.over, y0, y1, 0)
	if !m.overOnly {
		a := m.spanOf(m.all, y0, y1, 2)
		s.x0, s.x1 = min(s.x0, a.x0), max(s.x1, a.x1)
	}
	return s
}

// drawnSpan returns the least and greatest x drawn inside area between
// heights y0 and y1: the overlay's (a trace's tubes) when it drew any
// there, else the model's; the area's middle when none lies there.
func (m *labelRoom) drawnSpan(area Area, y0, y1 float32) (x0, x1 float32) {
	y0, y1 = max(y0, area.Y0), min(y1, area.Y1)
	if s := m.spanOf(m.over, y0, y1, 0); s.x0 <= s.x1 {
		return s.x0, s.x1
	}
	if s := m.spanOf(m.all, y0, y1, 0); s.x0 <= s.x1 {
		return s.x0, s.x1
	}
	mid := (area.X0 + area.X1) / 2
	return mid, mid
}

// overModel reports whether the box from (x0, y0) to (x1, y1) covers any
// of the drawn model.
func (m *labelRoom) overModel(x0, y0, x1, y1 float32) bool {
	s := m.span(y0, y1)
	return s.x0 <= s.x1 && x0 < s.x1 && x1 > s.x0
}

// free reports whether label l, pad pixels about its box, is clear of
// every label placed: their boxes and leader lines, and its leader line of
// theirs.
func (m *labelRoom) free(l *placedLabel, pad float32) bool {
	for i := range m.placed {
		p := &m.placed[i]
		if l.x0-pad < p.x1 && l.x1+pad > p.x0 && l.y0-pad < p.y1 && l.y1+pad > p.y0 {
			return false
		}
		if p.lines == 0 {
			// A part kept off (a side's letter): a box no leader runs
			// under, or the letter hides where it goes.
			if l.lead.hits(p.x0, p.y0, p.x1, p.y1) {
				return false
			}
			continue
		}
		if !m.crossOK && l.lead.crosses(p.lead) || l.lead.hits(p.x0, p.y0, p.x1, p.y1) || p.lead.hits(l.x0, l.y0, l.x1, l.y1) {
			return false
		}
	}
	return !l.lead.hits(l.x0+1, l.y0+1, l.x1-1, l.y1-1)
}

// clear reports whether label l, laid out in its column, keeps off the
// parts kept off, placed before any label. Its leader may run under one:
// a column's name beside its part, its leader under a side's letter, reads
// better than the same name sent across the cut to the free room, its
// leader crossing its twin's (a cord's anterior tracts).
func (m *labelRoom) clear(l *placedLabel) bool {
	for i := range m.placed {
		if p := &m.placed[i]; p.lines == 0 && l.x0 < p.x1 && l.x1 > p.x0 && l.y0 < p.y1 && l.y1 > p.y0 {
			return false
		}
	}
	return true
}

// labelShape is how a label's text is set: size pixels high, lines of it
// a lineStep apart (broken at split when above 0), its widest width
// wide; reach is how far its leader starts from the text.
type labelShape struct {
	size, lineStep, width, reach float32
	lines, split                 int
}

// place finds the best free place in area for the label of mesh, whose
// anchor is (ax, ay), its text shaped sh: beside the model where a row has
// room, above or below it where a row is empty, the one with the shortest
// leader line. It reports false when there is none, and when m.soft,
// having offered each place it found instead (offer).
func (m *labelRoom) place(mesh int, ax, ay float32, sh labelShape, area Area, margin float32) (placedLabel, bool) {
	size, w := sh.size, sh.width
	pad := size * 0.3
	h := size*1.05 + sh.lineStep*float32(sh.lines-1)
	// The first line's baseline below the box's top, and the height of
	// its middle, where a leader from beside it starts.
	base, mid := size*0.8, size*0.45
	lx0, lx1 := area.X0+margin, area.X1-margin
	var best placedLabel
	bestCost := float32(-1)
	// order is where a place comes in the rows top down, each row's
	// places in turn: of two places as near, the first so found wins,
	// whatever order the rows are tried in.
	bestOrder := 0
	worse := func(c float32, order int) bool {
		return bestCost >= 0 && (c > bestCost || c == bestCost && order > bestOrder)
	}
	try := func(l placedLabel, order int) {
		// The cheap test first: most places are no nearer than the
		// best so far.
		dx, dy := l.lead.x1-l.lead.x0, l.lead.y1-l.lead.y0
		c := dx*dx + dy*dy
		if worse(c, order) || l.x0 < lx0-0.5 || l.x1 > lx1+0.5 || m.farthest > 0 && c > m.farthest {
			return
		}
		if m.keepSide && (l.lead.x0 < m.sideMid) != (ax < m.sideMid) {
			return
		}
		// Every place tried is off the model by its making: in a row
		// clear of it, or beside its extent there.
		if m.soft {
			m.offer(&l, c, pad)
			return
		}
		if !m.free(&l, pad) {
			return
		}
		if m.overOnly {
			// A section's name: its leader's stretch over the cut
			// counts insideWeight times more, so that a name goes on
			// its part's side of the cut, not across it (the left
			// dorsal horn's from above the cord, over the ventral horn
			// and the grey commissure).
			eff := sqrt32(c) + insideWeight*m.inside(l.lead)
			if c = eff * eff; worse(c, order) {
				return
			}
		}
		if m.crossOK {
			if c += float32(m.crossings(&l)) * m.crossLen; worse(c, order) {
				return
			}
		}
		best, bestCost, bestOrder = l, c, order
	}
	// The extent at each height, the same for every label of as many
	// lines, is measured once a frame.
	set := min(sh.lines, maxLabelLines) - 1
	step := size * 0.5
	if !m.rowsSet[set] {
		m.rowsFor[set] = m.rowsFor[set][:0]
		for i := 0; ; i++ {
			y0 := area.Y0 + pad + float32(i)*step
			if y0+h > area.Y1-pad {
				break
			}
			m.rowsFor[set] = append(m.rowsFor[set], m.span(y0-pad, y0+h+pad))
		}
		m.rowsSet[set] = true
	}
	rows := m.rowsFor[set]
	gap := pad * 0.3
	row := func(i int) {
		s := rows[i]
		y0 := area.Y0 + pad + float32(i)*step
		l := placedLabel{y0: y0, y1: y0 + h, ty: y0 + base, lines: sh.lines, split: sh.split, mesh: mesh}
		ly := y0 + mid
		if s.x0 > s.x1 {
			// A row clear of the model: the label above or below its
			// anchor, or, when one there is in the way, half its
			// width or its width to either side, inside the area.
			for k, off := range [...]float32{0, -0.5, 0.5, -1, 1} {
				// Centred, the text's end is as far from its box's as
				// its start is, measured or estimated.
				l.x0 = max(lx0, min(ax-w/2+off*w, lx1-w))
				l.x1, l.tx, l.align = l.x0+w, l.x0+w/2, AlignCenter
				l.aim(ax, ay, ly, sh.reach, gap)
				try(l, 8*i+k)
			}
			return
		}
		// Beside the model: left of it, its text ending there, and
		// right of it.
		l.x1 = s.x0 - pad
		l.x0, l.tx, l.align = l.x1-w, l.x1, AlignRight
		l.aim(ax, ay, ly, sh.reach, gap)
		try(l, 8*i)
		l.x0 = s.x1 + pad
		l.x1, l.tx, l.align = l.x0+w, l.x0, AlignLeft
		l.aim(ax, ay, ly, sh.reach, gap)
		try(l, 8*i+1)
	}
	// The rows out from the anchor's, nearer first: a leader is at
	// least as long as its row's height from the anchor, so once that is
	// longer than the best leader found (or the costliest offered place
	// kept, m.soft), no row further out can do better.
	far := func(i int) float32 {
		y0 := area.Y0 + pad + float32(i)*step
		d := max(0, y0-gap-ay, ay-(y0+h+gap))
		return d * d
	}
	up := min(len(rows)-1, int(max(0, (ay-area.Y0-pad)/step)))
	down := up + 1
	for up >= 0 || down < len(rows) {
		i := up
		if up < 0 || down < len(rows) && far(down) < far(up) {
			i = down
		}
		if !m.soft && bestCost >= 0 && far(i) > bestCost || m.soft && m.ncands == repairWays && far(i) >= m.worstCand() {
			break
		}
		row(i)
		if i == up {
			up--
		} else {
			down++
		}
	}
	return best, bestCost >= 0
}

// aim sets l's leader line to its anchor (ax, ay): from beside the text,
// at the height ly of its first line's middle, reach from it, when the
// anchor lies more to that side than above or below; else from gap above
// or below the text, under its middle three fifths.
func (l *placedLabel) aim(ax, ay, ly, reach, gap float32) {
	dy := max(ay-ly, ly-ay)
	w := l.x1 - l.x0
	lx := max(l.x0+0.2*w, min(ax, l.x1-0.2*w))
	switch {
	// A label beside the model, its text ending (or starting) at it,
	// points from that end: labels stacked beside the cord then fan
	// their leaders up along it, none through the labels above.
	case l.align == AlignRight && ax > l.x1:
		l.lead = leader{l.x1 + reach, ly, ax, ay}
	case l.align == AlignLeft && ax < l.x0:
		l.lead = leader{l.x0 - reach, ly, ax, ay}
	case ax > l.x1 && ax-l.x1 >= dy:
		l.lead = leader{l.x1 + reach, ly, ax, ay}
	case ax < l.x0 && l.x0-ax >= dy:
		l.lead = leader{l.x0 - reach, ly, ax, ay}
	case ay > l.y1:
		l.lead = leader{lx, l.y1 + gap, ax, ay}
	case ay < l.y0:
		l.lead = leader{lx, l.y0 - gap, ax, ay}
	case ax > l.x1:
		l.lead = leader{l.x1 + reach, ly, ax, ay}
	default:
		l.lead = leader{l.x0 - reach, ly, ax, ay}
	}
}

// hits reports whether leader a passes through the box from (x0, y0) to
// (x1, y1) (Liang–Barsky clipping).
func (a leader) hits(x0, y0, x1, y1 float32) bool {
	if max(a.x0, a.x1) < x0 || min(a.x0, a.x1) > x1 || max(a.y0, a.y1) < y0 || min(a.y0, a.y1) > y1 {
		return false // apart: most boxes, found at once
	}
	t0, t1 := float32(0), float32(1)
	dx, dy := a.x1-a.x0, a.y1-a.y0
	for _, e := range [4][2]float32{{-dx, a.x0 - x0}, {dx, x1 - a.x0}, {-dy, a.y0 - y0}, {dy, y1 - a.y0}} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// labelRank is how much a label matters, 0 most: the overlay's names
// (what a step's marks, a trace's muscles or a section's cut show) first,
// those first names (a step's caption) before the others, then the parts
// first names, then the pathways'
// stations (the motor strip, a click's first choice among the translucent
// parts, and the solid parts: capsule, peduncle, pons, pyramid, horn),
// then the parts about them (the cortex, the nuclei, the cerebellum, the
// cord's shell).
func (r *Renderer) labelRank(mesh int, o *FrameOptions) int {
	m := r.labelMesh(mesh)
	named := o.LabelFirst != "" && strings.Contains(o.LabelFirst, partName(m.Name))
	if side, ok := nameSide(m.Name); named && ok && o.LabelSided && side != o.LabelSide {
		// The healthy twin of the part the caption is about.
		named = false
	}
	switch {
	case mesh >= len(r.model.Meshes) && named:
		return 0
	case mesh >= len(r.model.Meshes):
		// A section's cut structure the caption does not name (the
		// dorsal horn beside a step about the lateral tract) gives way
		// to those it does.
		return 1
	case named:
		return 2
	case m.Shell && !m.PickFirst:
		return 4
	}
	return 3
}

// partName returns a part's name as words name it: without its side or
// a bracket ("ventral horn" of "left ventral horn (lower motor
// neurons)").
func partName(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	for _, side := range [...]string{"left ", "right "} {
		name = strings.TrimPrefix(name, side)
	}
	return name
}

// nameSide returns the side a part's name gives it ("left nucleus
// ambiguus", "thalamus (left)"); false for a part of the midline.
func nameSide(name string) (anatomy.Side, bool) {
	switch {
	case strings.HasPrefix(name, "left ") || strings.HasSuffix(name, "(left)"):
		return anatomy.Left, true
	case strings.HasPrefix(name, "right ") || strings.HasSuffix(name, "(right)"):
		return anatomy.Right, true
	}
	return anatomy.Left, false
}

// insideWeight is how much more a leader's stretch over a section's cut
// costs than its stretch beside it.
const insideWeight = 2

// inside returns how long a stretch of leader a runs over the overlay (a
// section's cut), its rows' extents sampled every cell along it.
func (m *labelRoom) inside(a leader) float32 {
	dx, dy := a.x1-a.x0, a.y1-a.y0
	length := sqrt32(dx*dx + dy*dy)
	if len(m.over) == 0 || length == 0 {
		return 0
	}
	n := min(64, int(length/m.cell)+1)
	last := float32(len(m.over) - 1)
	in := 0
	for i := range n {
		t := (float32(i) + 0.5) / float32(n)
		x, y := a.x0+t*dx, a.y0+t*dy
		s := m.over[int(max(0, min(last, (y-m.top)/m.cell)))]
		if s.x0 <= x && x <= s.x1 {
			in++
		}
	}
	return length * float32(in) / float32(n)
}
