package view

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// PickPoint returns the mesh under (x, y), as Pick, and the point of its
// surface there, in the last frame's proportions (geom's Unwarp turns it
// back into atlas millimetres).
func (r *Renderer) PickPoint(dl *DrawList, x, y float32) (int, mgl32.Vec3, bool) {
	mesh, tri := r.pick(dl, x, y)
	if mesh < 0 {
		return -1, mgl32.Vec3{}, false
	}
	return mesh, r.pointOn(dl, tri, x, y), true
}

// pointOn returns the drawn position of the point of triangle tri of the
// last frame that lies under (x, y).
func (r *Renderer) pointOn(dl *DrawList, tri uint32, x, y float32) mgl32.Vec3 {
	f := r.faces[3*tri : 3*tri+3]
	a, b, c := dl.Vertices[f[0]], dl.Vertices[f[1]], dl.Vertices[f[2]]
	// Barycentric weights of the point in the projected triangle.
	det := (b.Y-c.Y)*(a.X-c.X) + (c.X-b.X)*(a.Y-c.Y)
	if det == 0 {
		return r.posOf(f[0])
	}
	wa := ((b.Y-c.Y)*(x-c.X) + (c.X-b.X)*(y-c.Y)) / det
	wb := ((c.Y-a.Y)*(x-c.X) + (a.X-c.X)*(y-c.Y)) / det
	wc := 1 - wa - wb
	return r.posOf(f[0]).Mul(wa).Add(r.posOf(f[1]).Mul(wb)).Add(r.posOf(f[2]).Mul(wc))
}

// posOf returns the drawn position of a vertex of the last frame's list.
func (r *Renderer) posOf(v uint32) mgl32.Vec3 {
	v = r.src[v]
	for mi, start := range r.meshStart {
		md := r.lastData[mi]
		if int(v) >= start && int(v) < start+len(md.pos) {
			return md.pos[int(v)-start]
		}
	}
	return mgl32.Vec3{}
}

// Pick returns the index of the mesh drawn under the point (x, y) in the
// last frame, or -1. Translucent shells (as the frame's look drew them)
// are seen through: the nearest solid structure under the point wins, and
// a shell only when nothing solid lies beneath it; the motor strip, which
// a student clicks for a cortical lesion, counts as solid. Through a
// hemisphere's glass a click reaches only what lies in that hemisphere's
// half of the head (midline structures included): a click on the left
// postcentral gyrus takes that gyrus, not the right internal capsule
// behind it.
func (r *Renderer) Pick(dl *DrawList, x, y float32) int {
	mesh, _ := r.pick(dl, x, y)
	return mesh
}

// pick returns the mesh under (x, y) and the number of its triangle there.
func (r *Renderer) pick(dl *DrawList, x, y float32) (int, uint32) {
	shell, shellTri := -1, uint32(0)
	for i := len(r.tris) - 1; i >= 0; i-- {
		n := uint32(r.tris[i])
		f := r.faces[3*n : 3*n+3]
		if int(max(f[0], f[1], f[2])) >= len(dl.Vertices) {
			return -1, 0 // the list is not the one this renderer drew last
		}
		if !inside(x, y, dl.Vertices[f[0]], dl.Vertices[f[1]], dl.Vertices[f[2]]) {
			continue
		}
		mesh := int(r.faceMesh[n])
		if mesh >= len(r.model.Meshes) {
			continue // an overlay or a marker, not a part of the model
		}
		if r.solid[mesh] {
			if shell >= 0 && !r.withinHalf(shell, mesh, r.pointOn(dl, n, x, y)) {
				continue
			}
			return mesh, n
		}
		if shell < 0 {
			shell, shellTri = mesh, n
		}
	}
	return shell, shellTri
}

// midlineSlack is how far past the midline (mm) a structure seen through a
// hemisphere may lie and still count as in its half: the brainstem, the
// pyramids and the decussation straddle it.
const midlineSlack = 4

// withinHalf reports whether p, a drawn point of mesh, lies in the half of
// the head that shell, the first translucent surface a click passed,
// covers: a hemisphere's glass covers its own side (and of the cortex,
// only its own); any other shell, everything.
func (r *Renderer) withinHalf(shell, mesh int, p mgl32.Vec3) bool {
	m := &r.model.Meshes[shell]
	if !m.Cortex {
		return true
	}
	if o := &r.model.Meshes[mesh]; o.Cortex && o.Side != m.Side {
		return false
	}
	if m.Side == anatomy.Right {
		return p[0] >= -midlineSlack
	}
	return p[0] <= midlineSlack
}

// inside reports whether (x, y) lies in the triangle abc, either winding.
func inside(x, y float32, a, b, c Vertex) bool {
	d1 := (x-b.X)*(a.Y-b.Y) - (a.X-b.X)*(y-b.Y)
	d2 := (x-c.X)*(b.Y-c.Y) - (b.X-c.X)*(y-c.Y)
	d3 := (x-a.X)*(c.Y-a.Y) - (c.X-a.X)*(y-a.Y)
	neg := d1 < 0 || d2 < 0 || d3 < 0
	pos := d1 > 0 || d2 > 0 || d3 > 0
	return !(neg && pos)
}
