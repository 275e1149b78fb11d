package geom_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/decussate/decussate/scene/trace"
	"github.com/go-gl/mathgl/mgl32"
)

// brainstemParts are the structures a brainstem section's cut face is
// made of.
var brainstemParts = []mesh.Part{mesh.BrainstemRest, mesh.Crus, mesh.BasisPontis, mesh.PontineTegmentum, mesh.Pyramid, mesh.Olive}

// TestTracedPathCrossesSectionsInsideItsStructure: each tour step that
// traces a pathway on a section (assets/tours) crosses the section inside
// the structure its caption names: the corticospinal tract from the left
// hand area in the crus cerebri in the midbrain, the basis pontis in the
// pons, the pyramid in the medulla, the medulla's cut face at the
// decussation (its fibres crossing dorsally), the cord at C8; the face
// area's fibres in the caudal pons's basis or tegmentum. The drawn path,
// the section's outline and its plane agree, all in atlas millimetres:
// teaching proportions move nothing above the foramen magnum, and below
// it the section and the path are warped alike. Roots and nerves leave
// the outline, as they should, and are not held to it.
func TestTracedPathCrossesSectionsInsideItsStructure(t *testing.T) {
	a := testatlas.Atlas(t)
	sa, err := geom.ShippedSectionAnatomy()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		start, level string
		parts        []mesh.Part // nil: the cord's outline
		name         string
	}{
		{"area:hand:L", "midbrain", []mesh.Part{mesh.Crus}, "crus cerebri"},
		{"area:hand:L", "pons", []mesh.Part{mesh.BasisPontis}, "basis pontis"},
		{"area:hand:L", "medulla", []mesh.Part{mesh.Pyramid}, "pyramid"},
		{"area:hand:L", "decussation", brainstemParts, "medulla"},
		{"area:leg:L", "decussation", brainstemParts, "medulla"},
		{"area:hand:L", "C8", nil, "cord"},
		{"area:face:L", "caudal_pons", brainstemParts, "pons"},
	} {
		start, err := trace.ParseStart(a, c.start)
		if err != nil {
			t.Fatal(err)
		}
		chain, err := trace.Trace(a, start)
		if err != nil {
			t.Fatal(err)
		}
		l, err := geom.FindSectionLevel(a, c.level)
		if err != nil {
			t.Fatal(err)
		}
		inside := func(p mgl32.Vec3) bool {
			if c.parts == nil {
				lv, err := anatomy.ParseLevel(c.level)
				if err != nil {
					t.Fatal(err)
				}
				seg := a.Segment(lv)
				dx, dy := float64(p[0])/seg.RX, (float64(p[1])-seg.Y)/seg.RY
				return dx*dx+dy*dy <= 1
			}
			for _, part := range c.parts {
				for _, s := range []anatomy.Side{anatomy.Left, anatomy.Right} {
					for _, o := range sa.Outlines(part, s, l.Z) {
						if o.Contains(mgl32.Vec2{p[0], p[1]}) {
							return true
						}
					}
				}
			}
			return false
		}
		n := 0
		nodes := chain.Branches()
		// cut holds each node's arc position where it leaves the brain
		// and cord: a branch leaving its parent past the parent's cut
		// is a nerve's throughout.
		cut := make([]float32, len(nodes))
		for i, b := range nodes {
			cut[i] = centralEnd(b.Branch)
			if p := b.Parent; p >= 0 && cut[p] < nodes[p].Branch.Length() && b.Branch.Offset >= cut[p] {
				cut[i] = -1
			}
		}
		for i, b := range nodes {
			for _, p := range geom.CrossingsForTest(upTo(b.Branch, cut[i]), float32(l.Z)) {
				n++
				if !inside(p) {
					t.Errorf("%s at the %s section (z %.0f): the traced path crosses at (%.1f, %.1f), outside the %s", c.start, c.level, l.Z, p[0], p[1], c.name)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: the traced path does not cross the %s section", c.start, c.level)
		}
	}
}

// centralEnd returns the arc position at which b leaves the brain and
// cord: its first station in a root or a nerve (the periphery), which
// leaves the section's outline as it should; else its end.
func centralEnd(b *trace.Branch) float32 {
	for _, st := range b.Stations {
		if st.Level == trace.Periphery || strings.Contains(st.Caption, " root") {
			return st.At
		}
	}
	return b.Length()
}

// upTo returns b's path up to arc position cut.
func upTo(b *trace.Branch, cut float32) []mgl32.Vec3 {
	var out []mgl32.Vec3
	for i, p := range b.Path {
		if b.Arc[i] <= cut {
			out = append(out, p)
		}
	}
	return out
}
