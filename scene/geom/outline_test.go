package geom

import (
	"testing"

	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// TestBrainOutlineHugsTheMeshes: the outline's points are vertices of the
// shipped meshes, and in every direction reach as far as the meshes do
// but for a few millimetres: from any side its projection is the brain's.
func TestBrainOutlineHugsTheMeshes(t *testing.T) {
	pts, err := BrainOutline()
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) < 40 {
		t.Fatalf("%d outline points, want the hull's corners", len(pts))
	}
	set, err := shippedMeshes()
	if err != nil {
		t.Fatal(err)
	}
	var all []mgl32.Vec3
	for _, p := range outlineParts {
		for _, m := range []*mesh.Mesh{set.Left[p], set.Right[p]} {
			if m != nil {
				for _, v := range m.Positions {
					all = append(all, mgl32.Vec3(v))
				}
			}
		}
	}
	// Directions the outline was not taken in: half-way between its own.
	for _, d := range sphereDirections(997) {
		far := func(pts []mgl32.Vec3) float32 {
			r := pts[0].Dot(d)
			for _, p := range pts[1:] {
				r = max(r, p.Dot(d))
			}
			return r
		}
		if got, want := far(pts), far(all); got < want-4 || got > want+1e-3 {
			t.Errorf("along %v the outline reaches %.1f mm, the meshes %.1f", d, got, want)
		}
	}
	lo, hi := pts[0], pts[0]
	for _, p := range pts {
		for k := range 3 {
			lo[k], hi[k] = min(lo[k], p[k]), max(hi[k], p[k])
		}
	}
	// The brain's size: about 140 mm across, 170 from front to back.
	if w, l := hi[0]-lo[0], hi[1]-lo[1]; w < 120 || w > 160 || l < 150 || l > 190 {
		t.Errorf("the outline is %.0f mm across and %.0f long", w, l)
	}
}

// BenchmarkBrainOutline measures taking the outline from the decoded
// meshes, which the first frame on a phone does.
func BenchmarkBrainOutline(b *testing.B) {
	set, err := shippedMeshes()
	if err != nil {
		b.Fatal(err)
	}
	var parts []*mesh.Mesh
	for _, p := range outlineParts {
		for _, m := range []*mesh.Mesh{set.Left[p], set.Right[p]} {
			if m != nil {
				parts = append(parts, m)
			}
		}
	}
	dirs := sphereDirections(outlineDirections)
	b.ResetTimer()
	for range b.N {
		hullPoints(parts, dirs)
	}
}
