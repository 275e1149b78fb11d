package geom

import "github.com/decussate/decussate/scene/anatomy"

// BuildCoarse makes the model at its coarse level of detail alone: the
// same meshes as Build's, in the same order and with the same names, each
// holding what Build's mesh holds in Coarse and none of its own, so that
// it draws still what Build's model draws while the camera moves, and
// frames the camera the same (view.Renderer.Scene reads the coarse
// level). Its hemispheres are cut from their coarse surface only: the full
// one's cutting and colouring is most of what Build costs, and in the
// browser the first frame is drawn from this model while the full one is
// built after it (issue 12's time to the first picture).
func BuildCoarse(a *anatomy.Atlas) (*Model, error) {
	m := &Model{FibreScale: 1, coarseOnly: true}
	if _, err := build(m, a); err != nil {
		return nil, err
	}
	for i := range m.Meshes {
		m.Meshes[i].keepCoarse()
	}
	// Bounded again on what it draws: the full parts' vertices are gone.
	m.bound()
	return m, nil
}

// keepCoarse makes the mesh's coarse copy its only level of detail,
// keeping its own names, kind, anchor and flags.
func (mesh *Mesh) keepCoarse() {
	c := mesh.Coarse
	if c == nil {
		return
	}
	mesh.Positions, mesh.Normals, mesh.Indices, mesh.Colors = c.Positions, c.Normals, c.Indices, c.Colors
	mesh.Coarse = nil
}

// CoarseOnly tells whether the model holds its coarse level of detail alone
// (BuildCoarse).
func (m *Model) CoarseOnly() bool { return m.coarseOnly }
