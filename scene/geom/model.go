// Package geom builds the 3D model of the motor system: the real anatomy
// (the hemispheres' pial surfaces with the precentral gyrus in its
// somatotopic colours, the deep nuclei and internal capsule, the brainstem
// and cerebellum, from the meshes cmd/meshbuild makes of the Allen Human
// Reference Atlas) and, made procedurally from the atlas, the cord, the
// roots, the cranial nuclei and nerves, and the pathways as tubes. All is
// in MNI ICBM152 2009 millimetres, so that everything drawn lands where
// the lesion engine places it.
package geom

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// Mesh is one structure of the model: triangles with normals and colours.
type Mesh struct {
	// ID names the structure for picking and labels; Name is what a
	// student reads.
	ID, Name string
	// Group is the kind of structure: hemisphere, deep, brainstem,
	// cerebellum, cord, root, nucleus, nerve or pathway.
	Group string
	// Color is the straight-alpha colour of the whole mesh; Colors, when
	// set, gives one per vertex instead.
	Color  [4]float32
	Colors [][4]float32
	// Shell marks a translucent surface that structures inside show
	// through: in the glass look it is drawn as a rim, clear face on.
	Shell bool
	// Cortex marks a part of a cerebral hemisphere's surface, on Side:
	// what the opaque and cutaway looks make solid or hide.
	Cortex bool
	Side   anatomy.Side
	// Quarter, when set, marks a copy of a cortex part with that quarter
	// cut away, or the cap that closes the cut: only the quadrant look
	// draws it, and only while the camera faces that quarter (DrawnIn).
	Quarter Quarter
	// PickFirst makes a click on a translucent part take it rather than
	// what shows through it: the motor strip, clicked for a cortical
	// lesion though the pathways run beneath it.
	PickFirst bool
	// Medial tells a part of the cortex on the medial wall alone (the
	// supplementary motor area): the glass look never draws it facing
	// the camera (scene/view leaves the medial walls out of the far
	// side), so only the solid looks name it.
	Medial    bool
	Positions []mgl32.Vec3
	Normals   []mgl32.Vec3
	Indices   []uint32
	// Anchor is where a label's leader line points; Major marks the parts
	// the labels toggle names.
	Anchor mgl32.Vec3
	Major  bool
	// Detail is 1 for the full mesh; a coarse copy for a moving camera
	// has its own, smaller, Positions and Indices in Coarse.
	Coarse *Mesh
}

// Model is the whole scene's meshes, in atlas millimetres.
type Model struct {
	Meshes []Mesh
	// FibreScale is how much thicker than life-like the pathways are
	// drawn: 1, or more for a projector (presenter mode).
	FibreScale float32
	// Centre and Radius bound the model.
	Centre mgl32.Vec3
	Radius float32
	// quartered says AddQuarters has run.
	quartered bool
	// coarseOnly says the model was built at the coarse level of detail
	// alone (BuildCoarse).
	coarseOnly bool
}

// Build makes the model from the atlas.
func Build(a *anatomy.Atlas) (*Model, error) { return BuildWithFibres(a, 1) }

// BuildWithFibres makes the model with the pathways drawn fibreScale times
// thicker: presenter mode's model, readable from the back of a room.
func BuildWithFibres(a *anatomy.Atlas, fibreScale float32) (*Model, error) {
	return build(&Model{FibreScale: max(fibreScale, 0.1)}, a)
}

// build adds every structure of the atlas to m, the hemispheres at the
// detail m asks for, and bounds it.
func build(m *Model, a *anatomy.Atlas) (*Model, error) {
	steps := []struct {
		what string
		fn   func(*Model, *anatomy.Atlas) error
	}{
		{"hemispheres", addHemispheres},
		{"deep landmarks and internal capsule", addDeep},
		{"brainstem", addBrainstem},
		{"cerebellum", addCerebellum},
		{"spinal cord", addCord},
		{"roots", addRoots},
		{"cranial nuclei and nerves", addCranial},
		{"pathways", addPathways},
	}
	for _, s := range steps {
		if err := s.fn(m, a); err != nil {
			return nil, fmt.Errorf("building the %s: %w", s.what, err)
		}
	}
	m.bound()
	return m, nil
}

// add appends a mesh, checking that it is well formed.
func (m *Model) add(mesh Mesh) error {
	if len(mesh.Positions) == 0 || len(mesh.Indices)%3 != 0 || len(mesh.Normals) != len(mesh.Positions) {
		return fmt.Errorf("mesh %s is malformed: %d positions, %d normals, %d indices", mesh.ID, len(mesh.Positions), len(mesh.Normals), len(mesh.Indices))
	}
	for _, i := range mesh.Indices {
		if int(i) >= len(mesh.Positions) {
			return fmt.Errorf("mesh %s indexes vertex %d of %d", mesh.ID, i, len(mesh.Positions))
		}
	}
	m.Meshes = append(m.Meshes, mesh)
	return nil
}

// bound computes the model's bounding sphere (about the box's centre).
func (m *Model) bound() {
	lo := mgl32.Vec3{1e9, 1e9, 1e9}
	hi := mgl32.Vec3{-1e9, -1e9, -1e9}
	for _, mesh := range m.Meshes {
		for _, p := range mesh.Positions {
			growBox(&lo, &hi, p)
		}
	}
	m.Centre = lo.Add(hi).Mul(0.5)
	m.Radius = hi.Sub(lo).Len() / 2
}

// growBox grows the box lo–hi to hold p. Written with comparisons, not
// min and max, which for floats pay for NaN and signed zeros: in the
// browser's first, unoptimised run of the start-up, bounding the model
// with them cost a tenth of geom.Build.
func growBox(lo, hi *mgl32.Vec3, p mgl32.Vec3) {
	for k := 0; k < 3; k++ {
		if p[k] < lo[k] {
			lo[k] = p[k]
		}
		if p[k] > hi[k] {
			hi[k] = p[k]
		}
	}
}

// Mesh returns the mesh id, or nil.
func (m *Model) Mesh(id string) *Mesh {
	for i := range m.Meshes {
		if m.Meshes[i].ID == id {
			return &m.Meshes[i]
		}
	}
	return nil
}

func v32(x, y, z float64) mgl32.Vec3 { return mgl32.Vec3{float32(x), float32(y), float32(z)} }
