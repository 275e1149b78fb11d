package explorer

import "github.com/decussate/decussate/scene/geom"

// LesionMeshes returns what lesion mode draws over the model for the
// lesions in place (see the function LesionMeshes), nothing outside it.
func (e *Explorer) LesionMeshes() []geom.Mesh {
	if !e.st.Lesioning() {
		return nil
	}
	res, _ := e.Result()
	return LesionMeshes(e.cfg.Atlas, e.st.Lesions, e.selected, res)
}
