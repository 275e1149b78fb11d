package view

// The labels a column has no room for are placed where the frame is free,
// in rounds (labelRoom.place): those a round leaves out go first in the
// next; the rest cross others' leaders at a cost and are then uncrossed,
// their long leaders shortened; any still left out join a strip beside
// the cord (restack) or move the labels in their way (repair).

// labelMetrics is how a frame's labels are set: their size, their lines a
// lineStep apart, a column's gap between names, reach from a name to its
// leader, margin from the area's edges.
type labelMetrics struct {
	size, lineStep, gap, reach, margin float32
}

// longOneLine is, in label sizes squared, how long a leader a name set on
// one line in the free room may have before the same name on two lines is
// tried: one two fifths as long (0.36 of the square) or less wins.
const longOneLine = 36

// placeLeftOver places the labels of r.room.pending (indices into
// r.column) in the free room of area, set as lm; ownNames tells that an
// overlay (a section) names its own parts.
func (r *Renderer) placeLeftOver(lm labelMetrics, area Area, ownNames bool, opt *FrameOptions) {
	room := &r.room
	size, lineStep, gap, reach, margin := lm.size, lm.lineStep, lm.gap, lm.reach, lm.margin
	// The labels with no room in their column, the most important first,
	// each where the frame is free (labelRoom.place), or left out.
	for i := 1; i < len(room.pending); i++ {
		for j := i; j > 0 && r.before(&r.column[room.pending[j]], &r.column[room.pending[j-1]], opt); j-- {
			room.pending[j], room.pending[j-1] = room.pending[j-1], room.pending[j]
		}
	}
	placedBefore := len(room.placed)
	shape := func(it *columnItem) labelShape {
		return labelShape{size: size, lineStep: lineStep, width: it.width, reach: reach, lines: it.lines(gap, lineStep), split: it.split}
	}
	// split returns a label of one line on two of about one length:
	// narrower, it may fit where the model leaves a strip (beside the
	// cord).
	split := func(it *columnItem, sh labelShape) (labelShape, bool) {
		name := r.labelMesh(it.mesh).Name
		cut := balancedSplit(name)
		if sh.lines > 1 || cut == 0 {
			return sh, false
		}
		sh.lines, sh.split, sh.width = 2, cut, splitWidth(name, cut, size)
		return sh, true
	}
	// placeAll places the labels of order, in turn, and returns how many
	// it found no place for, those at the front of order (its scratch),
	// the others after them in their order. It gives up once as many as
	// limit are left out: a round no better than one before it.
	placeAll := func(order []int, limit int) int {
		room.placed = room.placed[:placedBefore]
		failed := 0
		for n, k := range order {
			it := &r.column[k]
			room.keepSide, room.sideMid = it.sided, it.mid
			sh := shape(it)
			l, ok := room.place(it.mesh, it.ax, it.ay, sh, area, margin)
			if two, can := split(it, sh); can && (!ok || ownNames && length2(l.lead) > longOneLine*size*size) {
				// On two lines a section's name may fit beside its part,
				// where on one it went far, across the cut (the left
				// crus's name beside a Weber section, its one line
				// across the midbrain to the other side). The model's
				// names keep their line: on a phone, two lines fenced
				// others out.
				if l2, ok2 := room.place(it.mesh, it.ax, it.ay, two, area, margin); ok2 && (!ok || length2(l2.lead) < 0.36*length2(l.lead)) {
					l, ok = l2, true
				}
			}
			if ok {
				room.placed = append(room.placed, l)
				continue
			}
			copy(order[failed+1:n+1], order[failed:n])
			order[failed] = k
			if failed++; failed >= limit {
				break
			}
		}
		return failed
	}
	// Placed in turn, the first labels' leaders can fence the last ones
	// out: those left out are placed first in the next round, as long as
	// a round leaves out fewer.
	failed := placeAll(room.pending, len(room.pending)+1)
	for round := 0; failed > 0 && round < 3; round++ {
		r.best = append(r.best[:0], room.pending...)
		r.bestPlaced = append(r.bestPlaced[:0], room.placed...)
		if again := placeAll(room.pending, failed); again >= failed {
			copy(room.pending, r.best)
			room.placed = append(room.placed[:0], r.bestPlaced...)
			break
		} else {
			failed = again
		}
	}
	room.keepSide = false
	if failed > 0 {
		// The rest where its leader crosses fewest others, and then the
		// crossings undone (uncross), rather than left out.
		for _, k := range room.pending[:failed] {
			it := &r.column[k]
			room.keepSide, room.sideMid = it.sided, it.mid
			room.crossOK, room.crossLen = true, (area.Y1-area.Y0)*(area.Y1-area.Y0)
			if l, ok := room.place(it.mesh, it.ax, it.ay, shape(it), area, margin); ok {
				room.placed = append(room.placed, l)
			}
			room.crossOK, room.keepSide = false, false
		}
		sh := labelShape{size: size, lineStep: lineStep, reach: reach}
		room.uncross(sh, area, margin, func(mesh int) int { return r.labelRank(mesh, opt) })
		// A leader a fifth of the area's height or more may have a
		// shorter place now.
		room.shorten(placedBefore, (area.Y1-area.Y0)/5, sh, area, margin)
		// Those still left out go in a strip beside the cord with the
		// labels there (restack), or move the labels in their way
		// (repair), as far as the frame's budget goes.
		room.budget = repairBudget
		if n := len(r.model.Meshes) + len(r.over.meshes); cap(room.cuts) < n {
			room.cuts = make([]labelCut, n)
		} else {
			room.cuts = room.cuts[:n]
			clear(room.cuts)
		}
		for _, l := range r.labels {
			name := r.labelMesh(l.mesh).Name
			if cut := balancedSplit(name); cut > 0 {
				room.cuts[l.mesh] = labelCut{cut, splitWidth(name, cut, size)}
			}
		}
		for _, k := range room.pending {
			it := &r.column[k]
			if room.has(it.mesh) {
				continue
			}
			var shapes [2]labelShape
			n := 1
			shapes[0] = shape(it)
			if two, can := split(it, shapes[0]); can {
				shapes[1], n = two, 2
			}
			var ok bool
			if r.runs, ok = room.restack(it.mesh, it.ax, it.ay, shapes[:n], gap, area, margin, r.runs); ok {
				continue
			}
			room.repair(it.mesh, it.ax, it.ay, shapes[:n], area, margin)
		}
	}
}
