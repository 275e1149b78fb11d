package geom

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
)

// brainstemSplit is the height (mm) at which the shipped rest of the
// brainstem is cut into the midbrain above and the medulla below: the
// pons between them is a mesh of its own.
const brainstemSplit = -25

// addDeep adds the deep landmarks between which the internal capsule runs
// (the thalamus medially, the lentiform nucleus laterally, the caudate's
// head in front) and the capsule itself, each side. They are translucent,
// so that the capsule between them shows and can be clicked through them.
func addDeep(m *Model, _ *anatomy.Atlas) error {
	parts := []struct {
		p     mesh.Part
		id    string
		name  string
		color [4]float32
	}{
		{mesh.Thalamus, "thalamus", "thalamus", thalamusColor},
		{mesh.Lentiform, "lentiform", "lentiform nucleus", lentiformColor},
		{mesh.Caudate, "caudate", "caudate nucleus", caudateColor},
		{mesh.InternalCapsule, "internal_capsule", "internal capsule", capsuleColor},
	}
	for _, pt := range parts {
		if err := addReal(m, pt.p, []realPart{{id: pt.id, name: pt.name, group: "deep", color: pt.color, shell: pt.p != mesh.InternalCapsule, major: true}}); err != nil {
			return err
		}
	}
	return nil
}

// addBrainstem adds the midbrain with its crura, the pons with its basis
// and tegmentum, and the medulla with its pyramids and olives. The shipped
// meshes hold both sides of each; paired parts are cut at the midline so
// that a student hovering reads which side.
func addBrainstem(m *Model, _ *anatomy.Atlas) error {
	steps := []struct {
		p     mesh.Part
		parts []realPart
	}{
		{mesh.Crus, []realPart{
			{id: "peduncle.L", name: sided(anatomy.Left, "cerebral peduncle (crus)"), group: "brainstem", color: crusColor, major: true, keep: leftOf},
			{id: "peduncle.R", name: sided(anatomy.Right, "cerebral peduncle (crus)"), group: "brainstem", color: crusColor, keep: rightOf},
		}},
		{mesh.BasisPontis, []realPart{{id: "pons", name: "basis pontis", group: "brainstem", color: brainstemColor, major: true}}},
		{mesh.PontineTegmentum, []realPart{{id: "pontine_tegmentum", name: "pontine tegmentum", group: "brainstem", color: tegmentumColor}}},
		{mesh.Pyramid, []realPart{
			{id: "pyramid.L", name: sided(anatomy.Left, "medullary pyramid"), group: "brainstem", color: crusColor, major: true, keep: leftOf},
			{id: "pyramid.R", name: sided(anatomy.Right, "medullary pyramid"), group: "brainstem", color: crusColor, keep: rightOf},
		}},
		{mesh.Olive, []realPart{
			{id: "olive.L", name: sided(anatomy.Left, "inferior olive"), group: "brainstem", color: oliveColor, keep: leftOf},
			{id: "olive.R", name: sided(anatomy.Right, "inferior olive"), group: "brainstem", color: oliveColor, keep: rightOf},
		}},
		{mesh.BrainstemRest, []realPart{
			{id: "tegmentum", name: "midbrain (tegmentum and tectum)", group: "brainstem", color: tegmentumColor, shell: true, keep: above(brainstemSplit)},
			{id: "medulla", name: "medulla oblongata", group: "brainstem", color: tegmentumColor, shell: true, major: true, keep: below(brainstemSplit)},
		}},
	}
	for _, s := range steps {
		if err := addReal(m, s.p, s.parts); err != nil {
			return err
		}
	}
	return nil
}

// addCerebellum adds the cerebellum, translucent, behind the brainstem.
func addCerebellum(m *Model, _ *anatomy.Atlas) error {
	return addReal(m, mesh.Cerebellum, []realPart{{id: "cerebellum", name: "cerebellum", group: "cerebellum", color: cerebellColor, shell: true, major: true}})
}

// sideName returns a paired structure's name with its side in front: the
// cord's and nerves' style.
func sideName(s anatomy.Side, name string) string {
	if s == anatomy.Right {
		return "right " + name
	}
	return "left " + name
}
