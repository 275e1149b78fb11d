package view

import (
	"math/bits"
	"strings"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// Labels in the solid looks. A label names a part by a leader line to its
// anchor; in the opaque, cutaway and quadrant looks the cortex, and in the
// opaque look the cerebellum and brainstem, hide what lies behind them, so
// that a label of the pons would point at the temporal lobe. A label whose
// anchor lies behind another part the look draws solid points instead at
// the part's point nearest the camera, or else its top or its outer edge
// on screen, if that shows (the thalamus on the quadrant's floor, its anchor under the
// lentiform nucleus), and is left out if none does. All the points are
// tested in one pass over a still frame's own triangles, each solid one
// only against the points in the grid cells it covers and farther than
// it; a moving frame keeps what the last still frame found, so that
// turning the model costs nothing more, and the labels settle when it
// stops.

// A solid triangle of another part hides a point when it lies nearer at
// all: what is seen at the pixel is then that part, however little in
// front (the paracentral lobule over the edge of the precentral gyrus,
// the medial cortex over the thalamus), and a label there would name
// what is not seen. The label's own part does not hide it (partOf).

// ownFoldMM is how much nearer than a point (mm) the label's own part
// must lie to hide it, for the cortex as a whole (partOf): the walls of
// the sulcus its anchor may lie in do not, but the other side of the
// hemisphere, turned away, does.
const ownFoldMM = 20

// labelView is what hideLabels needs of the frame: its projection, the
// eye and the camera's up and right, the area labels may point into, and invFar,
// which turns depths into the triangles' depth keys.
type labelView struct {
	mvp            mgl32.Mat4
	eye, up, right mgl32.Vec3
	area           Area
	w, h           float32
	invFar         float32
}

// labelPoint is a point a label may point at: its pixel, its depth key,
// the label's number, which of the label's points it is and whether a
// solid part hides it.
type labelPoint struct {
	x, y float32
	key  uint64
	// near is the depth key the label's own part must lie under to hide
	// the point (ownFoldMM nearer; see partOf).
	near   uint64
	label  int
	kind   int8
	hidden bool
}

// The points tried for a label, in order of preference.
const (
	atAnchor = iota
	atNearest
	atTop
	atSide
	pointKinds
)

// maxPoints is how many points one pass tests: one bit each in the grid.
// A frame names up to a score of parts; the anchors come first, so that
// past the limit only fallbacks are lost.
const maxPoints = 64

// hideLabels moves to another point, or drops from r.labels, the labels
// of model parts whose anchor a triangle of another part the frame drew
// solid (r.opaque) hides; overlay labels (a section's) stay. A moving
// frame (moving) reuses the last still frame's findings (r.shown), if
// any.
func (r *Renderer) hideLabels(dl *DrawList, v *labelView, moving bool) {
	if moving && len(r.shown) == len(r.model.Meshes) {
		r.reuseShown(v)
		return
	}
	r.shown = grow(r.shown, len(r.model.Meshes))
	for i := range r.shown {
		r.shown[i] = notShown
	}
	r.points = r.points[:0]
	for kind := range pointKinds {
		for i := range r.labels {
			l := &r.labels[i]
			if l.mesh >= len(r.model.Meshes) || len(r.points) == maxPoints {
				continue
			}
			p := labelPoint{x: l.x, y: l.y, key: depthKey(l.w, v.invFar), near: depthKey(l.w-ownFoldMM, v.invFar), label: i, kind: int8(kind)}
			if kind == atAnchor || r.partPoint(&p, l.mesh, v, kind, l.x > v.w/2) {
				r.points = append(r.points, p)
			}
		}
	}
	r.occlude(dl)
	// The first point that shows of each label tested, in order of
	// preference; a label past the points tested stays.
	for i := range r.labels {
		r.labels[i].hidden = false
	}
	for _, p := range r.points {
		if p.kind == atAnchor {
			r.labels[p.label].hidden = true
		}
	}
	for _, p := range r.points {
		if l := &r.labels[p.label]; l.hidden && !p.hidden {
			l.x, l.y, l.hidden = p.x, p.y, false
			r.shown[l.mesh] = p.kind
		}
	}
	for _, l := range r.labels {
		if !l.hidden && l.mesh < len(r.shown) && r.shown[l.mesh] == notShown {
			r.shown[l.mesh] = atAnchor // untested
		}
	}
	r.dropHidden()
}

// notShown marks, in r.shown, a part whose label the last still frame
// left out.
const notShown = -1

// reuseShown applies the last still frame's findings to a moving frame's
// labels: each points where it pointed then (its anchor, its nearest
// point or its top, found anew), or is left out.
func (r *Renderer) reuseShown(v *labelView) {
	for i := range r.labels {
		l := &r.labels[i]
		if l.mesh >= len(r.model.Meshes) {
			l.hidden = false
			continue
		}
		kind := r.shown[l.mesh]
		l.hidden = kind == notShown
		if kind > atAnchor {
			var p labelPoint
			if r.partPoint(&p, l.mesh, v, int(kind), l.x > v.w/2) {
				l.x, l.y = p.x, p.y
			} else {
				l.hidden = true
			}
		}
	}
	r.dropHidden()
}

// dropHidden drops the labels hideLabels hid.
func (r *Renderer) dropHidden() {
	kept := r.labels[:0]
	for _, l := range r.labels {
		if !l.hidden {
			kept = append(kept, l)
		}
	}
	r.labels = kept
}

// depthKey returns the depth key a triangle hiding a point at depth w
// must lie under: a triangle's key is the sum of its corners' depths
// times invFar, so the point counts three times.
func depthKey(w, invFar float32) uint64 {
	const keyScale = 1<<16 - 1
	d := 3 * w * invFar * keyScale
	if d <= 0 {
		return 0
	}
	return uint64(min(d, keyScale))
}

// labelCell is the side (pixels) of the grid occlude files the points in,
// so that a triangle is tested only against the points in the cells its
// bounds cover: most cover none.
const labelCell = 32

// occlude marks hidden the points that a solid triangle of another part
// (hides) covers nearer than them.
func (r *Renderer) occlude(dl *DrawList) {
	gw, gh := dl.Width/labelCell+1, dl.Height/labelCell+1
	r.cells = grow(r.cells, gw*gh)
	clear(r.cells)
	deepest := uint64(0)
	for i := range r.points {
		p := &r.points[i]
		deepest = max(deepest, p.key)
		r.cells[p.cell(gw, gh)] |= 1 << i
	}
	pending := len(r.points)
	verts := dl.Vertices
	maxX, maxY := float32(gw*labelCell-1), float32(gh*labelCell-1)
	// The triangles in the order they were made, not sorted: their
	// vertices then come one after another in the list, and reading them
	// costs a tenth as much.
	// Triangles come mesh by mesh: whether one hides is worked out once
	// a mesh.
	lastMesh, hides := -1, false
	for n := range min(len(r.keys), len(r.faceMesh)) {
		if pending == 0 {
			break
		}
		mi := int(r.faceMesh[n])
		if mi != lastMesh {
			lastMesh, hides = mi, r.hides(mi)
		}
		if !hides {
			continue
		}
		key := uint64(r.keys[n])
		if key >= deepest {
			continue // farther than every point
		}
		f := r.faces[3*n : 3*n+3 : 3*n+3]
		a, b, c := &verts[f[0]], &verts[f[1]], &verts[f[2]]
		// Bounds written with comparisons, not min and max, which pay
		// for NaN handling.
		x0, x1 := a.X, a.X
		if b.X < x0 {
			x0 = b.X
		} else if b.X > x1 {
			x1 = b.X
		}
		if c.X < x0 {
			x0 = c.X
		} else if c.X > x1 {
			x1 = c.X
		}
		y0, y1 := a.Y, a.Y
		if b.Y < y0 {
			y0 = b.Y
		} else if b.Y > y1 {
			y1 = b.Y
		}
		if c.Y < y0 {
			y0 = c.Y
		} else if c.Y > y1 {
			y1 = c.Y
		}
		if x1 < 0 || y1 < 0 || x0 > maxX || y0 > maxY {
			continue // off the screen
		}
		mask := uint64(0)
		for cy := max(0, int(y0)) / labelCell; cy <= min(int(maxY), int(y1))/labelCell; cy++ {
			for cx := max(0, int(x0)) / labelCell; cx <= min(int(maxX), int(x1))/labelCell; cx++ {
				mask |= r.cells[cy*gw+cx]
			}
		}
		for ; mask != 0; mask &= mask - 1 {
			k := bits.TrailingZeros64(mask)
			p := &r.points[k]
			if key >= p.key || p.x < x0 || p.x > x1 || p.y < y0 || p.y > y1 || key >= p.near && r.partOf(mi, r.labels[p.label].mesh) {
				continue
			}
			if inside(p.x, p.y, *a, *b, *c) {
				p.hidden = true
				r.cells[p.cell(gw, gh)] &^= 1 << k
				pending--
			}
		}
	}
}

// hides tells whether model mesh mi, as the last frame drew it, hides
// what lies behind it: made solid by the look, or a part drawn with no
// transparency at all (a pathway's tube in front of the caudate nucleus
// seen through the quadrant's opening).
func (r *Renderer) hides(mi int) bool {
	if mi >= len(r.opaque) || mi >= len(r.model.Meshes) {
		return false
	}
	m := &r.model.Meshes[mi]
	return r.opaque[mi] || !m.Shell && m.Colors == nil && m.Color[3] >= 1
}

// cell returns the number of the grid's cell (gw × gh cells of labelCell
// pixels) that p lies in.
func (p *labelPoint) cell(gw, gh int) int {
	cx := min(gw-1, max(0, int(p.x)/labelCell))
	cy := min(gh-1, max(0, int(p.y)/labelCell))
	return cy*gw + cx
}

// partPoint sets p to model mesh's vertex, as the frame drew the mesh,
// of kind: nearest the eye, highest on screen, or outermost on screen
// toward its right (right) or left edge; and reports whether that lies
// on screen in the area.
func (r *Renderer) partPoint(p *labelPoint, mesh int, v *labelView, kind int, right bool) bool {
	if r.meshStart[mesh] == notDrawn {
		return false
	}
	toward := v.up
	if kind == atSide {
		toward = v.right
		if !right {
			toward = toward.Mul(-1)
		}
	}
	pos := r.lastData[mesh].pos
	quarter := r.model.Meshes[mesh].Quarter
	best, least := -1, float32(0)
	for i, q := range pos {
		if geom.NearCut(quarter, q) {
			continue // the cut's edge: the line would name the cap
		}
		d := -q.Dot(toward)
		if kind == atNearest {
			d = q.Sub(v.eye).LenSqr()
		}
		if best < 0 || d < least {
			best, least = i, d
		}
	}
	if best < 0 {
		return false
	}
	clip := v.mvp.Mul4x1(pos[best].Vec4(1))
	if clip[3] <= 1e-3 {
		return false
	}
	x, y := v.w/2+clip[0]/clip[3]*v.w/2, v.h/2-clip[1]/clip[3]*v.h/2
	if x < v.area.X0 || x > v.area.X1 || y < v.area.Y0 || y > v.area.Y1 {
		return false
	}
	p.x, p.y, p.key, p.near = x, y, depthKey(clip[3], v.invFar), depthKey(clip[3]-ownFoldMM, v.invFar)
	return true
}

// partOf reports whether model mesh mi is (part of) what label mesh names:
// the mesh itself, or, for the label of a hemisphere's cortex as a whole,
// any part of that hemisphere's surface, whose sulci the anchor may lie
// in; such a part hides the label's point only from ownFoldMM nearer.
func (r *Renderer) partOf(mi, mesh int) bool {
	if mi == mesh {
		return true
	}
	named, m := &r.model.Meshes[mesh], &r.model.Meshes[mi]
	return named.Cortex && m.Cortex && m.Side == named.Side && strings.HasPrefix(named.ID, wholeCortex)
}

// wholeCortex begins the id of the part of a hemisphere's surface named
// for the cerebral cortex as a whole (geom's cortexRegions).
const wholeCortex = "hemisphere."
