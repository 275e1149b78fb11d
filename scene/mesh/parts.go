package mesh

import (
	"fmt"
	"io/fs"
)

// Part names one shipped mesh.
type Part uint8

// The shipped meshes. Paired structures are stored for the left side only
// (x < 0) and mirrored at load for the right.
const (
	// Hemisphere is the left cerebral hemisphere's pial surface, its
	// vertices labelled by cortical area (≤ 40 000 triangles).
	Hemisphere Part = iota
	// HemisphereCoarse is Hemisphere's coarse level of detail (~8 000
	// triangles), for moving frames.
	HemisphereCoarse
	// Cerebellum is both cerebellar hemispheres and the vermis, with their
	// white matter and the cerebellar peduncles' near halves.
	Cerebellum
	// Crus is both cerebral peduncles' crura (the Allen atlas's cpd).
	Crus
	// BasisPontis is the basis pontis (PnBa), both sides.
	BasisPontis
	// PontineTegmentum is the pontine tegmentum (PnTg), both sides.
	PontineTegmentum
	// Pyramid is both medullary pyramids (MoPy).
	Pyramid
	// Olive is both inferior olives (IO).
	Olive
	// BrainstemRest is the rest of the midbrain and medulla: the midbrain
	// tegmentum and tectum, red nucleus, substantia nigra and the
	// medullary tegmentum, with the brainstem's share of the hindbrain
	// white matter.
	BrainstemRest
	// Thalamus is the left thalamus (its nuclei together).
	Thalamus
	// Lentiform is the left lentiform nucleus: putamen and globus pallidus.
	Lentiform
	// Caudate is the left caudate nucleus (head, body and tail).
	Caudate
	// InternalCapsule is the left internal capsule, derived: see
	// cmd/meshbuild.
	InternalCapsule
	partCount
)

// Parts lists every Part in order.
func Parts() []Part {
	out := make([]Part, partCount)
	for i := range out {
		out[i] = Part(i)
	}
	return out
}

type partInfo struct {
	id     string
	paired bool
}

var partInfos = [partCount]partInfo{
	Hemisphere:       {"hemisphere", true},
	HemisphereCoarse: {"hemisphere-coarse", true},
	Cerebellum:       {"cerebellum", false},
	Crus:             {"crus", false},
	BasisPontis:      {"basis-pontis", false},
	PontineTegmentum: {"pontine-tegmentum", false},
	Pyramid:          {"pyramid", false},
	Olive:            {"olive", false},
	BrainstemRest:    {"brainstem-rest", false},
	Thalamus:         {"thalamus", true},
	Lentiform:        {"lentiform", true},
	Caudate:          {"caudate", true},
	InternalCapsule:  {"internal-capsule", true},
}

// ID returns the part's identifier, which is also its file's base name.
func (p Part) ID() string {
	if p >= partCount {
		return fmt.Sprintf("Part(%d)", uint8(p))
	}
	return partInfos[p].id
}

// String returns the part's identifier.
func (p Part) String() string { return p.ID() }

// File returns the name of the part's file in the meshes folder.
func (p Part) File() string { return p.ID() + ".mesh" }

// Paired reports whether the part is stored for the left side and
// mirrored for the right.
func (p Part) Paired() bool { return p < partCount && partInfos[p].paired }

// Set is every shipped mesh, decoded.
type Set struct {
	// Left holds each part as stored: the left side of a paired part, the
	// whole of an unpaired one.
	Left [partCount]*Mesh
	// Right holds the mirror of each paired part; nil for unpaired parts.
	Right [partCount]*Mesh
}

// Load decodes every part's file from the root of fsys (as
// meshes.FS gives them) and mirrors the paired ones.
func Load(fsys fs.FS) (*Set, error) {
	s := &Set{}
	for _, p := range Parts() {
		b, err := fs.ReadFile(fsys, p.File())
		if err != nil {
			return nil, fmt.Errorf("mesh: part %s: %w", p, err)
		}
		m, err := Decode(b)
		if err != nil {
			return nil, fmt.Errorf("mesh: part %s (%s): %w", p, p.File(), err)
		}
		s.Left[p] = m
		if p.Paired() {
			s.Right[p] = m.Mirrored()
		}
	}
	return s, nil
}
