package view

import (
	"fmt"
	"reflect"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// CheckOrder reports the first pair of triangles of the last frame drawn
// nearer before farther.
func CheckOrder(r *Renderer) error {
	for i := 1; i < len(r.tris); i++ {
		if r.tris[i]>>keyShift > r.tris[i-1]>>keyShift {
			return fmt.Errorf("triangle %d (depth key %d) comes after a nearer one (%d)", i, r.tris[i]>>keyShift, r.tris[i-1]>>keyShift)
		}
	}
	return nil
}

// OptionsKeyFields returns how many fields FrameIfChanged compares.
func OptionsKeyFields() int { return reflect.TypeFor[optionsKey]().NumField() }

// DrawnTriangles returns how many triangles of each model mesh the last
// frame drew, by mesh index.
func DrawnTriangles(r *Renderer) map[int]int {
	out := map[int]int{}
	for _, t := range r.tris {
		out[int(r.faceMesh[uint32(t)])]++
	}
	return out
}

// MeshData returns the positions and normals the renderer draws model
// mesh i with in proportion p, at full detail.
func MeshData(r *Renderer, p geom.Proportions, i int) (pos, nrm []mgl32.Vec3) {
	d := r.data[p][0][i]
	return d.pos, d.nrm
}

// BackTriangles returns how many triangles of the last frame were a
// shell's far side.
func BackTriangles(r *Renderer) int {
	n := 0
	for _, t := range r.tris {
		if r.faceMesh[uint32(t)] == backFace {
			n++
		}
	}
	return n
}
