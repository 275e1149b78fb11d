package view

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// FrameOptions says what a frame shows besides the model.
type FrameOptions struct {
	// Proportions chooses teaching proportions (the cord shortened) or
	// true scale.
	Proportions geom.Proportions
	// Look is how the real anatomy's surfaces are drawn: glass (the
	// default), opaque or cut away.
	Look geom.Look
	// Moving asks for the coarser meshes, while the camera moves.
	Moving bool
	// Labels draws leader-line labels for the major parts.
	Labels bool
	// Highlight is the index of a mesh to brighten (the one under the
	// pointer), or -1.
	Highlight int
	// TextScale multiplies the size of labels (presenter mode).
	TextScale float32
	// LabelSize, when above 0, is the labels' size in pixels, chosen by
	// a caller that knows the device pixel ratio; TextScale is then
	// ignored.
	LabelSize float32
	// LabelMin, when above 0, is the smallest size in pixels labels
	// shrink to when long names crowd the area: a name that still does
	// not fit is left out.
	LabelMin float32
	// Dim fades the model, 0 (not at all) to 1, so that an overlay (a
	// traced chain) stands out.
	Dim float32
	// Markers are drawn over everything else this frame.
	Markers []Marker
	// Light draws labels for a light background (a picture for slides).
	Light bool
	// Clip cuts away everything below the height ClipZ (in the frame's
	// proportions), so that a section's cut face shows to a camera below
	// it, as a scan is seen.
	Clip  bool
	ClipZ float32
	// LabelArea is the part of the frame the overlay leaves free (panels
	// and captions cover the rest): labels, their leader lines and the
	// anchors they name stay inside it. The zero Area is the whole frame.
	LabelArea Area
}

// Area is a rectangle of a frame in pixels, from (X0, Y0) at its top left
// to (X1, Y1).
type Area struct {
	X0, Y0, X1, Y1 float32
}

// meshData is one mesh's geometry as a proportion draws it.
type meshData struct {
	pos, nrm []mgl32.Vec3
	idx      []uint32
	colors   [][4]float32
}

// A frame's triangle is a uint64: its 16-bit depth key above bit 32, its
// number in the frame (an index into faces and faceMesh) below. Sorting
// eight bytes a triangle instead of the whole triangle halves the memory
// the sort moves.
const keyShift = 32

// Renderer draws a model into DrawLists. It keeps every buffer between
// frames, so that drawing allocates nothing once warmed up; it is not safe
// for concurrent use.
type Renderer struct {
	model *geom.Model
	// data holds each mesh per proportion and detail: [proportion][coarse].
	data [2][2][]meshData
	// Per-frame scratch, kept for picking until the next frame.
	proj []projected
	// out is, for each vertex of the frame's meshes, its number in the
	// list's vertices once lit, or -1; src is the other way round.
	out []int32
	src []uint32
	// above marks, when clipping, the vertices on the cut-away side.
	above []bool
	// deep marks, when clipping, a trace's vertices below its stub.
	deep     []bool
	tris     []uint64
	scratch  []uint64
	faces    []uint32
	faceMesh []uint16
	labels   []labelSpot
	// points are the points hideLabels tests, cells its grid of them,
	// keys the depth keys of the frame's triangles by number.
	cells  []uint64
	keys   []uint16
	points []labelPoint
	// shown is, by model mesh, which point of its label the last still
	// frame chose, or notShown.
	shown []int8
	// backs are the cortex's far sides, for the glass look.
	backs []backMesh
	// frameW and frameH are the last frame's size.
	frameW, frameH int
	// over is what a mode draws over the model; marker is the shape of
	// the markers, with markerMesh to carry their colour.
	over       overlay
	marker     meshData
	markerMesh geom.Mesh
	// lastData and meshStart are the last frame's model meshes (each at
	// the detail it was drawn at) and where
	// each one's vertices start (notDrawn when the look hid it), for
	// PickPoint; solid says which of them a click does not see through.
	lastData  []*meshData
	meshStart []int
	solid     []bool
	// overStart is where each overlay mesh's vertices start in the last
	// frame, as meshStart for the model.
	overStart []int
	// opaque says which of them the look drew solid: what hides a
	// label's anchor (hideLabels).
	opaque []bool
	// cutSide is the hemisphere the cutaway look hid last: it changes
	// only once the camera is clearly on the other side.
	cutSide anatomy.Side
	// cutBack says the quadrant look cut the back quarter last (the
	// front one at first).
	cutBack bool
	// still is what FrameIfChanged needs to skip an unchanged frame.
	still still
}

