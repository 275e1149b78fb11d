package explorer

import (
	"strings"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// The name under the pointer says what a click there acts on. In lesion
// mode that is the name the lesion clicked there is headed by: hovering
// the hand knob reads "Left precentral gyrus (hand area)", as the report
// will, not the mesh's "postcentral gyrus (left)" the sphere reaches
// across the sulcus from. Elsewhere a click on the cortex traces from the
// area nearest it, or says which lobe it is (WhereToTrace), and a click
// on a pathway, a nucleus or a ventral horn traces from it: the hover
// names those as the click takes them, and the rest (the deep nuclei,
// the brainstem, the cord, the quadrant's cut face) as a lesion there is
// headed. Working a lesion's name out evaluates it (about 50 µs), so it
// is done only when the point under the pointer changes, never for a
// still frame.

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
	mesh      string
	pos, eye  mgl32.Vec3
	radius    float32
	phase     lesion.Phase
	p         geom.Proportions
	lesioning bool
}

// hovered is the last name the pointer was given, and for what.
type hovered struct {
	ok   bool
	key  hoverKey
	name string
}

// HoverName returns what the pointer over mesh m, at the point pos of its
// surface (drawn in the explorer's proportions, as view's PickPoint gives
// it), names: in lesion mode the place a lesion clicked there would be
// headed by (words.LesionWhere of the lesion LesionClick would place,
// alone); elsewhere what a click there traces from or is told of
// (tracedName), and for the rest of the brain, brainstem and cord that
// place again; else the part's own name. "" for no part. A pointer that
// stays on one point costs a comparison.
func (e *Explorer) HoverName(m *geom.Mesh, pos mgl32.Vec3) string {
	if m == nil {
		return ""
	}
	lesioning := e.st.Lesioning()
	if !lesioning && !lesionNamed[m.Group] {
		return partName(m)
	}
	k := hoverKey{mesh: m.ID, pos: pos, eye: e.st.Camera.Eye(), radius: e.clickRadius(m.ID, pos), phase: e.st.Phase, p: e.st.Proportions, lesioning: lesioning}
	h := &e.pointer.hover
	if h.ok && h.key == k {
		return h.name
	}
	h.ok, h.key, h.name = true, k, ""
	if !lesioning {
		h.name, _ = e.tracedName(m, pos)
	}
	if h.name == "" {
		h.name = e.clickedPlace(m.ID, pos, k.radius)
	}
	if h.name == "" {
		h.name = partName(m)
	}
	return h.name
}

// partName is a part's own name as a hover line gives it: capitalised,
// its side first, without what its brackets add (a nerve's course, "right
// spinal accessory nerve (its trunk, from the foramen magnum; …)").
func partName(m *geom.Mesh) string {
	n, _, _ := strings.Cut(m.Name, " (")
	for _, side := range []string{"left", "right"} {
		if strings.HasSuffix(m.Name, "("+side+")") {
			n = side + " " + n
		}
	}
	return words.Capital(n)
}

// tracedName names, outside lesion mode, what a click on mesh m at pos
// acts on, and whether it names it: the area of the motor strip it traces
// from, "Left precentral gyrus (hand area)"; the lobe of the cortex that
// starts nothing, "Left frontal lobe", as WhereToTrace's note says; a
// pathway, a nucleus or a horn it traces from, by its own name.
func (e *Explorer) tracedName(m *geom.Mesh, pos mgl32.Vec3) (string, bool) {
	a := e.cfg.Atlas
	at := e.st.Proportions.Unwarp(pos)
	dot := strings.LastIndex(m.ID, ".")
	if dot < 0 {
		return "", false
	}
	name, side := m.ID[:dot], sideWord(m.ID[dot+1:])
	switch {
	case motorCortex(m.ID):
		if ar := a.Area(nearestArea(a, at)); ar != nil {
			if g, _ := words.Gyrus(ar); g != "" {
				return words.Capital(side + g + " (" + words.AreaAlone(ar) + ")"), true
			}
		}
	case name == "hemisphere":
		return words.Capital(side + cortexPart(a, at)), true
	case name == "postcentral":
		return words.Capital(side + "postcentral gyrus"), true
	case name == "premotor":
		return words.Capital(side + "premotor cortex (area 6)"), true
	case name == "sma":
		return words.Capital(side + "supplementary motor area"), true
	case StartAt(a, m.ID, at) != "":
		return partName(m), true
	}
	return "", false
}

// clickRadius is the radius of the sphere a click on mesh id at pos would
// place: the selected sphere's, or the size a click there takes
// (RadiusOn).
func (e *Explorer) clickRadius(id string, pos mgl32.Vec3) float32 {
	if sel := e.selected; sel >= 0 && sel < len(e.st.Lesions) && e.st.Lesions[sel].Sphere() {
		return e.st.Lesions[sel].Radius
	}
	return RadiusOn(id, e.st.Proportions.Unwarp(pos))
}

// clickedPlace names, as the report's heading does, where a lesion of
// radius clicked on mesh id at pos would lie; "" when it cannot be
// evaluated.
func (e *Explorer) clickedPlace(id string, pos mgl32.Vec3, radius float32) string {
	eng, err := e.Engine()
	if err != nil {
		return ""
	}
	at := e.clickCentre(id, pos, radius)
	spec := Placed{Centre: at, Radius: radius}.Text()
	site, err := eng.ParseSite(spec)
	if err != nil {
		return ""
	}
	res := eng.Evaluate([]lesion.Site{site}, e.st.Phase)
	return words.LesionWhere(e.cfg.Atlas, res, []string{spec})
}
