package view

import (
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// Marker is a small bright sphere drawn at a point every frame: an action
// potential on its way, say. Pos is where it is drawn, already in the
// frame's proportions.
type Marker struct {
	Pos    mgl32.Vec3
	Radius float32
	Color  [4]float32
}

// overlay is what a mode has asked the renderer to draw over the model.
type overlay struct {
	meshes []geom.Mesh
	// data holds the meshes per proportion and detail, as for the model.
	data [2][2][]meshData
}

// SetOverlay replaces the meshes drawn over the model (a traced chain's
// branches), in atlas millimetres; nil clears them. It prepares them once,
// so frames stay free of allocation.
func (r *Renderer) SetOverlay(meshes []geom.Mesh) {
	r.over = overlay{meshes: meshes}
	r.still.valid = false
	for _, p := range []geom.Proportions{geom.Teaching, geom.TrueScale} {
		for coarse := 0; coarse < 2; coarse++ {
			for i := range meshes {
				m := &meshes[i]
				if coarse == 1 && m.Coarse != nil {
					m = m.Coarse
				}
				d := withFaces(warpMesh(m, p), twinOf(r.over.data[geom.Teaching][coarse], i))
				r.over.data[p][coarse] = append(r.over.data[p][coarse], d)
			}
		}
	}
}

// Overlay returns the meshes drawn over the model.
func (r *Renderer) Overlay() []geom.Mesh { return r.over.meshes }