// NewRenderer prepares a model for drawing in both proportions.
func NewRenderer(m *geom.Model) *Renderer {
	r := &Renderer{model: m, markerMesh: geom.UnitSphere()}
	r.marker = warpMesh(&r.markerMesh, geom.TrueScale)
	for _, p := range []geom.Proportions{geom.Teaching, geom.TrueScale} {
		for coarse := 0; coarse < 2; coarse++ {
			for i := range m.Meshes {
				mesh := &m.Meshes[i]
				if coarse == 1 && mesh.Coarse != nil {
					mesh = mesh.Coarse
				}
				r.data[p][coarse] = append(r.data[p][coarse], warpMesh(mesh, p))
			}
		}
	}
	r.prepareBacks()
	return r
}

// Model returns the model the renderer draws.
func (r *Renderer) Model() *geom.Model { return r.model }

// warpMesh returns a mesh's positions and normals as proportion p draws
// them: a shortening along z scales normals' z the other way. Where p
// moves none of the mesh (true scale, or all of it above the foramen) the
// mesh's own slices are shared, not copied: the frame only reads them, and
// most of the model (the hemispheres) is the same in both proportions, so
// start-up copies and the heap keeps only the parts below the foramen twice.
func warpMesh(m *geom.Mesh, p geom.Proportions) meshData {
	d := meshData{pos: m.Positions, nrm: m.Normals, idx: m.Indices, colors: m.Colors}
	if !warps(m, p) {
		return d
	}
	d.pos, d.nrm = make([]mgl32.Vec3, len(m.Positions)), make([]mgl32.Vec3, len(m.Normals))
	for i, v := range m.Positions {
		d.pos[i] = p.Warp(v)
		n := m.Normals[i]
		if p == geom.Teaching && v[2] < geom.ForamenZ {
			n[2] /= geom.CordScale
			n = n.Normalize()
		}
		d.nrm[i] = n
	}
	return d
}

// warps reports whether proportion p moves any vertex of m.
func warps(m *geom.Mesh, p geom.Proportions) bool {
	if p != geom.Teaching {
		return false
	}
	for _, v := range m.Positions {
		if v[2] < geom.ForamenZ {
			return true
		}
	}
	return false
}

// The lighting: a key light from the camera's upper left, and ambient
// light so that nothing turns black.
const (
	ambient = 0.38
	diffuse = 0.62
)

// pass is one frame being drawn: the camera's numbers and the buffers
// being filled.
type pass struct {
	m      mgl32.Mat4
	hw, hh float32
	light  mgl32.Vec3
	// back points from the target to the camera.
	back   mgl32.Vec3
	invFar float32
	clip   bool
	clipZ  float32
	// verts are the list's vertices, no of them written so far.
	verts    []Vertex
	no       int
	tris     []uint64
	faces    []uint32
	faceMesh []uint16
	vi, ti   int
}

