package view

import (
	"math"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// FrameOptions says what a frame shows besides the model.
type FrameOptions struct {
	// Proportions chooses teaching proportions (the cord shortened) or
	// true scale.
	Proportions geom.Proportions
	// Moving asks for the coarser meshes, while the camera moves.
	Moving bool
	// Labels draws leader-line labels for the major parts.
	Labels bool
	// Highlight is the index of a mesh to brighten (the one under the
	// pointer), or -1.
	Highlight int
	// TextScale multiplies the size of labels (presenter mode).
	TextScale float32
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
	depth    []float32
	keys     []uint32
	tris     []uint64
	scratch  []uint64
	faces    []uint32
	faceMesh []uint16
	labels   []labelSpot
	// frameW and frameH are the last frame's size.
	frameW, frameH int
}

// NewRenderer prepares a model for drawing in both proportions.
func NewRenderer(m *geom.Model) *Renderer {
	r := &Renderer{model: m}
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
	return r
}

// Model returns the model the renderer draws.
func (r *Renderer) Model() *geom.Model { return r.model }

// warpMesh returns a mesh's positions and normals as proportion p draws
// them: a shortening along z scales normals' z the other way.
func warpMesh(m *geom.Mesh, p geom.Proportions) meshData {
	d := meshData{pos: make([]mgl32.Vec3, len(m.Positions)), nrm: make([]mgl32.Vec3, len(m.Normals)), idx: m.Indices, colors: m.Colors}
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

// The lighting: a key light from the camera's upper left, and ambient
// light so that nothing turns black.
const (
	ambient = 0.38
	diffuse = 0.62
)

// Frame draws the model as cam sees it into dl, at w × h pixels.
func (r *Renderer) Frame(dl *DrawList, cam *Camera, w, h int, opt FrameOptions) {
	w, h = max(w, 1), max(h, 1)
	dl.Reset(w, h)
	dl.Background = [4]float32{0.063, 0.078, 0.094, 1}
	r.frameW, r.frameH = w, h
	mvp := cam.matrices(w, h)
	m := &mvp
	right, up, back := cam.axes()
	light := back.Mul(0.8).Add(up.Mul(0.45)).Sub(right.Mul(0.4)).Normalize()
	eye := cam.Eye()
	coarse := 0
	if opt.Moving {
		coarse = 1
	}
	data := r.data[opt.Proportions][coarse]
	// Size every buffer once for the whole frame and write by index:
	// appending vertex by vertex costs more than the arithmetic.
	nv, nt := 0, 0
	for mi := range data {
		nv += len(data[mi].pos)
		nt += len(data[mi].idx) / 3
	}
	verts := grow(dl.Vertices, nv)
	r.depth = grow(r.depth, nv)
	r.keys = grow(r.keys, nv)
	tris := grow(r.tris, nt)
	faces := grow(r.faces, 3*nt)
	faceMesh := grow(r.faceMesh, nt)
	far := cam.Distance + 3000
	vi0, ti := 0, 0
	hw, hh := float32(w)/2, float32(h)/2
	for mi := range data {
		md := &data[mi]
		mesh := &r.model.Meshes[mi]
		base := uint32(vi0)
		boost := float32(1)
		if mi == opt.Highlight {
			boost = 1.35
		}
		for k, p := range md.pos {
			vi := vi0 + k
			// The projection, written out: mgl32's Mul4x1 copies the
			// matrix, and this loop runs for every vertex of every frame.
			cx := m[0]*p[0] + m[4]*p[1] + m[8]*p[2] + m[12]
			cy := m[1]*p[0] + m[5]*p[1] + m[9]*p[2] + m[13]
			cw := m[3]*p[0] + m[7]*p[1] + m[11]*p[2] + m[15]
			x, y := float32(0), float32(0)
			if cw > minDepth {
				x = hw + cx/cw*hw
				y = hh - cy/cw*hh
			}
			n := md.nrm[k]
			c := mesh.Color
			if md.colors != nil {
				c = md.colors[k]
			}
			ndl := n[0]*light[0] + n[1]*light[1] + n[2]*light[2]
			shade := ambient + diffuse*max(0, ndl)
			if mesh.Shell {
				// A translucent shell shows as a rim: clearer face on,
				// denser at its silhouette, like glass.
				shade = ambient + diffuse*abs(ndl)
				ex, ey, ez := eye[0]-p[0], eye[1]-p[1], eye[2]-p[2]
				facing := abs(n[0]*ex+n[1]*ey+n[2]*ez) / sqrt32(ex*ex+ey*ey+ez*ez)
				c[3] *= 0.55 + 1.3*(1-facing)
			}
			if boost != 1 {
				shade = min(1/max(c[0], c[1], c[2], 1e-3), shade*boost)
			}
			verts[vi] = Vertex{x, y, c[0] * shade, c[1] * shade, c[2] * shade, min(1, c[3])}
			r.depth[vi] = cw
			r.keys[vi] = uint32(max(0, min(1, cw/far)) * math.MaxUint16)
		}
		vi0 += len(md.pos)
		for i := 0; i+2 < len(md.idx); i += 3 {
			a, b, c := base+md.idx[i], base+md.idx[i+1], base+md.idx[i+2]
			if r.depth[a] <= minDepth || r.depth[b] <= minDepth || r.depth[c] <= minDepth {
				continue // behind the camera
			}
			va, vb, vc := &verts[a], &verts[b], &verts[c]
			area := (vb.X-va.X)*(vc.Y-va.Y) - (vb.Y-va.Y)*(vc.X-va.X)
			// Screen y runs down, so a face turned to the camera winds
			// clockwise on screen: negative area here. Shells too show
			// only their near face: what lies behind shows through it.
			if area >= 0 {
				continue
			}
			key := (r.keys[a] + r.keys[b] + r.keys[c]) / 3
			tris[ti] = uint64(key)<<keyShift | uint64(ti)
			faces[3*ti], faces[3*ti+1], faces[3*ti+2] = a, b, c
			faceMesh[ti] = uint16(mi)
			ti++
		}
	}
	dl.Vertices = verts
	r.tris, r.faces, r.faceMesh = tris[:ti], faces, faceMesh
	r.scratch = sortBackToFront(r.tris, r.scratch)
	idx := grow(dl.Indices, 3*ti)
	for i, t := range r.tris {
		n := uint32(t)
		copy(idx[3*i:3*i+3], faces[3*n:3*n+3])
	}
	dl.Indices = idx
	if opt.Labels {
		r.drawLabels(dl, mvp, opt)
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

// minDepth is the nearest a vertex may be to the camera and be drawn.
const minDepth = 1e-3

func abs(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
