package view

import (
	"strings"

	"github.com/decussate/decussate/scene/geom"
)

// contextSlab is how far behind a section's cut face, in the frame's
// millimetres, the fibres around it are drawn (farSideStub): a short
// stub where a nerve or a cut bundle leaves the cut face. Seen from below
// in perspective, a pathway tube running on behind the face showed past
// its outline as a tube lying across the pyramids and olives, and a
// lesion's cut fibres ran up through the title into the cut.
const contextSlab = 2.5

// A section's clip treats a mesh one of three ways (clipKind).
type clipKind uint8

const (
	// clipNearSide cuts away everything on the camera's side of the
	// cut: the model's surfaces, so that the cut face shows.
	clipNearSide clipKind = iota
	// clipStubBelow keeps only a thin slab on the camera's side: the
	// traced chain's tubes and action potentials (nearSideOnly).
	clipStubBelow
	// clipStubBehind keeps only a thin slab behind the cut face
	// (contextSlab): the pathway tubes, cranial nerves and nuclei and a
	// lesion's cut fibres, which the cut face shows as their cross-sections (the
	// section's dots) and where they leave it.
	clipStubBehind
	// clipHidden draws nothing: the spinal roots, which a cord section
	// draws on its face as stubs leaving the grey matter (geom.Section),
	// and which behind it lay across it as a bar.
	clipHidden
)

// clipOf returns how a section's clip treats mesh.
func (r *Renderer) clipOf(mesh *geom.Mesh) clipKind {
	switch {
	case r.nearSideOnly(mesh):
		return clipStubBelow
	case mesh.Group == "root":
		return clipHidden
	case farSideStub(mesh):
		return clipStubBehind
	}
	return clipNearSide
}

// farSideStub reports whether mesh, while a section is shown, is drawn
// only in a thin slab behind the cut face: the pathways' tubes, the
// cranial nerves, their nuclei (which the section draws as discs where
// it cuts them, and which behind it showed past its outline as if cut)
// and a lesion's cut fibres (lesion meshes "cut.").
func farSideStub(mesh *geom.Mesh) bool {
	switch mesh.Group {
	case "pathway", "nerve", "nucleus":
		return true
	case "overlay":
		return strings.HasPrefix(mesh.ID, "cut.")
	}
	return false
}
