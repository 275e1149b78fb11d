package geom

import (
	"github.com/go-gl/mathgl/mgl32"
	"github.com/go-gl/mathgl/mgl64"
)

// atlas64 and anatomy32 convert between the atlas's float64 points and the
// meshes' float32 ones.
func atlas64(v mgl32.Vec3) mgl64.Vec3 { return mgl64.Vec3{float64(v[0]), float64(v[1]), float64(v[2])} }

func anatomy32(v mgl64.Vec3) mgl32.Vec3 {
	return mgl32.Vec3{float32(v[0]), float32(v[1]), float32(v[2])}
}

func path32(p []mgl64.Vec3) []mgl32.Vec3 {
	out := make([]mgl32.Vec3, len(p))
	for i, v := range p {
		out[i] = anatomy32(v)
	}
	return out
}