// Frame draws the model as cam sees it into dl, at w × h pixels, with the
// overlay and markers over it.
func (r *Renderer) Frame(dl *DrawList, cam *Camera, w, h int, opt FrameOptions) {
	w, h = max(w, 1), max(h, 1)
	r.prepareLook(opt.Look)
	// Another frame is drawn: the one FrameIfChanged kept is no longer
	// the one picking answers for.
	r.still.valid = false
	dl.Reset(w, h)
	dl.Background = [4]float32{0.063, 0.078, 0.094, 1}
	r.frameW, r.frameH = w, h
	mvp := cam.matrices(w, h)
	right, up, back := cam.axes()
	coarse := 0
	if opt.Moving {
		coarse = 1
	}
	data := r.data[opt.Proportions][coarse]
	over := r.over.data[opt.Proportions][coarse]
	// Size every buffer once for the whole frame and write by index:
	// appending vertex by vertex costs more than the arithmetic.
	nv, nt := 0, 0
	sized := data
	if opt.Moving && opt.Dim > 0 {
		// Dimmed opaque meshes are drawn fine (below).
		sized = r.data[opt.Proportions][0]
	}
	for _, set := range [2][]meshData{sized, over} {
		for mi := range set {
			nv += len(set[mi].pos)
			nt += len(set[mi].idx) / 3
		}
	}
	nv += len(opt.Markers) * len(r.marker.pos)
	nt += len(opt.Markers) * len(r.marker.idx) / 3
	glass := r.planGlass(cam, opt)
	for i := range r.backs {
		if glass.drawsBack(&r.model.Meshes[r.backs[i].mesh]) {
			nv += len(r.backs[i].data[opt.Proportions].pos)
			nt += len(r.backs[i].data[opt.Proportions].idx) / 3
		}
	}
	r.proj = grow(r.proj, nv)
	r.out = grow(r.out, nv)
	r.src = grow(r.src, nv)
	r.above = grow(r.above, nv)
	r.deep = grow(r.deep, nv)
	p := pass{
		clip: opt.Clip, clipZ: opt.ClipZ,
		m: mvp, hw: float32(w) / 2, hh: float32(h) / 2,
		light: back.Mul(0.8).Add(up.Mul(0.45)).Sub(right.Mul(0.4)).Normalize(),
		back:  back, invFar: 1 / (3 * (cam.Distance + 3000)),
		verts: grow(dl.Vertices, nv), tris: grow(r.tris, nt), faces: grow(r.faces, 3*nt), faceMesh: grow(r.faceMesh, nt),
	}
	dim := max(0, min(1, opt.Dim))
	r.lastData = growMeshes(r.lastData, len(data))
	r.meshStart = grow(r.meshStart, len(data))
	r.solid = grow(r.solid, len(data))
	r.opaque = grow(r.opaque, len(data))
	if opt.Look == geom.Cutaway || opt.Look == geom.Quadrant {
		r.cutSide = nearSide(cam.Eye(), r.model.Centre, cam.Distance, r.cutSide)
		r.cutBack = !nearFront(cam.Eye(), r.model.Centre, cam.Distance, !r.cutBack)
	}
	quarter := geom.QuarterOf(r.cutSide, !r.cutBack)
	for mi := range data {
		mesh := &r.model.Meshes[mi]
		st := styleOf(mesh, opt.Look, r.cutSide, quarter)
		r.solid[mi] = !st.shell || mesh.PickFirst
		r.opaque[mi] = st.opaque && !st.hidden
		r.lastData[mi] = &data[mi]
		if st.hidden {
			r.meshStart[mi] = notDrawn
			continue
		}
		r.meshStart[mi] = p.vi
		boost := float32(1)
		if mi == opt.Highlight {
			boost = 1.35
		}
		md := &data[mi]
		if glass.seenThrough(mesh) {
			md = &r.data[opt.Proportions][1][mi]
		}
		if opt.Moving && dim > 0 && st.opaque {
			// Dimmed, an opaque mesh is seen through: its coarse level's
			// folds, sorted by large triangles, show through it as
			// shards. It is drawn as in the still frame.
			md = &r.data[opt.Proportions][0][mi]
		}
		r.lastData[mi] = md
		r.drawMesh(&p, md, mesh, st, mi, boost, dim, mgl32.Vec3{}, 1)
	}
	for i := range r.backs {
		b := &r.backs[i]
		if mesh := &r.model.Meshes[b.mesh]; glass.drawsBack(mesh) {
			r.drawMesh(&p, &b.data[opt.Proportions], mesh, style{shell: true, back: true}, backFace, 1, dim, mgl32.Vec3{}, 1)
		}
	}
	r.overStart = grow(r.overStart, len(over))
	for oi := range over {
		mesh := &r.over.meshes[oi]
		r.overStart[oi] = p.vi
		r.drawMesh(&p, &over[oi], mesh, style{shell: mesh.Shell}, len(r.model.Meshes)+oi, 1, 0, mgl32.Vec3{}, 1)
	}
	for _, mk := range opt.Markers {
		r.markerMesh.Color = mk.Color
		r.drawMesh(&p, &r.marker, &r.markerMesh, style{}, len(r.model.Meshes)+len(over), 1.5, 0, mk.Pos, mk.Radius)
	}
	dl.Vertices = p.verts[:p.no]
	r.tris, r.faces, r.faceMesh = p.tris[:p.ti], p.faces, p.faceMesh
	if opt.Labels && opt.Look != geom.Glass {
		// Kept in the order the triangles were made, which follows the
		// list's vertices, for hideLabels.
		r.keys = grow(r.keys, p.ti)
		for i, t := range r.tris {
			r.keys[i] = uint16(t >> keyShift)
		}
	}
	r.scratch = sortBackToFront(r.tris, r.scratch)
	idx := grow(dl.Indices, 3*p.ti)
	for i, t := range r.tris {
		n := uint32(t)
		f, d := p.faces[3*n:3*n+3:3*n+3], idx[3*i:3*i+3:3*i+3]
		d[0], d[1], d[2] = f[0], f[1], f[2]
	}
	dl.Indices = idx
	if opt.Labels {
		r.drawLabels(dl, mvp, cam.Eye(), up, right, p.invFar, opt)
	}
}

