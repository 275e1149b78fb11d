package view

// Pick returns the index of the mesh drawn under the point (x, y) in the
// last frame, or -1. Translucent shells are seen through: the nearest
// solid structure under the point wins, and a shell only when nothing
// solid lies beneath it.
func (r *Renderer) Pick(dl *DrawList, x, y float32) int {
	shell := -1
	for i := len(r.tris) - 1; i >= 0; i-- {
		t := r.tris[i]
		if int(t.c) >= len(dl.Vertices) {
			return -1 // the list is not the one this renderer drew last
		}
		a, b, c := dl.Vertices[t.a], dl.Vertices[t.b], dl.Vertices[t.c]
		if !inside(x, y, a, b, c) {
			continue
		}
		if !r.model.Meshes[t.mesh].Shell {
			return int(t.mesh)
		}
		if shell < 0 {
			shell = int(t.mesh)
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
