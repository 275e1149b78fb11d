package view

import (
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
	// LabelFloor, when above 0 and under LabelMin, is the size in pixels
	// labels may still shrink to so that the longest name fits in two
	// lines (presenter mode's least is most of its size); else LabelMin.
	LabelFloor float32
	// Dim fades the model, 0 (not at all) to 1, so that an overlay (a
	// traced chain) stands out.
	Dim float32
	// DimKeepsSolid keeps what the look draws solid opaque under Dim:
	// greyed and darkened, never seen through, so that a cutaway still
	// shows one hemisphere whole and the other gone (lesion mode, whose
	// lesion and cut fibres lie in front of it). Without it a dimmed
	// solid part turns to glass, for a trace seen through the cortex.
	DimKeepsSolid bool
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
	// LabelKeepOff are parts of the label area that labels keep off,
	// besides the model: marks the overlay draws there (a section's side
	// letters). A zero Area is none.
	LabelKeepOff [4]Area
	// LabelFirst is words the labels serve (a tour's step's caption): the
	// parts it names are labelled first when there is room for only some.
	LabelFirst string
	// LabelSide, when LabelSided, is the side the lesions shown lie on:
	// of a part the caption names and its twin, the one on that side is
	// named first, the healthy one only if there is room.
	LabelSide  anatomy.Side
	LabelSided bool
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
	// planes are idx's triangles' planes, and centre and radius a sphere
	// holding pos, for drawFacing (facing.go).
	planes []plane
	centre mgl32.Vec3
	radius float32
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
	// Scratch for the mesh being drawn, by its vertex, as large as the
	// frame's largest: proj is it projected (drawMesh), out each
	// vertex's number in the list (drawFacing), used marks the vertices
	// its kept triangles use (all 0 between meshes), above, when
	// clipping, the vertices on the cut-away side, and deep a trace's
	// vertices below its stub.
	proj  []projected
	out   []int32
	used  []uint8
	above []bool
	deep  []bool
	// Per-frame scratch, kept for picking until the next frame. depth
	// is, by the list's vertex, its depth, for drawFacing.
	depth []float32
	// src is, for each of the list's vertices, its number among the
	// frame's meshes' vertices: vertex k of the mesh starting at base is
	// base+k.
	src []uint32
	// kept is, for the mesh being drawn, where in its indices each
	// triangle drawMesh keeps starts.
	kept    []uint32
	tris    []uint64
	scratch []uint64
	// counts is sortFaces' scratch, all 0 between frames.
	counts   *[1 << 16]uint32
	faces    []uint32
	faceMesh []uint16
	labels   []labelSpot
	// column, runs and leaders are scratch for laying out a column of
	// labels (layoutColumn), leaders the last frame's leader lines.
	column  []columnItem
	runs    []labelRun
	leaders []leader
	// room places the labels with no room in their column (labelroom.go).
	room labelRoom
	// best and bestPlaced are scratch for the labels' order in the free
	// room's best round and where it placed them (labels.go).
	best       []int
	bestPlaced []placedLabel
	// overFrom is where the last frame's overlay starts among the
	// list's vertices.
	overFrom int
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
	// twins are, by model mesh, the right copies of a labelled left part,
	// found when the model had twinsFor meshes (labeltwin.go).
	twins    [][]int32
	twinsFor int
}

// NewRenderer prepares a model for drawing in both proportions.
func NewRenderer(m *geom.Model) *Renderer {
	r := &Renderer{model: m, markerMesh: geom.UnitSphere(), counts: new([1 << 16]uint32)}
	r.marker = warpMesh(&r.markerMesh, geom.TrueScale)
	for _, p := range []geom.Proportions{geom.Teaching, geom.TrueScale} {
		for coarse := 0; coarse < 2; coarse++ {
			for i := range m.Meshes {
				mesh := &m.Meshes[i]
				if coarse == 1 && mesh.Coarse != nil {
					mesh = mesh.Coarse
				}
				d := withFaces(warpMesh(mesh, p), twinOf(r.data[geom.Teaching][coarse], i))
				r.data[p][coarse] = append(r.data[p][coarse], d)
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
	// eye is the camera's position, wScale the length of the matrix's
	// row for w (inFront).
	eye    mgl32.Vec3
	wScale float32
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
	// most is the most vertices of one mesh: the size of the scratch
	// drawMesh keeps a mesh at a time.
	nv, nt, most := 0, 0, 0
	sized := data
	if opt.Moving && opt.Dim > 0 {
		// Dimmed opaque meshes are drawn fine (below).
		sized = r.data[opt.Proportions][0]
	}
	for _, set := range [2][]meshData{sized, over} {
		for mi := range set {
			nv += len(set[mi].pos)
			nt += len(set[mi].idx) / 3
			most = max(most, len(set[mi].pos))
		}
	}
	nv += len(opt.Markers) * len(r.marker.pos)
	most = max(most, len(r.marker.pos))
	nt += len(opt.Markers) * len(r.marker.idx) / 3
	glass := r.planGlass(cam, opt)
	for i := range r.backs {
		if glass.drawsBack(&r.model.Meshes[r.backs[i].mesh]) {
			nv += len(r.backs[i].data[opt.Proportions].pos)
			nt += len(r.backs[i].data[opt.Proportions].idx) / 3
			most = max(most, len(r.backs[i].data[opt.Proportions].pos))
		}
	}
	r.proj = grow(r.proj, most)
	r.out = grow(r.out, most)
	r.depth = grow(r.depth, nv)
	r.used = grow(r.used, most)
	r.src = grow(r.src, nv+1) // one to spare: see number
	r.above = grow(r.above, most)
	r.deep = grow(r.deep, most)
	p := pass{
		clip: opt.Clip, clipZ: opt.ClipZ,
		m: mvp, hw: float32(w) / 2, hh: float32(h) / 2,
		light: back.Mul(0.8).Add(up.Mul(0.45)).Sub(right.Mul(0.4)).Normalize(),
		back:  back, invFar: 1 / (3 * (cam.Distance + 3000)),
		eye: cam.Eye(), wScale: mgl32.Vec3{mvp[3], mvp[7], mvp[11]}.Len(),
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
	oneSide, far := r.farHemisphere(cam)
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
		st.keepSolid = st.opaque && opt.DimKeepsSolid
		if opt.Moving && dim > 0 && st.opaque && !st.keepSolid && !behindNear(mesh, oneSide, far) {
			// Dimmed, an opaque mesh is seen through: its coarse level's
			// folds, sorted by large triangles, show through it as
			// shards. It is drawn as in the still frame, but for the
			// far hemisphere seen from one side: behind the near one's
			// faded surface its coarse folds blur as the glass look's do
			// (planGlass), and the frame costs a fifth less.
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
	r.overFrom = p.no
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
	idx := grow(dl.Indices, 3*p.ti)
	// Both of the sort's buffers as large as the frame's triangles may
	// be: they swap every frame.
	r.scratch = grow(r.scratch, nt)
	r.tris, r.scratch = sortFaces(r.tris, r.scratch, r.counts, p.faces, idx)
	dl.Indices = idx
	if opt.Labels {
		r.drawLabels(dl, mvp, cam.Eye(), up, right, p.invFar, opt)
	}
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