// drawMesh projects, culls and lights one mesh into the pass: moved to
// at and scaled by scale (markers), brightened by boost, dimmed by dim (the
// model behind a trace). Only the vertices of triangles that face the
// camera are lit: on a closed surface that is about half of them.
func (r *Renderer) drawMesh(p *pass, md *meshData, mesh *geom.Mesh, st style, mi int, boost, dim float32, at mgl32.Vec3, scale float32) {
	m := &p.m
	base := uint32(p.vi)
	// A section's own cut face and marks lie on its plane: never cut.
	clip := p.clip && mesh.Group != "section"
	// The model is cut away on the camera's side of the section, so that
	// its cut face shows; a trace is kept only in a thin slab on that
	// side, where it crosses the section (nearSideOnly).
	slab := clip && r.nearSideOnly(mesh)
	proj := r.proj[p.vi : p.vi+len(md.pos)]
	behind := false
	for k, q := range md.pos {
		if scale != 1 {
			q = at.Add(q.Mul(scale))
		}
		// The projection, written out: mgl32's Mul4x1 copies the
		// matrix, and this loop runs for every vertex of every frame.
		cx := m[0]*q[0] + m[4]*q[1] + m[8]*q[2] + m[12]
		cy := m[1]*q[0] + m[5]*q[1] + m[9]*q[2] + m[13]
		cw := m[3]*q[0] + m[7]*q[1] + m[11]*q[2] + m[15]
		x, y := float32(0), float32(0)
		if cw > minDepth {
			x = p.hw + cx/cw*p.hw
			y = p.hh - cy/cw*p.hh
		} else {
			behind = true
		}
		proj[k] = projected{x: x, y: y, w: cw}
		if clip {
			r.above[p.vi+k] = (q[2] < p.clipZ) != slab
			r.deep[p.vi+k] = slab && q[2] < p.clipZ-traceStub
		}
	}
	p.vi += len(md.pos)
	sh := shader{r: r, p: p, md: md, mesh: mesh, st: st, base: base, boost: boost, dim: dim}
	out := r.out[base : base+uint32(len(md.pos))]
	for k := range out {
		out[k] = -1
	}
	idx := md.idx[:len(md.idx)/3*3]
	for i := 0; i < len(idx); i += 3 {
		t := idx[i : i+3 : i+3]
		ka, kb, kc := t[0], t[1], t[2]
		va, vb, vc := &proj[ka], &proj[kb], &proj[kc]
		if behind && (va.w <= minDepth || vb.w <= minDepth || vc.w <= minDepth) {
			continue // behind the camera
		}
		// Screen y runs down, so a face turned to the camera winds
		// clockwise on screen: negative area here. Shells too show
		// only their near face here; their far side is drawn as a mesh
		// of its own, its triangles wound the other way (farSide).
		if (vb.x-va.x)*(vc.y-va.y)-(vb.y-va.y)*(vc.x-va.x) >= 0 {
			continue
		}
		if clip && r.above[base+ka] && r.above[base+kb] && r.above[base+kc] {
			continue // cut away on the section's near side (far side for a trace)
		}
		if slab && r.deep[base+ka] && r.deep[base+kb] && r.deep[base+kc] {
			continue // a trace past its stub below the section
		}
		// Lit vertices are written one after another, in the order
		// triangles first use them: the list holds only those in use.
		a, b, c := out[ka], out[kb], out[kc]
		if a < 0 {
			a = sh.light(ka, *va)
			out[ka] = a
		}
		if b < 0 {
			b = sh.light(kb, *vb)
			out[kb] = b
		}
		if c < 0 {
			c = sh.light(kc, *vc)
			out[kc] = c
		}
		// The key: the mean depth as a share of the farthest, in 16
		// bits. Written with comparisons, not min and max, which pay
		// for NaN handling on every triangle.
		d := (va.w + vb.w + vc.w) * p.invFar
		key := uint64(0)
		if d >= 1 {
			key = math.MaxUint16
		} else if d > 0 {
			key = uint64(d * math.MaxUint16)
		}
		p.tris[p.ti] = key<<keyShift | uint64(p.ti)
		f := p.faces[3*p.ti : 3*p.ti+3 : 3*p.ti+3]
		f[0], f[1], f[2] = uint32(a), uint32(b), uint32(c)
		p.faceMesh[p.ti] = uint16(mi)
		p.ti++
	}
}

