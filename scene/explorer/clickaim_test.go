package explorer

import (
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// TestClickSide: a paired part's click means its own side; a click on the
// basis pontis, one mesh for both, the side of the point clicked, or of
// the eye for a point on the midline, or the left seen straight on.
func TestClickSide(t *testing.T) {
	for _, c := range []struct {
		id           string
		surface, eye mgl32.Vec3
		want         anatomy.Side
	}{
		{"peduncle.L", mgl32.Vec3{3, -15, -14}, mgl32.Vec3{300, 0, 0}, anatomy.Left},
		{"pyramid.R", mgl32.Vec3{-1, -32, -56}, mgl32.Vec3{-300, 0, 0}, anatomy.Right},
		{"pons", mgl32.Vec3{-0.6, -14, -33}, mgl32.Vec3{300, 300, 0}, anatomy.Left},
		{"pons", mgl32.Vec3{0.6, -14, -33}, mgl32.Vec3{-300, 300, 0}, anatomy.Right},
		{"pons", mgl32.Vec3{0, -14, -33}, mgl32.Vec3{40, 300, 0}, anatomy.Right},
		{"pons", mgl32.Vec3{0, -14, -33}, mgl32.Vec3{-40, 300, 0}, anatomy.Left},
		{"pons", mgl32.Vec3{0, -14, -33}, mgl32.Vec3{0, 300, 0}, anatomy.Left},
	} {
		if got := ClickSide(c.id, c.surface, c.eye); got != c.want {
			t.Errorf("ClickSide(%s, %v, %v) = %v, want %v", c.id, c.surface, c.eye, got, c.want)
		}
	}
}

// TestAimStaysInside: a click on the basis pontis's midline from in front
// lands on the side ClickSide says, at least 2 mm off the midline, inside
// the basis pontis, taking the corticospinal bundles of that side only.
func TestAimStaysInside(t *testing.T) {
	cf, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	rule, ok := aimRuleOf("pons")
	if !ok {
		t.Fatal("no aim rule for the pons")
	}
	surface, eye := mgl32.Vec3{0, -13, -33}, mgl32.Vec3{0, 400, -33}
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		at := AimAtPathway(cf.Atlas, rule, side, surface, eye, surface.Add(mgl32.Vec3{0, -1.5, 0}), BasisRadius)
		sign := float32(1)
		if side == anatomy.Left {
			sign = -1
		}
		switch {
		case sign*at[0] < 2:
			t.Errorf("%v: the centre %v is within 2 mm of the midline or across it", side, at)
		case !insidePart(mesh.BasisPontis, at):
			t.Errorf("%v: the centre %v is outside the basis pontis", side, at)
		}
	}
}

// BenchmarkAimAtPathway aims a click on the side of the basis pontis, the
// widest search (a hover does one each time the pointer moves).
func BenchmarkAimAtPathway(b *testing.B) {
	cf, err := Shipped()
	if err != nil {
		b.Fatal(err)
	}
	rule, _ := aimRuleOf("pons")
	surface, eye := mgl32.Vec3{-15.7, -35.1, -37.1}, mgl32.Vec3{-400, -35, -37}
	insidePart(mesh.BasisPontis, surface)
	b.ReportAllocs()
	for b.Loop() {
		AimAtPathway(cf.Atlas, rule, anatomy.Left, surface, eye, surface.Add(mgl32.Vec3{1.5, 0, 0}), BasisRadius)
	}
}
