package geom_test

import (
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

func build(t *testing.T) (*anatomy.Atlas, *geom.Model) {
	t.Helper()
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	m, err := geom.Build(a)
	if err != nil {
		t.Fatal(err)
	}
	return a, m
}

// TestModelHasEveryPart: the parts issue 3 names are all there, on both
// sides where paired.
func TestModelHasEveryPart(t *testing.T) {
	a, m := build(t)
	want := []string{"hemisphere.L", "hemisphere.R", "thalamus.L", "lentiform.R", "tegmentum", "pons",
		"medulla", "pyramid.L", "olive.R", "peduncle.L", "cerebellum", "cord", "ventral_horn.L", "dorsal_horn.R",
		"segment.C1", "segment.Co1", "root.C5.L", "root.S1.R", "nucleus.cn7_nucleus.L", "nerve.cn3.R",
		"pathway.hand.L", "pathway.face.R", "pathway.anterior_cst.L"}
	for _, c := range a.Channels {
		want = append(want, "pathway."+c.ID+".L", "pathway."+c.ID+".R")
	}
	for _, id := range want {
		if m.Mesh(id) == nil {
			t.Errorf("no mesh %s", id)
		}
	}
	tris := 0
	for _, mesh := range m.Meshes {
		tris += len(mesh.Indices) / 3
		if mesh.Name == "" {
			t.Errorf("mesh %s has no name", mesh.ID)
		}
	}
	// The frame budget (1 ms at 1080p) holds for a model of this size.
	if tris > 60000 {
		t.Errorf("%d triangles: more than the frame budget allows", tris)
	}
}

// TestNormalsPointOut: lighting needs outward normals; winding and normals
// agree on a closed shape.
func TestNormalsPointOut(t *testing.T) {
	_, m := build(t)
	for _, id := range []string{"thalamus.L", "thalamus.R", "hemisphere.L", "hemisphere.R", "pons"} {
		mesh := m.Mesh(id)
		var c mgl32.Vec3
		for _, p := range mesh.Positions {
			c = c.Add(p)
		}
		c = c.Mul(1 / float32(len(mesh.Positions)))
		out := 0
		for i, p := range mesh.Positions {
			if mesh.Normals[i].Dot(p.Sub(c)) > 0 {
				out++
			}
		}
		if out < len(mesh.Positions)*9/10 {
			t.Errorf("%s: only %d of %d normals point out", id, out, len(mesh.Positions))
		}
	}
}

// TestPrecentralBands: the precentral gyrus is coloured by somatotopy on
// the hemisphere's surface: every cortical area's colour appears.
func TestPrecentralBands(t *testing.T) {
	a, m := build(t)
	mesh := m.Mesh("precentral.L")
	seen := map[[3]float32]bool{}
	for _, c := range mesh.Colors {
		seen[[3]float32{c[0], c[1], c[2]}] = true
	}
	for _, ar := range a.Areas {
		if ar.Kind != "cortex" {
			continue
		}
		c, ok := geom.ChannelColor(ar.ID)
		if !ok {
			t.Errorf("area %s has no colour", ar.ID)
			continue
		}
		if !seen[[3]float32{c[0], c[1], c[2]}] {
			t.Errorf("the %s area's band does not show on the hemisphere", ar.ID)
		}
	}
}
