package view

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// How a frame's look (FrameOptions.Look) draws each mesh of the model.

// notDrawn is the meshStart of a mesh the frame's look hid.
const notDrawn = math.MaxInt32

// style is how one mesh is drawn in a frame.
type style struct {
	hidden, shell, opaque bool
}

// styleOf returns how the look draws mesh: glass draws shells as such;
// opaque makes the cortex, cerebellum and brainstem solid and leaves out
// the deep parts they hide; cutaway hides the cortex on side cut and makes
// the other solid.
func styleOf(mesh *geom.Mesh, look geom.Look, cut anatomy.Side) style {
	st := style{shell: mesh.Shell}
	switch look {
	case geom.Opaque:
		switch {
		case mesh.Group == "deep":
			st.hidden = true
		case mesh.Cortex || mesh.Group == "cerebellum" || mesh.Group == "brainstem":
			st.shell, st.opaque = false, true
		}
	case geom.Cutaway:
		if mesh.Cortex {
			st.hidden = mesh.Side == cut
			st.shell, st.opaque = false, true
		}
	}
	return st
}

// nearSide returns the side of the model the eye is on, for the cutaway
// look: last's side until the eye is a tenth of its distance past the
// midline, so that the hidden hemisphere does not flicker as the camera
// passes in front.
func nearSide(eye, centre mgl32.Vec3, distance float32, last anatomy.Side) anatomy.Side {
	x := eye[0] - centre[0]
	switch {
	case x < -0.1*distance:
		return anatomy.Left
	case x > 0.1*distance:
		return anatomy.Right
	}
	return last
}
