package view

import (
	"math"
	"sort"
	"strings"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// labelSpot is one label being placed: its anchor on screen and the mesh.
type labelSpot struct {
	x, y float32
	mesh int
	left bool
	// mid is the x the label's side is judged against: the area's
	// middle, or for a section's part the midline's (sideMid).
	mid float32
	// w is the anchor's depth; hidden what hideLabels found.
	w      float32
	hidden bool
}

// Colours of the overlay.
var (
	labelColor  = [4]float32{0.93, 0.95, 0.97, 1}
	leaderColor = [4]float32{0.93, 0.95, 0.97, 0.55}
	// On a light background (a picture for slides) the labels are dark.
	darkLabelColor  = [4]float32{0.08, 0.09, 0.11, 1}
	darkLeaderColor = [4]float32{0.08, 0.09, 0.11, 0.6}
)

// drawLabels names the major parts in a column each side of the drawn
// parts, as near them as the free area allows, each with a leader line to
// its anchor: the labels spread about their anchors' heights, a line
// apart, their lines never crossing (layoutColumn); a side too narrow for
// its names gives them to the other; a long name takes two lines. In a
// solid look, only the parts whose anchor shows are named (hideLabels).
func (r *Renderer) drawLabels(dl *DrawList, mvp mgl32.Mat4, eye, up, right mgl32.Vec3, invFar float32, opt FrameOptions) {
	w, h := float32(dl.Width), float32(dl.Height)
	area := opt.LabelArea
	if area == (Area{}) {
		area = Area{X1: w, Y1: h}
	}
	mid := (area.X0 + area.X1) / 2
	scale := opt.TextScale
	if scale <= 0 {
		scale = 1
	}
	size := max(11, min(w, h)/48) * scale
	if opt.LabelSize > 0 {
		size = opt.LabelSize
	}
	r.labels = r.labels[:0]
	r.prepareTwins()
	// An overlay with names of its own (a section's cut structures)
	// takes the labels: the model's parts lie behind it.
	ownNames := false
	for i := range r.over.meshes {
		ownNames = ownNames || r.over.meshes[i].Major
	}
	for i := range len(r.model.Meshes) + len(r.over.meshes) {
		m := r.labelMesh(i)
		if !m.Major || ownNames && i < len(r.model.Meshes) {
			continue
		}
		if i < len(r.model.Meshes) && r.meshStart[i] == notDrawn {
			continue // a part the look hid
		}
		if m.Medial && opt.Look == geom.Glass {
			continue // never drawn facing the camera (geom.Mesh.Medial)
		}
		part := i
		if i < len(r.model.Meshes) {
			// A paired part is named on the side the camera sees.
			part = r.nearerTwin(i, mvp, opt.Proportions)
			m = r.labelMesh(part)
		}
		a := opt.Proportions.Warp(m.Anchor)
		clip := mvp.Mul4x1(a.Vec4(1))
		if clip[3] <= 1e-3 {
			continue
		}
		x := w/2 + clip[0]/clip[3]*w/2
		y := h/2 - clip[1]/clip[3]*h/2
		if x < area.X0 || x > area.X1 || y < area.Y0 || y > area.Y1 {
			continue
		}
		side := mid
		if ownNames {
			side = sideMid(mvp, a, x, mid, w)
		}
		r.labels = append(r.labels, labelSpot{x: x, y: y, mesh: part, left: x < side, w: clip[3], mid: side})
	}
	if opt.Look != geom.Glass {
		r.hideLabels(dl, &labelView{mvp: mvp, eye: eye, up: up, right: right, area: area, w: w, h: h, invFar: invFar}, opt.Moving)
		for i := range r.labels {
			r.labels[i].left = r.labels[i].x < r.labels[i].mid
		}
	}
	// sort.Slice, not slices.SortFunc: the generic sort would add a copy
	// of its code for labelSpot to the page (make bench).
	sort.Slice(r.labels, func(i, j int) bool {
		a, b := &r.labels[i], &r.labels[j]
		if a.y != b.y {
			return a.y < b.y
		}
		return a.mesh < b.mesh
	})
	// Each column must fit in two fifths of the area, whatever the text
	// scale: the longest visible name caps the size, down to three
	// quarters of it, still readable; names too long for a column then
	// take two lines rather than being made tiny.
	column := 0.4 * (area.X1 - area.X0)
	longest, longestName := 0, ""
	for _, l := range r.labels {
		if n := r.labelMesh(l.mesh).Name; len(n) > longest {
			longest, longestName = len(n), n
		}
	}
	if longest > 0 {
		least := max(11, size*0.75)
		if opt.LabelMin > 0 {
			least = opt.LabelMin
		}
		size = max(min(size, column/(0.5*float32(longest))), min(size, least))
		// Above the least (presenter mode's), still never so large that
		// the longest name needs more than two lines: a name is never
		// cut short.
		floor := least
		if opt.LabelFloor > 0 {
			floor = min(floor, opt.LabelFloor)
		}
		if cut := balancedSplit(longestName); cut > 0 && size > floor {
			if wd := splitWidth(longestName, cut, size); wd > column {
				size = max(size*column/wd, floor)
			}
		}
	}
	text, lineColor := labelColor, leaderColor
	if opt.Light {
		text, lineColor = darkLabelColor, darkLeaderColor
	}
	margin := size * 0.8
	gap := size * 1.5
	lineStep := size * 1.2
	measure := func(s string) float32 { return textWidth(s, size) }
	reach := size * 0.3
	// The frame's own vertices, before the labels' lines.
	drawn := dl.Vertices
	room := &r.room
	room.placed, room.pending = room.placed[:0], room.pending[:0]
	// Labels keep off what is drawn, but for a model behind an overlay
	// that names its own parts (a section's cut face, before the brain
	// it cuts): they keep off the overlay. The triangles are read in the
	// order they were made, which follows the vertices'.
	room.measure(drawn, r.faces[:3*len(r.tris)], min(r.overFrom, len(drawn)), area, max(2, size/4), ownNames)
	for _, k := range opt.LabelKeepOff {
		if k != (Area{}) {
			room.placed = append(room.placed, placedLabel{x0: k.X0, y0: k.Y0, x1: k.X1, y1: k.Y1})
		}
	}
	r.leaders = r.leaders[:0]
	r.column = r.column[:0]
	for _, l := range r.labels {
		// A name too long for the column takes two lines, rather than
		// being left out: broken where its lines are of about one
		// length ("premotor cortex" over "(area 6) (left)", not
		// "premotor cortex (area" over "6) (left)"), else wrapped.
		name := r.labelMesh(l.mesh).Name
		lines, width, cut := 1, textWidth(name, size), 0
		if width > column {
			if cut = balancedSplit(name); cut > 0 && splitWidth(name, cut, size) <= column {
				lines, width = 2, splitWidth(name, cut, size)
			} else {
				cut = 0
				wrapped := Wrap(name, column, maxLabelLines, measure)
				lines, width = len(wrapped), 0
				for _, line := range wrapped {
					width = max(width, textWidth(line, size))
				}
			}
		}
		sided := ownNames && (strings.HasPrefix(name, "left ") || strings.HasPrefix(name, "right "))
		r.column = append(r.column, columnItem{ax: l.x, ay: l.y, height: gap + lineStep*float32(lines-1), mesh: l.mesh, left: l.left, width: width, split: cut, sided: sided, mid: l.mid})
	}
	// A side too narrow for its names beside their anchors gives them
	// to the other side, if they fit there: a label drawn over the
	// parts it names, its line doubling back, is worse than a longer
	// line.
	sides := [2]columnSide{sideOf(r.column, true), sideOf(r.column, false)}
	for s, o := range [2]int{1, 0} {
		me, other := sides[s], sides[o]
		if me.n == 0 {
			continue
		}
		left := s == 0
		fits := func(left bool, widest, lo, hi float32) bool {
			if left {
				return area.X0+margin+widest <= lo-size
			}
			return hi+size+widest <= area.X1-margin
		}
		widest := max(me.widest, other.widest)
		if !fits(left, me.widest, me.lo, me.hi) && fits(!left, widest, min(me.lo, other.lo), max(me.hi, other.hi)) {
			for i := range r.column {
				if r.column[i].left == left {
					r.column[i].left = !left
				}
			}
			sides = [2]columnSide{sideOf(r.column, true), sideOf(r.column, false)}
		}
	}
	// Left column first, then right.
	for i := 1; i < len(r.column); i++ {
		for j := i; j > 0 && r.column[j].left && !r.column[j-1].left; j-- {
			r.column[j], r.column[j-1] = r.column[j-1], r.column[j]
		}
	}
	for s, left := range []bool{true, false} {
		side := sides[s]
		if side.n == 0 {
			continue
		}
		items := r.column[:side.n]
		if !left {
			items = r.column[len(r.column)-side.n:]
		}
		// The column's inner edge: as near its anchors as the drawn
		// parts about them leave room for (the traced tubes, else the
		// model), never past an anchor nor the area's edge.
		bx0, bx1 := room.drawnSpan(area, side.top-side.height/2, side.bottom+side.height/2)
		var x, tx float32
		var align Align
		if left {
			tx = min(side.lo-size, bx0-size)
			tx = max(tx, area.X0+margin+side.widest)
			x, align = tx+reach, AlignRight
		} else {
			tx = max(side.hi+size, bx1+size)
			tx = min(tx, area.X1-margin-side.widest)
			x, align = tx-reach, AlignLeft
		}
		r.runs = layoutColumn(items, x, area.Y0+gap-reach, area.Y1-2*reach, r.runs)
		first := 0 // items' start in r.column
		if !left {
			first = len(r.column) - side.n
		}
		for k := range items {
			it := &items[k]
			lines := it.lines(gap, lineStep)
			l := placedLabel{y0: it.y + reach - size*0.8, y1: it.y + reach + lineStep*float32(lines-1) + size*0.25,
				tx: tx, ty: it.y + reach, align: align, lines: lines, split: it.split, mesh: it.mesh, lead: leader{x, it.y, it.ax, it.ay}}
			l.x0, l.x1 = tx-it.width, tx
			if !left {
				l.x0, l.x1 = tx, tx+it.width
			}
			// Pushed down past the free area by the names above it, or
			// printed over the model: placed again where there is room.
			// Only in a mark's way (or in the way of one so moved):
			// moved along its column first.
			if it.y+it.height-gap > area.Y1-2*reach+0.5 || room.overModel(l.x0, l.y0, l.x1, l.y1) {
				room.pending = append(room.pending, first+k)
				continue
			}
			if !room.clear(&l) || room.overlapsPlaced(&l, size*labelApart) {
				moved, ok := room.nudged(l, size*0.25, size*labelApart, area.Y0, area.Y1-2*reach)
				if !ok {
					room.pending = append(room.pending, first+k)
					continue
				}
				l = moved
			}
			room.placed = append(room.placed, l)
		}
	}
	r.placeLeftOver(labelMetrics{size: size, lineStep: lineStep, gap: gap, reach: reach, margin: margin}, area, ownNames, &opt)
	for i := range room.placed {
		l := &room.placed[i]
		if l.lines == 0 {
			continue // a part kept off
		}
		dl.Line(l.lead.x0, l.lead.y0, l.lead.x1, l.lead.y1, max(1, size/10), lineColor)
		r.leaders = append(r.leaders, l.lead)
		name := r.labelMesh(l.mesh).Name
		if l.lines == 1 {
			// One line: no wrapping, which allocates, every frame.
			dl.Label(l.tx, l.ty, size, text, l.align, name)
			continue
		}
		if l.split > 0 {
			dl.Label(l.tx, l.ty, size, text, l.align, name[:l.split])
			dl.Label(l.tx, l.ty+lineStep, size, text, l.align, name[l.split+1:])
			continue
		}
		for j, line := range Wrap(name, column, maxLabelLines, measure) {
			dl.Label(l.tx, l.ty+lineStep*float32(j), size, text, l.align, line)
		}
	}
}

// maxLabelLines is the most lines a label's name takes: a muscle list at
// the end of a trace ("flexor carpi radialis, flexor digitorum
// profundus, superficialis and palmaris longus") needs five in a phone's column,
// and was cut short in two.
const maxLabelLines = 5

// lines returns how many lines the item's name takes, from its height
// (gap for one line, and a lineStep more for each other).
func (it *columnItem) lines(gap, lineStep float32) int {
	return 1 + int((it.height-gap)/lineStep+0.5)
}

// sideMid returns the x a section's part at a (its anchor, drawn at x)
// is judged against for its label's side: where the midline is drawn at
// its height, so that a pyramid or a nucleus beside the midline is named
// on its own side of the cut, its leader not crossing the section; the
// area's middle mid when the midline is not seen face on (the anchor on
// it, or the plane seen edge on).
func sideMid(mvp mgl32.Mat4, a mgl32.Vec3, x, mid, w float32) float32 {
	on := mvp.Mul4x1(mgl32.Vec3{0, a[1], a[2]}.Vec4(1))
	if on[3] <= 1e-3 {
		return mid
	}
	m := w/2 + on[0]/on[3]*w/2
	if math.Abs(float64(x-m)) < 1 {
		return mid
	}
	return m
}

// balancedSplit returns where to break name into two lines of about one
// length: the index of the space nearest its middle, 0 for none.
func balancedSplit(name string) int {
	off := func(i int) int { return max(2*i-len(name), len(name)-2*i) }
	cut := 0
	for i := range len(name) {
		if name[i] == ' ' && (cut == 0 || off(i) < off(cut)) {
			cut = i
		}
	}
	return cut
}

// splitWidth returns the width, at size pixels, of name broken into two
// lines at cut: its wider line's.
func splitWidth(name string, cut int, size float32) float32 {
	return max(textWidth(name[:cut], size), textWidth(name[cut+1:], size))
}

// before reports whether label a is to be placed before b: the more
// important first (labelRank), then from the top down.
func (r *Renderer) before(a, b *columnItem, o *FrameOptions) bool {
	if ra, rb := r.labelRank(a.mesh, o), r.labelRank(b.mesh, o); ra != rb {
		return ra < rb
	}
	return less(a, b)
}

// columnSide is what placing one side's column needs of its labels: how
// many, the widest, their anchors' least and greatest x and y, and their
// heights' sum.
type columnSide struct {
	n                   int
	widest, lo, hi      float32
	top, bottom, height float32
}

func sideOf(items []columnItem, left bool) columnSide {
	s := columnSide{lo: math.MaxFloat32, hi: -math.MaxFloat32, top: math.MaxFloat32, bottom: -math.MaxFloat32}
	for _, it := range items {
		if it.left != left {
			continue
		}
		s.n++
		s.widest = max(s.widest, it.width)
		s.lo, s.hi = min(s.lo, it.ax), max(s.hi, it.ax)
		s.top, s.bottom = min(s.top, it.ay), max(s.bottom, it.ay)
		s.height += it.height
	}
	return s
}

// textWidth estimates the width of s in Go Regular at size pixels.
func textWidth(s string, size float32) float32 {
	return 0.5 * size * float32(len(s))
}

// labelMesh returns the model's mesh i, or past the model's meshes the
// overlay's.
func (r *Renderer) labelMesh(i int) *geom.Mesh {
	if i < len(r.model.Meshes) {
		return &r.model.Meshes[i]
	}
	return &r.over.meshes[i-len(r.model.Meshes)]
}
