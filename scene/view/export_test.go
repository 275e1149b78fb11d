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

// OverlayTriangle is one triangle of an overlay mesh the last frame drew:
// the mesh's index and the lowest and highest of its corners' heights.
type OverlayTriangle struct {
	Mesh       int
	MinZ, MaxZ float32
}

// DrawnOverlay returns the overlay triangles of the last frame, drawn at
// proportion p and full detail.
func DrawnOverlay(r *Renderer, p geom.Proportions) []OverlayTriangle {
	var out []OverlayTriangle
	first := len(r.model.Meshes)
	for _, t := range r.tris {
		n := uint32(t)
		oi := int(r.faceMesh[n]) - first
		if oi < 0 || oi >= len(r.over.meshes) {
			continue
		}
		pos := r.over.data[p][0][oi].pos
		ot := OverlayTriangle{Mesh: oi, MinZ: float32(1e9), MaxZ: float32(-1e9)}
		for _, v := range r.faces[3*n : 3*n+3] {
			z := pos[int(r.src[v])-r.overStart[oi]][2]
			ot.MinZ, ot.MaxZ = min(ot.MinZ, z), max(ot.MaxZ, z)
		}
		out = append(out, ot)
	}
	return out
}

// TraceStub is how far below a section a trace is drawn.
const TraceStub = traceStub

// Leader is a leader line of the last frame, from its label's end (X0,
// Y0) to its anchor (X1, Y1).
type Leader struct{ X0, Y0, X1, Y1 float32 }

// Leaders returns the last frame's leader lines.
func Leaders(r *Renderer) []Leader {
	out := make([]Leader, len(r.leaders))
	for i, l := range r.leaders {
		out[i] = Leader{l.x0, l.y0, l.x1, l.y1}
	}
	return out
}

// Crosses reports whether two leader lines cross.
func Crosses(a, b Leader) bool {
	return leader{a.X0, a.Y0, a.X1, a.Y1}.crosses(leader{b.X0, b.Y0, b.X1, b.Y1})
}

// ContextSlab is how far behind a section's cut face the fibres around
// it are drawn.
const ContextSlab = contextSlab

// DrawnModelHeights returns, per model mesh the last frame drew, the
// lowest and highest corner heights of its triangles drawn, at
// proportion p.
func DrawnModelHeights(r *Renderer, p geom.Proportions) map[int][2]float32 {
	out := map[int][2]float32{}
	for _, t := range r.tris {
		n := uint32(t)
		mi := int(r.faceMesh[n])
		if mi >= len(r.model.Meshes) {
			continue
		}
		pos := r.lastData[mi].pos
		for _, v := range r.faces[3*n : 3*n+3] {
			z := pos[int(r.src[v])-r.meshStart[mi]][2]
			h, ok := out[mi]
			if !ok {
				h = [2]float32{z, z}
			}
			out[mi] = [2]float32{min(h[0], z), max(h[1], z)}
		}
	}
	return out
}
