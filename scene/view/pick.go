package view

// Pick returns the index of the mesh drawn under the point (x, y) in the
// last frame, or -1. Translucent shells are seen through: the nearest
// solid structure under the point wins, and a shell only when nothing
// solid lies beneath it.
func (r *Renderer) Pick(dl *DrawList, x, y float32) int {
	shell := -1
	for i := len(r.tris) - 1; i >= 0; i-- {
		n := uint32(r.tris[i])
		f := r.faces[3*n : 3*n+3]
		if int(max(f[0], f[1], f[2])) >= len(dl.Vertices) {
			return -1 // the list is not the one this renderer drew last
		}
		if !inside(x, y, dl.Vertices[f[0]], dl.Vertices[f[1]], dl.Vertices[f[2]]) {
			continue
		}
		mesh := int(r.faceMesh[n])
		if !r.model.Meshes[mesh].Shell {
			return mesh
		}
		if shell < 0 {
			shell = mesh
		}
	}
	return shell
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
