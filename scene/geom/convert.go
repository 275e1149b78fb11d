package geom

import (
	"github.com/go-gl/mathgl/mgl32"
	"github.com/go-gl/mathgl/mgl64"
)

// atlas64 and Vec32 convert between the atlas's float64 points and the
// meshes' float32 ones.
func atlas64(v mgl32.Vec3) mgl64.Vec3 { return mgl64.Vec3{float64(v[0]), float64(v[1]), float64(v[2])} }

// Vec32 returns an atlas point or vector (anatomy.Point, mgl64.Vec3) as a
// mesh vector.
func Vec32[P ~[3]float64](v P) mgl32.Vec3 {
	return mgl32.Vec3{float32(v[0]), float32(v[1]), float32(v[2])}
}

// Path32 returns an atlas path as a mesh path, as a new slice.
func Path32[P ~[3]float64](p []P) []mgl32.Vec3 {
	out := make([]mgl32.Vec3, len(p))
	for i, v := range p {
		out[i] = Vec32(v)
	}
	return out
}
