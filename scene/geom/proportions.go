package geom

import "github.com/go-gl/mathgl/mgl32"

// Proportions is how the model is scaled for display: the atlas keeps true
// positions, and the view warps them, so the lesion engine never sees it.
type Proportions int

// The proportions: teaching (the default) shortens everything below the
// foramen magnum so that brain, brainstem and cord fit one view; true scale
// shows them as they are.
const (
	Teaching Proportions = iota
	TrueScale
)

// CordScale is how much teaching proportions shorten the cord and all
// below the foramen magnum.
const CordScale = 0.35

// ForamenZ is the height of the cord's top (the top of C1, where the
// medulla ends at the foramen magnum), where teaching proportions start
// shortening; a test holds it to segments.json.
const ForamenZ = -68.5

// Warp moves an atlas point to where the proportions draw it.
func (p Proportions) Warp(v mgl32.Vec3) mgl32.Vec3 {
	if p == Teaching && v[2] < ForamenZ {
		v[2] = ForamenZ + (v[2]-ForamenZ)*CordScale
	}
	return v
}

// Unwarp moves a drawn point back to atlas millimetres.
func (p Proportions) Unwarp(v mgl32.Vec3) mgl32.Vec3 {
	if p == Teaching && v[2] < ForamenZ {
		v[2] = ForamenZ + (v[2]-ForamenZ)/CordScale
	}
	return v
}
