package view

import (
	"math"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// How most meshes are drawn: the usual frame sees each whole, in front of
// the camera and not cut by a section. Such a mesh's triangles turned away
// are culled against their planes, kept from start-up, and the camera's
// eye, not on screen: a sequential read of the planes instead of a random
// read of three projected corners a triangle, for all of the mesh's
// triangles. Only the vertices the kept triangles use, about three in
// five, are then projected (projectUsed) and lit (shade), and the
// triangles' depth keys summed from their corners' depths in the list's
// order, where the corners of neighbouring triangles lie together.
//
// Against the plane the facing is the one on screen, for a camera in
// perspective: the two tests differ only in rounding, for a triangle seen
// edge on (at most a few thousandths of a square pixel on screen,
// TestPlanesCullAsScreen), whose drawing or not no one sees.

// plane is a triangle's plane: a normal (toward the side its corners wind
// counter-clockwise seen from) and the normal's dot product with its
// corners. A degenerate triangle's plane is all 0: never facing.
type plane [4]float32

// facePlanes returns the planes of idx's triangles, of vertices pos.
func facePlanes(pos []mgl32.Vec3, idx []uint32) []plane {
	out := make([]plane, len(idx)/3)
	idx = idx[:3*len(out)]
	// Written out in scalars: start-up draws on it for every triangle
	// of the model, at both levels of detail.
	for t := range out {
		a, b, c := &pos[idx[3*t]], &pos[idx[3*t+1]], &pos[idx[3*t+2]]
		ux, uy, uz := b[0]-a[0], b[1]-a[1], b[2]-a[2]
		vx, vy, vz := c[0]-a[0], c[1]-a[1], c[2]-a[2]
		// Not normalised: the test compares two products of the
		// normal, whose length cancels out.
		nx, ny, nz := uy*vz-uz*vy, uz*vx-ux*vz, ux*vy-uy*vx
		// The plane through the triangle's centre, the same whichever
		// corner the winding starts at.
		mx, my, mz := (a[0]+b[0]+c[0])/3, (a[1]+b[1]+c[1])/3, (a[2]+b[2]+c[2])/3
		out[t] = plane{nx, ny, nz, nx*mx + ny*my + nz*mz}
	}
	return out
}

// bounds returns a sphere that holds pos: its centre and radius.
func bounds(pos []mgl32.Vec3) (mgl32.Vec3, float32) {
	if len(pos) == 0 {
		return mgl32.Vec3{}, 0
	}
	lo, hi := pos[0], pos[0]
	for _, v := range pos {
		for i := range 3 {
			lo[i], hi[i] = min(lo[i], v[i]), max(hi[i], v[i])
		}
	}
	c := lo.Add(hi).Mul(0.5)
	// The farthest by its square: one square root, not one a vertex.
	r2 := float32(0)
	for _, v := range pos {
		d := v.Sub(c)
		r2 = max(r2, d.Dot(d))
	}
	// A little over, for rounding.
	return c, sqrt32(r2)*1.001 + 1e-3
}

// withFaces returns d with its triangles' planes and its bounds, shared
// with twin's when twin holds the same vertices and triangles (a mesh
// the proportion leaves where it is).
func withFaces(d meshData, twin *meshData) meshData {
	if twin != nil && sameSlice(d.pos, twin.pos) && sameSlice(d.idx, twin.idx) {
		d.planes, d.centre, d.radius = twin.planes, twin.centre, twin.radius
		return d
	}
	d.planes = facePlanes(d.pos, d.idx)
	d.centre, d.radius = bounds(d.pos)
	return d
}

// sameSlice reports whether a and b are the same slice of the same
// array.
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// twinOf returns the mesh data i of set, or nil past its end: the same
// mesh as another proportion draws it, for withFaces.
func twinOf(set []meshData, i int) *meshData {
	if i < len(set) {
		return &set[i]
	}
	return nil
}

// inFront reports whether all of md lies in front of the camera (w above
// minDepth).
func (p *pass) inFront(md *meshData) bool {
	m := &p.m
	c := md.centre
	w := m[3]*c[0] + m[7]*c[1] + m[11]*c[2] + m[15]
	return w-md.radius*p.wScale > minDepth
}

// keepPlanes writes to kept where in the indices each triangle facing eye
// starts, as keepFacing does, from the triangles' planes.
func keepPlanes(kept []uint32, planes []plane, eye mgl32.Vec3) []uint32 {
	e0, e1, e2 := eye[0], eye[1], eye[2]
	kept = kept[:len(planes)]
	n := 0
	for t := range planes {
		pl := &planes[t]
		kept[n] = uint32(3 * t)
		if pl[0]*e0+pl[1]*e1+pl[2]*e2 > pl[3] {
			n++
		}
	}
	return kept[:n]
}

// drawFacing draws md (wholly in front of the camera, no section's clip,
// as drawMesh otherwise does: see above) into the pass. The vertices the
// kept triangles use are marked, then numbered in the mesh's order, not
// in the order triangles first use them as cull does: numbering a corner
// as it is met waits on the number its neighbour was just given, which
// held a frame to a triangle at a time. The picture is the same; the
// list holds the vertices in another order. Each step is a function of
// its own, so that its loop keeps its numbers in registers.
func (r *Renderer) drawFacing(p *pass, md *meshData, mesh *geom.Mesh, st style, mi int, boost, dim float32) {
	base := p.vi
	p.vi += len(md.pos)
	r.kept = grow(r.kept, len(md.planes))
	kept := keepPlanes(r.kept, md.planes, p.eye)
	// used is all 0 between meshes: numberUsed clears what markUsed
	// marked.
	used := r.used[:len(md.pos)]
	markUsed(used, md.idx, kept)
	from := p.no
	out := r.out[:len(md.pos)]
	p.no = int(numberUsed(used, out, r.src, int32(from), uint32(base)))
	r.projectUsed(p, md, uint32(base), from)
	r.shade(p, md, mesh, st, uint32(base), from, boost, dim)
	r.addFacing(p, kept, md.idx, out, uint16(mi))
}

// markUsed sets used for the corners of the triangles of idx starting at
// kept.
func markUsed(used []uint8, idx, kept []uint32) {
	for _, i := range kept {
		t := idx[int(i) : int(i)+3 : int(i)+3]
		used[t[0]] = 1
		used[t[1]] = 1
		used[t[2]] = 1
	}
}

// numberUsed gives the vertices used marks the list's numbers from no on,
// in order, noting them in out (by the mesh's vertex; the number of a
// vertex not used is not one) and in src (the frame's vertex base+k of
// each number), clears used and returns the next number free.
func numberUsed(used []uint8, out []int32, src []uint32, no int32, base uint32) int32 {
	out = out[:len(used)]
	for k, u := range used {
		out[k] = no
		// src has room for one more than the frame's vertices: the
		// write for a vertex not used always fits, and the next used
		// one overwrites it.
		src[no] = base + uint32(k)
		no += int32(u)
	}
	clear(used)
	return no
}

// addFacing adds to the pass the triangles of idx starting at kept, as
// frame mesh mi, their corners numbered by out, with their keys as cull
// makes them, from the depths projectUsed noted.
func (r *Renderer) addFacing(p *pass, kept, idx []uint32, out []int32, mi uint16) {
	n := len(kept)
	ti := p.ti
	tris, faceMesh := p.tris[ti:ti+n], p.faceMesh[ti:ti+n]
	faces := p.faces[3*ti : 3*(ti+n)]
	depth, invFar := r.depth, p.invFar
	for j, i := range kept {
		t := idx[int(i) : int(i)+3 : int(i)+3]
		a, b, c := uint32(out[t[0]]), uint32(out[t[1]]), uint32(out[t[2]])
		f := faces[3*j : 3*j+3 : 3*j+3]
		f[0], f[1], f[2] = a, b, c
		d := (depth[a] + depth[b] + depth[c]) * invFar
		tris[j] = uint64(triKey(d))<<keyShift | uint64(ti+j)
		faceMesh[j] = mi
	}
	p.ti = ti + n
}

// triKey is a triangle's depth key, from its corners' summed depths as a
// share of the farthest: 16 bits. Written with comparisons, not min and
// max, which pay for NaN handling on every triangle.
func triKey(d float32) uint16 {
	if d >= 1 {
		return math.MaxUint16
	}
	if d > 0 {
		// Through uint32: a float's conversion to a narrower or an
		// unsigned 64-bit integer costs more on amd64.
		return uint16(uint32(d * math.MaxUint16))
	}
	return 0
}
