package view

// A column's label is spread about its anchor's height (layoutColumn),
// but the column knows nothing of the boxes labels keep off (the R, A, L
// and P marks beside a section): a label a few pixels into a mark went to
// the free room, which could be across the model, its leader crossing the
// section to a pyramid beside the midline. A label so blocked is first
// moved up or down its own column, a little at a time, to where it is
// clear.

// nudgeSteps is how many quarter lines a blocked column label may move
// each way, about two lines.
const nudgeSteps = 8

// labelApart is, in label sizes, how far apart a nudged label's box keeps
// from another's: with the boxes' size*1.05, a line's spacing (lineStep,
// size*1.2), as a column's lines are.
const labelApart = 0.15

// nudged returns l moved up or down its column, the nearest place first,
// to where it is clear of the boxes labels keep off, of the labels placed
// (apart from them, overlapsPlaced) and of the model, and inside the area
// between top and bottom; ok is false when there is none within
// nudgeSteps.
func (m *labelRoom) nudged(l placedLabel, step, apart, top, bottom float32) (placedLabel, bool) {
	for k := 1; k <= nudgeSteps; k++ {
		for _, dir := range [2]float32{1, -1} {
			dy := dir * float32(k) * step
			c := l
			c.y0, c.y1, c.ty, c.lead.y0 = l.y0+dy, l.y1+dy, l.ty+dy, l.lead.y0+dy
			if c.y0 < top || c.y1 > bottom || m.overModel(c.x0, c.y0, c.x1, c.y1) || !m.clear(&c) || m.overlapsPlaced(&c, apart) {
				continue
			}
			return c, true
		}
	}
	return l, false
}

// overlapsPlaced reports whether l's box comes within apart above or
// below a placed label's text, or its leader crosses one's. A label's box
// is its letters' (size*1.05 high): a nudged label kept apart from its
// neighbours by a line's spacing less that (labelApart) does not touch
// their ascents and descents, which the font's own are a little over.
func (m *labelRoom) overlapsPlaced(l *placedLabel, apart float32) bool {
	for i := range m.placed {
		p := &m.placed[i]
		if p.lines == 0 {
			continue
		}
		if l.x0 < p.x1 && l.x1 > p.x0 && l.y0 < p.y1+apart && l.y1 > p.y0-apart || l.lead.crosses(p.lead) {
			return true
		}
	}
	return false
}
