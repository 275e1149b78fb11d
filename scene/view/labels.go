package view

import (
	"sort"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// labelSpot is one label being placed: its anchor on screen and the mesh.
type labelSpot struct {
	x, y float32
	mesh int
	left bool
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

// drawLabels names the major parts in the margins of the free area, each
// with a leader line to its anchor, stacked so that no two overlap; in a
// solid look, only the parts whose anchor shows (hideLabels).
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
		r.labels = append(r.labels, labelSpot{x: x, y: y, mesh: i, left: x < mid, w: clip[3]})
	}
	if opt.Look != geom.Glass {
		r.hideLabels(dl, &labelView{mvp: mvp, eye: eye, up: up, right: right, area: area, w: w, h: h, invFar: invFar}, opt.Moving)
		for i := range r.labels {
			r.labels[i].left = r.labels[i].x < mid
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
	// are left out rather than made tiny.
	column := 0.4 * (area.X1 - area.X0)
	longest := 0
	for _, l := range r.labels {
		longest = max(longest, len(r.labelMesh(l.mesh).Name))
	}
	if longest > 0 {
		least := max(11, size*0.75)
		if opt.LabelMin > 0 {
			least = opt.LabelMin
		}
		size = max(min(size, column/(0.5*float32(longest))), min(size, least))
	}
	kept := r.labels[:0]
	for _, l := range r.labels {
		if textWidth(r.labelMesh(l.mesh).Name, size) <= column {
			kept = append(kept, l)
		}
	}
	r.labels = kept
	text, leader := labelColor, leaderColor
	if opt.Light {
		text, leader = darkLabelColor, darkLeaderColor
	}
	margin := size * 0.8
	gap := size * 1.5
	for _, left := range []bool{true, false} {
		// Each column is as wide as its longest name, estimated from an
		// average glyph width, so that names stay on the screen.
		widest := float32(0)
		for _, l := range r.labels {
			if l.left == left {
				widest = max(widest, textWidth(r.labelMesh(l.mesh).Name, size))
			}
		}
		next := area.Y0 + gap
		for _, l := range r.labels {
			if l.left != left {
				continue
			}
			y := max(l.y, next)
			if y > area.Y1-size*0.3 {
				// Pushed down past the free area by the names above it:
				// this one and those below are left out.
				break
			}
			next = y + gap
			x, tx, align := area.X0+margin+widest+size*0.3, area.X0+margin+widest, AlignRight
			if !left {
				x, tx, align = area.X1-margin-widest-size*0.3, area.X1-margin-widest, AlignLeft
			}
			dl.Line(x, y-size*0.3, l.x, l.y, max(1, size/10), leader)
			dl.Label(tx, y, size, text, align, r.labelMesh(l.mesh).Name)
		}
	}
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
