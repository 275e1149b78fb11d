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
	// back draws a shell's far side, seen through it: fainter.
	back bool
	// keepSolid leaves an opaque mesh opaque under the frame's dim
	// (FrameOptions.DimKeepsSolid).
	keepSolid bool
}

// styleOf returns how the look draws mesh: glass draws shells as such;
// opaque makes the cortex, cerebellum and brainstem solid and leaves out
// the deep parts they hide; cutaway hides the cortex on side cut and makes
// the other solid; quadrant makes the cortex solid and draws, for the
// quarter q the camera faces, its hemisphere cut (geom.DrawnIn).
func styleOf(mesh *geom.Mesh, look geom.Look, cut anatomy.Side, q geom.Quarter) style {
	if !geom.DrawnIn(mesh, look, q) {
		return style{hidden: true}
	}
	st := style{shell: mesh.Shell}
	switch look {
	case geom.Quadrant:
		// The deep nuclei stand solid in the opened quarter, as in a
		// dissection; the capsule stays as drawn, the tracts inside it.
		if mesh.Cortex || mesh.Group == "deep" && mesh.Shell {
			st.shell, st.opaque = false, true
		}
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

// nearFront reports whether the eye is in front of the model, for the
// quadrant look's quarter: last until the eye is a tenth of its distance
// past the coronal plane through the centre.
func nearFront(eye, centre mgl32.Vec3, distance float32, last bool) bool {
	y := eye[1] - centre[1]
	switch {
	case y < -0.1*distance:
		return false
	case y > 0.1*distance:
		return true
	}
	return last
}

// prepareLook has the model cut its quarters for the quadrant look, the
// first frame that draws it, and prepares meshes added to the model since
// the last frame as NewRenderer did the others. Cutting fails only if a
// quarter's planes miss the shipped hemisphere, which geom's tests rule
// out; the look then hides the near hemisphere whole, as cutaway does.
func (r *Renderer) prepareLook(look geom.Look) {
	if look == geom.Quadrant {
		_ = r.model.AddQuarters()
	}
	if len(r.data[0][0]) == len(r.model.Meshes) {
		return
	}
	for _, p := range []geom.Proportions{geom.Teaching, geom.TrueScale} {
		for coarse := 0; coarse < 2; coarse++ {
			for i := len(r.data[p][coarse]); i < len(r.model.Meshes); i++ {
				mesh := &r.model.Meshes[i]
				if coarse == 1 && mesh.Coarse != nil {
					mesh = mesh.Coarse
				}
				d := withFaces(warpMesh(mesh, p), twinOf(r.data[geom.Teaching][coarse], i))
				r.data[p][coarse] = append(r.data[p][coarse], d)
			}
		}
	}
}
