package explorer

import (
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// The name under the pointer is the name a lesion clicked there would be
// headed by: hovering the hand knob reads "Left precentral gyrus (hand
// area)", as the report will, not the mesh's "precentral gyrus (left)".
// Working it out evaluates that lesion (about 50 µs), so it is done only
// when the point under the pointer changes, never for a still frame.

// lesionNamed are the groups of the model whose parts a hover names by
// what a lesion there destroys: the brain, brainstem and cord, and the
// pathways and nuclei drawn in them. A nerve or a root, outside them, is
// named as itself.
var lesionNamed = map[string]bool{
	"hemisphere": true, "deep": true, "brainstem": true, "cerebellum": true, "cord": true,
	"pathway": true, "nucleus": true,
}

// hoverKey is what the name under the pointer depends on.
type hoverKey struct {
	mesh     string
	pos, eye mgl32.Vec3
	radius   float32
	phase    lesion.Phase
	p        geom.Proportions
}

// hovered is the last name the pointer was given, and for what.
type hovered struct {
	ok   bool
	key  hoverKey
	name string
}

// HoverName returns what the pointer over mesh m, at the point pos of its
// surface (drawn in the explorer's proportions, as view's PickPoint gives
// it), names: for the brain, brainstem and cord the place a lesion
// clicked there would be headed by (words.LesionWhere of the lesion
// LesionClick would place, alone), else the part's own name; "" for no
// part. A pointer that stays on one point costs a comparison.
func (e *Explorer) HoverName(m *geom.Mesh, pos mgl32.Vec3) string {
	if m == nil {
		return ""
	}
	if !lesionNamed[m.Group] {
		return m.Name
	}
	k := hoverKey{mesh: m.ID, pos: pos, eye: e.st.Camera.Eye(), radius: e.clickRadius(pos), phase: e.st.Phase, p: e.st.Proportions}
	h := &e.pointer.hover
	if h.ok && h.key == k {
		return h.name
	}
	h.ok, h.key, h.name = true, k, e.clickedPlace(pos, k.radius)
	if h.name == "" {
		h.name = m.Name
	}
	return h.name
}

// clickRadius is the radius of the sphere a click at pos would place:
// the selected sphere's, or the size a click there takes (RadiusAt).
func (e *Explorer) clickRadius(pos mgl32.Vec3) float32 {
	if sel := e.selected; sel >= 0 && sel < len(e.st.Lesions) && e.st.Lesions[sel].Sphere() {
		return e.st.Lesions[sel].Radius
	}
	return RadiusAt(e.st.Proportions.Unwarp(pos))
}

// clickedPlace names, as the report's heading does, where a lesion of
// radius clicked at pos would lie; "" when it cannot be evaluated.
func (e *Explorer) clickedPlace(pos mgl32.Vec3, radius float32) string {
	eng, err := e.Engine()
	if err != nil {
		return ""
	}
	at := LesionCentre(e.st.Proportions, pos, e.st.Camera.Eye(), radius)
	spec := Placed{Centre: at, Radius: radius}.Text()
	site, err := eng.ParseSite(spec)
	if err != nil {
		return ""
	}
	res := eng.Evaluate([]lesion.Site{site}, e.st.Phase)
	return words.LesionWhere(e.cfg.Atlas, res, []string{spec})
}
