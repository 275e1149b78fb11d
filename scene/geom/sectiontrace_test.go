package geom_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/decussate/decussate/scene/trace"
	"github.com/go-gl/mathgl/mgl32"
)

// TestTracedPathCrossesSectionsInsideItsStructure: the corticospinal
// tract traced from the left hand area crosses each brainstem section
// inside the outline of the structure the tour names there (the crus
// cerebri in the midbrain, the basis pontis in the pons, the pyramid in
// the medulla, the brainstem's cut face at the decussation), on the side
// the tract runs: the drawn path, the section's outline and its plane
// agree, all in atlas millimetres (teaching proportions move nothing
// above the foramen magnum).
func TestTracedPathCrossesSectionsInsideItsStructure(t *testing.T) {
	a := testatlas.Atlas(t)
	sa, err := geom.ShippedSectionAnatomy()
	if err != nil {
		t.Fatal(err)
	}
	chain, err := trace.Trace(a, trace.Start{Kind: trace.FromArea, ID: "hand", Side: anatomy.Left})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		level string
		parts []mesh.Part
		name  string
	}{
		{"midbrain", []mesh.Part{mesh.Crus}, "crus cerebri"},
		{"pons", []mesh.Part{mesh.BasisPontis}, "basis pontis"},
		{"medulla", []mesh.Part{mesh.Pyramid}, "pyramid"},
		{"decussation", []mesh.Part{mesh.Pyramid, mesh.BrainstemRest}, "medulla"},
	} {
		l, err := geom.FindSectionLevel(a, c.level)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, b := range chain.Branches() {
			for _, p := range geom.CrossingsForTest(b.Branch.Path, float32(l.Z)) {
				n++
				in := false
				for _, part := range c.parts {
					for _, o := range sa.Outlines(part, anatomy.Left, l.Z) {
						in = in || o.Contains(mgl32.Vec2{p[0], p[1]})
					}
				}
				if !in {
					t.Errorf("at the %s section (z %.0f) the traced path crosses at (%.1f, %.1f), outside the %s", c.level, l.Z, p[0], p[1], c.name)
				}
			}
		}
		if n == 0 {
			t.Errorf("the traced path does not cross the %s section", c.level)
		}
	}
}