// projected is a vertex of the frame on screen: its pixel and its depth
// (clip w).
type projected struct{ x, y, w float32 }

// shader lights the vertices of one mesh as drawMesh finds them in use.
type shader struct {
	r          *Renderer
	p          *pass
	md         *meshData
	mesh       *geom.Mesh
	st         style
	base       uint32
	boost, dim float32
}

// light writes vertex k of the mesh, at pr on screen, as the pass's next
// vertex, and returns its number.
func (s *shader) light(k uint32, pr projected) int32 {
	p := s.p
	n := s.md.nrm[k]
	c := s.mesh.Color
	if s.md.colors != nil {
		c = s.md.colors[k]
	}

	ndl := n[0]*p.light[0] + n[1]*p.light[1] + n[2]*p.light[2]
	shade := float32(ambient)
	if ndl > 0 {
		shade += diffuse * ndl
	}
	if s.st.opaque {
		c[3] = 1
	}
	if s.st.shell {
		// A translucent shell shows as a rim: clearer face on,
		// denser at its silhouette, like glass.
		shade = ambient + diffuse*abs(ndl)
		// Facing is measured against the camera's axis, not the ray to
		// each vertex: at a 30° field of view the two differ by under
		// 4 %, and the axis spares a square root and a division for
		// every vertex of the glass brain.
		facing := abs(n[0]*p.back[0] + n[1]*p.back[1] + n[2]*p.back[2])
		c[3] *= 0.55 + 1.3*(1-facing)
		if s.st.back {
			// The far side is seen through the near one, blurred: a
			// fainter, darker echo, so that its gyri read without
			// veiling the pathways in front of it.
			c[3] *= backAlpha
			shade *= backShade
		}
	}
	if s.boost != 1 {
		shade = min(1/max(c[0], c[1], c[2], 1e-3), shade*s.boost)
	}
	if dim := s.dim; dim > 0 {
		// Dimmed parts fade and lose their colour, so that what is
		// lit stands out.
		fade := 1 - 0.8*dim
		grey := (c[0] + c[1] + c[2]) / 3
		c[0], c[1], c[2] = c[0]+(grey-c[0])*dim, c[1]+(grey-c[1])*dim, c[2]+(grey-c[2])*dim
		c[3] *= fade
		shade *= fade
	}
	if c[3] > 1 {
		c[3] = 1
	}
	i := p.no
	p.verts[i] = Vertex{pr.x, pr.y, c[0] * shade, c[1] * shade, c[2] * shade, c[3]}
	s.r.src[i] = s.base + k
	p.no++
	return int32(i)
}

// grow returns s with length n, reusing its storage when it is large
// enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// growMeshes is grow for mesh pointers, written out: a generic function
// instantiated over a type holding mathgl vectors puts those types in the
// browser build's interface tables (linker_test in cmd/decussate).
func growMeshes(s []*meshData, n int) []*meshData {
	if cap(s) < n {
		return make([]*meshData, n, n+n/4)
	}
	return s[:n]
}

// minDepth is the nearest a vertex may be to the camera and be drawn.
const minDepth = 1e-3

func abs(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
