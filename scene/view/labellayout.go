package view

// How a column of labels is laid out: each label as near its anchor's
// height as the others let it, crowded labels spread evenly about their
// anchors' mean height (so that their leader lines fan out, nearly
// straight, rather than all bending down from the first), and their
// order in the column chosen so that no two leader lines cross.

// columnItem is one label of a column: its anchor on screen and how
// tall its text is (one line or two).
type columnItem struct {
	ax, ay float32
	height float32
	mesh   int
	// left says which column; width is its text's widest line.
	left  bool
	width float32
	// y is where the layout put the label's first line's leader end.
	y float32
	// split, when above 0, is where its name breaks into two lines.
	split int
	// sided says a section's part named with its side ("left pyramid"),
	// mid the x of the section's midline, which its leader in the free
	// room does not cross (labelRoom.keepSide).
	sided bool
	mid   float32
}

// leader is a label's leader line on screen, from the label's end (x0,
// y0) to its anchor (x1, y1).
type leader struct {
	x0, y0, x1, y1 float32
}

// layoutColumn places items (in any order) whose leader lines start at
// x, between top and bottom: it reorders items and sets each one's y, the
// labels at least their height apart. Items pushed past bottom keep a y
// past it: the caller leaves them out. runs is scratch, returned for
// reuse.
func layoutColumn(items []columnItem, x, top, bottom float32, runs []labelRun) []labelRun {
	if len(items) == 0 {
		return runs
	}
	// By anchor height: a column of labels sorted so never crosses when
	// the anchors lie one above another. Insertion sort: a column holds
	// a dozen names, and it keeps the wasm build free of generic sorts.
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && less(&items[j], &items[j-1]); j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
	runs = spread(items, top, bottom, runs)
	// Anchors side by side at one height can still cross: swap the
	// labels of a crossing pair and lay out again. Each swap shortens
	// the lines' total length, so this ends; the bound is a guard.
	for range 4 * len(items) * len(items) {
		i, j, ok := crossing(items, x)
		if !ok {
			break
		}
		items[i], items[j] = items[j], items[i]
		runs = spread(items, top, bottom, runs)
	}
	return runs
}

func less(a, b *columnItem) bool {
	if a.ay != b.ay {
		return a.ay < b.ay
	}
	return a.ax < b.ax
}

// labelRun is a run of labels that would overlap, stacked from y: the
// items start to end of a column.
type labelRun struct {
	start, end int
	y, height  float32
}

// spread sets the items' heights, in their order, each at least the one
// before's height below it: a run of labels that would overlap is
// centred on its anchors' mean, then the whole kept below top and, as far
// as top allows, above bottom. runs is scratch, returned for reuse.
func spread(items []columnItem, top, bottom float32, runs []labelRun) []labelRun {
	runs = runs[:0]
	for i := range items {
		it := &items[i]
		runs = append(runs, labelRun{start: i, end: i + 1, y: it.ay, height: it.height})
		for len(runs) > 1 {
			a, b := &runs[len(runs)-2], &runs[len(runs)-1]
			if a.y+a.height <= b.y {
				break
			}
			// Merged, the run sits where its labels are, on average,
			// level with their anchors.
			sum, off := float32(0), float32(0)
			for k := a.start; k < b.end; k++ {
				sum += items[k].ay - off
				off += items[k].height
			}
			a.end, a.height, a.y = b.end, a.height+b.height, sum/float32(b.end-a.start)
			runs = runs[:len(runs)-1]
		}
	}
	for _, r := range runs {
		y := r.y
		for k := r.start; k < r.end; k++ {
			items[k].y = y
			y += items[k].height
		}
	}
	// Up from the bottom, then down from the top: the top wins, and
	// what it pushes past the bottom the caller leaves out.
	next := bottom
	for k := len(items) - 1; k >= 0; k-- {
		items[k].y = min(items[k].y, next)
		next = items[k].y - items[max(k-1, 0)].height
	}
	next = top
	for k := range items {
		items[k].y = max(items[k].y, next)
		next = items[k].y + items[k].height
	}
	return runs
}

// crossing returns two items whose leader lines, from x at their height
// to their anchors, cross.
func crossing(items []columnItem, x float32) (int, int, bool) {
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a := leader{x, items[i].y, items[i].ax, items[i].ay}
			b := leader{x, items[j].y, items[j].ax, items[j].ay}
			if a.crosses(b) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// crosses reports whether two leader lines cross, other than at a shared
// end.
func (a leader) crosses(b leader) bool {
	if max(a.x0, a.x1) < min(b.x0, b.x1) || min(a.x0, a.x1) > max(b.x0, b.x1) ||
		max(a.y0, a.y1) < min(b.y0, b.y1) || min(a.y0, a.y1) > max(b.y0, b.y1) {
		return false // apart: most pairs, found at once
	}
	side := func(px, py, qx, qy, rx, ry float32) float32 {
		return (qx-px)*(ry-py) - (qy-py)*(rx-px)
	}
	d1 := side(a.x0, a.y0, a.x1, a.y1, b.x0, b.y0)
	d2 := side(a.x0, a.y0, a.x1, a.y1, b.x1, b.y1)
	d3 := side(b.x0, b.y0, b.x1, b.y1, a.x0, a.y0)
	d4 := side(b.x0, b.y0, b.x1, b.y1, a.x1, a.y1)
	return (d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0)
}
