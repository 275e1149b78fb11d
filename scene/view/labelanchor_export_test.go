package view

// LabelAnchor is where one label's leader line ends on the last frame:
// the pixel and the index of the mesh it names.
type LabelAnchor struct {
	Mesh int
	X, Y float32
}

// LabelAnchors returns the last frame's labels' anchors.
func LabelAnchors(r *Renderer) []LabelAnchor {
	out := make([]LabelAnchor, 0, len(r.labels))
	for _, l := range r.labels {
		if !l.hidden {
			out = append(out, LabelAnchor{Mesh: l.mesh, X: l.x, Y: l.y})
		}
	}
	return out
}

// DrawnAt tells whether a triangle of model mesh mesh the last frame drew
// covers the pixel (x, y).
func DrawnAt(r *Renderer, dl *DrawList, mesh int, x, y float32) bool {
	for _, t := range r.tris {
		n := uint32(t)
		if int(r.faceMesh[n]) != mesh {
			continue
		}
		f := r.faces[3*n : 3*n+3]
		if inside(x, y, dl.Vertices[f[0]], dl.Vertices[f[1]], dl.Vertices[f[2]]) {
			return true
		}
	}
	return false
}

// FrontAt returns the model mesh whose triangle the last frame drew
// nearest the eye at the pixel (x, y), or -1.
func FrontAt(r *Renderer, dl *DrawList, x, y float32) int {
	for i := len(r.tris) - 1; i >= 0; i-- {
		n := uint32(r.tris[i])
		mesh := int(r.faceMesh[n])
		if mesh >= len(r.model.Meshes) {
			continue
		}
		f := r.faces[3*n : 3*n+3]
		if inside(x, y, dl.Vertices[f[0]], dl.Vertices[f[1]], dl.Vertices[f[2]]) {
			return mesh
		}
	}
	return -1
}

// SeenSolid tells whether the last frame drew model mesh mi so that
// nothing shows through it: made opaque by the look, or a part drawn
// with no transparency.
func SeenSolid(r *Renderer, mi int) bool {
	return r.hides(mi)
}

// Drawn tells whether the last frame drew model mesh mesh (its look did
// not hide it).
func Drawn(r *Renderer, mesh int) bool { return r.meshStart[mesh] != notDrawn }
