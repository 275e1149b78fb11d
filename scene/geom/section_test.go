package geom_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
)

// dotX returns the x of the first section mesh whose id starts with prefix.
func dotX(t *testing.T, meshes []geom.Mesh, prefix string) float64 {
	t.Helper()
	for _, m := range meshes {
		if strings.HasPrefix(m.ID, prefix) {
			return float64(m.Positions[0][0])
		}
	}
	t.Fatalf("no %s on the section", prefix)
	return 0
}

// TestSections: the cut face shows the anatomy of its level: the arm
// fibres crossing near the midline at the decussation, the lateral
// corticospinal tract laminated arm medial to leg at C8, the pyramid's
// fibres in front at the medulla, and a traced chain's fibres lit on the
// side they run.
func TestSections(t *testing.T) {
	a, _ := build(t)
	level := func(id string) geom.SectionLevel {
		l, err := geom.FindSectionLevel(a, id)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	dec := geom.Section(a, level("decussation").Z, nil)
	if x := dotX(t, dec, "section.fibres.arm.L"); math.Abs(x) > 3 {
		t.Errorf("at the decussation the left arm fibres lie at x=%.1f, want near the midline, crossing", x)
	}
	c8 := geom.Section(a, level("C8").Z, nil)
	// The left cortex's fibres descend on the right at C8.
	arm, leg := dotX(t, c8, "section.fibres.arm.L"), dotX(t, c8, "section.fibres.leg.L")
	if arm <= 0 || leg <= arm {
		t.Errorf("at C8 the left cortex's arm fibres lie at x=%.1f and leg fibres at x=%.1f: want both on the right, arm medial", arm, leg)
	}
	if !strings.HasPrefix(c8[0].ID, "section.face") {
		t.Errorf("the first mesh is %s, want the cut face (drawn first, beneath)", c8[0].ID)
	}
	chain, err := trace.Trace(a, trace.Start{Kind: trace.FromArea, ID: "hand"})
	if err != nil {
		t.Fatal(err)
	}
	pons := geom.Section(a, level("pons").Z, chain)
	if x := dotX(t, pons, "section.traced."); x >= 0 {
		t.Errorf("the left hand area's traced fibres cross the pons at x=%.1f, want on the left", x)
	}
	if _, err := geom.FindSectionLevel(a, "cerebellum"); err == nil {
		t.Error("FindSectionLevel(cerebellum) gave no error")
	}
	if n := len(geom.SectionLevels(a)); n != 6+31 {
		t.Errorf("%d section levels, want the capsule's, the 5 of the brainstem and 31 segments", n)
	}
}
