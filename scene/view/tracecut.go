package view

import (
	"strings"

	"github.com/decussate/decussate/scene/geom"
)

// traceMeshPrefix starts the ID of every tube geom.TraceMeshes makes.
const traceMeshPrefix = "trace."

// traceStub is how far below a section, in the frame's millimetres, a
// trace is drawn: a short stub, seen nearly end on from below, marks
// where the tract crosses the cut face.
const traceStub = 3

// nearSideOnly reports whether mesh, while a section is shown, is drawn
// only in a thin slab on the camera's side of the cut (traceStub deep):
// the traced chain's tubes and its action potentials (the markers).
// Above the cut a tube runs on, behind the cut face, to the capsule: seen
// from below past the face's outline, with an action potential on it, it
// looked as if the tract ran outside the structure the section names.
// Drawn whole below the cut, it covered the face (the arm's nerves at the
// medulla). Lesions stay as the model is drawn: they sit in it.
func (r *Renderer) nearSideOnly(mesh *geom.Mesh) bool {
	return mesh == &r.markerMesh || mesh.Group == "overlay" && strings.HasPrefix(mesh.ID, traceMeshPrefix)
}
