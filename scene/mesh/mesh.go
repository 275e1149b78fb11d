// Package mesh holds the real anatomy's surfaces: triangle meshes in MNI
// ICBM152 2009 millimetres (x right, y anterior, z superior), built by
// cmd/meshbuild from the Allen Human Reference Atlas label volume and
// shipped in the compact .mesh format (see Decode). It decodes them,
// mirrors a left-sided mesh to the right, and checks that a mesh is a
// closed, consistently oriented surface. It never imports Ebiten.
package mesh

import "fmt"

// Label is what a vertex of a cortical surface lies on.
type Label uint8

// The cortical labels a hemisphere's vertices carry.
const (
	// OtherCortex is cortex outside the areas below.
	OtherCortex Label = iota
	// Precentral is the precentral gyrus (primary motor cortex).
	Precentral
	// Paracentral is the paracentral lobule (the leg's motor and sensory cortex).
	Paracentral
	// Postcentral is the postcentral gyrus (primary somatosensory cortex).
	Postcentral
	// Premotor is the dorsal premotor cortex, area 6 on the lateral
	// surface: the caudal superior and middle frontal gyri in front of
	// the precentral gyrus (meshbuild.LabelArea6 says the rule).
	Premotor
	// SupplementaryMotor is the supplementary motor area, area 6 on the
	// medial surface in front of the paracentral lobule.
	SupplementaryMotor
	labelCount
)

// String returns the label's name.
func (l Label) String() string {
	switch l {
	case OtherCortex:
		return "other cortex"
	case Precentral:
		return "precentral gyrus"
	case Paracentral:
		return "paracentral lobule"
	case Postcentral:
		return "postcentral gyrus"
	case Premotor:
		return "premotor cortex (area 6)"
	case SupplementaryMotor:
		return "supplementary motor area"
	}
	return fmt.Sprintf("Label(%d)", uint8(l))
}

// Mesh is a triangle mesh. Triangles wind counter-clockwise seen from
// outside, so that the right-hand normal points out.
type Mesh struct {
	// Positions are the vertices in millimetres.
	Positions [][3]float32
	// Labels, when not nil, holds one Label per vertex.
	Labels []Label
	// Triangles index Positions.
	Triangles [][3]uint32
}

// Bounds returns the smallest and largest coordinates of m's vertices.
func (m *Mesh) Bounds() (lo, hi [3]float32) {
	if len(m.Positions) == 0 {
		return
	}
	lo, hi = m.Positions[0], m.Positions[0]
	for _, p := range m.Positions[1:] {
		for d := 0; d < 3; d++ {
			lo[d] = min(lo[d], p[d])
			hi[d] = max(hi[d], p[d])
		}
	}
	return
}

// Mirrored returns a copy of m reflected through the midsagittal plane
// (x → −x), its triangles rewound so that they still face outward: the
// right-sided twin of a left-sided structure.
func (m *Mesh) Mirrored() *Mesh {
	out := &Mesh{
		Positions: make([][3]float32, len(m.Positions)),
		Triangles: make([][3]uint32, len(m.Triangles)),
	}
	for i, p := range m.Positions {
		out.Positions[i] = [3]float32{-p[0], p[1], p[2]}
	}
	for i, t := range m.Triangles {
		out.Triangles[i] = [3]uint32{t[0], t[2], t[1]}
	}
	if m.Labels != nil {
		out.Labels = append([]Label(nil), m.Labels...)
	}
	return out
}

// SignedVolume returns the volume m encloses in cubic millimetres:
// positive when its triangles face outward, negative when they face in.
func (m *Mesh) SignedVolume() float64 {
	var v float64
	for _, t := range m.Triangles {
		a, b, c := m.Positions[t[0]], m.Positions[t[1]], m.Positions[t[2]]
		ax, ay, az := float64(a[0]), float64(a[1]), float64(a[2])
		bx, by, bz := float64(b[0]), float64(b[1]), float64(b[2])
		cx, cy, cz := float64(c[0]), float64(c[1]), float64(c[2])
		v += ax*(by*cz-bz*cy) - ay*(bx*cz-bz*cx) + az*(bx*cy-by*cx)
	}
	return v / 6
}
