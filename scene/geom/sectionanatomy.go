package geom

import (
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// sectionStructure is one real structure a section may cut, drawn filled
// in its colour and named.
type sectionStructure struct {
	part mesh.Part
	// name is what a student reads, after the side for a sided one.
	name string
	// split marks an unpaired mesh holding a structure of each side (the
	// two pyramids): its outlines are told apart by the side they lie on.
	split bool
	color [4]float32
	// inner structures lie within another one's outline (the thalamus in
	// the hemisphere's, the olive in the medulla's) and are drawn over it.
	inner bool
	// cortex draws a band of grey matter, cortexBandMM wide, inside the
	// outline: the pial surface bounds the cortex.
	cortex bool
	// forebrain marks the hemispheres' structures, which a section above
	// the brainstem shows; a section through the brainstem shows the
	// brainstem's own.
	forebrain bool
	// behind marks a structure behind the brainstem, whose middle lies
	// out of the section's frame (the cerebellum): its label points just
	// behind the rest of the face, beside the midline.
	behind bool
}

// The cut face's colours: white matter pale, grey matter darker and
// warmer, as on a stained slice, each nucleus told apart.
var (
	whiteMatter       = [4]float32{0.95, 0.94, 0.90, 1}
	cortexGrey        = [4]float32{0.66, 0.60, 0.62, 1}
	tractWhite        = [4]float32{0.84, 0.88, 0.96, 1}
	cutTegmentumColor = [4]float32{0.74, 0.70, 0.74, 1}
	basisColor        = [4]float32{0.88, 0.82, 0.70, 1}
	cutOliveColor     = [4]float32{0.86, 0.60, 0.42, 1}
	cerebellumColor   = [4]float32{0.60, 0.55, 0.58, 1}
	cutCaudateColor   = [4]float32{0.60, 0.70, 0.86, 1}
	putamenColor      = [4]float32{0.72, 0.60, 0.82, 1}
	thalamicColor     = [4]float32{0.92, 0.82, 0.50, 1}
)

// sectionStructures lists what a section cuts, drawn in this order: the
// outer structures, then those inside them. The cerebellum is drawn
// behind the brainstem at the pontine and medullary levels, where it is
// cut, but FaceBounds leaves it out: framed with it, the pyramids and
// olives a section is for would shrink.
var sectionStructures = []sectionStructure{
	{part: mesh.Hemisphere, name: "cerebral hemisphere", color: whiteMatter, cortex: true, forebrain: true},
	{part: mesh.Cerebellum, name: "cerebellum", color: cerebellumColor, behind: true},
	{part: mesh.BrainstemRest, name: "", color: cutTegmentumColor},
	{part: mesh.Crus, name: "crus cerebri", split: true, color: tractWhite},
	{part: mesh.BasisPontis, name: "basis pontis", color: basisColor},
	{part: mesh.PontineTegmentum, name: "pontine tegmentum", color: cutTegmentumColor},
	{part: mesh.Pyramid, name: "pyramid", split: true, color: tractWhite, inner: true},
	{part: mesh.Olive, name: "inferior olive", split: true, color: cutOliveColor, inner: true},
	{part: mesh.InternalCapsule, name: "internal capsule", color: tractWhite, inner: true, forebrain: true},
	{part: mesh.Lentiform, name: "lentiform nucleus", color: putamenColor, inner: true, forebrain: true},
	{part: mesh.Caudate, name: "caudate nucleus", color: cutCaudateColor, inner: true, forebrain: true},
	{part: mesh.Thalamus, name: "thalamus", color: thalamicColor, inner: true, forebrain: true},
}

// Layers of the cut face, toward the viewer below (millimetres): outer
// structures on the plane, inner ones over them, each rim over its fill.
// A millimetre and more apart, so that sorting triangles by depth keeps
// the order at the slight tilt a section is seen at.
const (
	outerLift     = float32(0)
	innerLift     = float32(-1.5)
	rimLift       = float32(-0.6)
	cortexBandMM  = float32(2.2)
	rimMM         = float32(0.3)
	rimDarkening  = float32(0.62)
	minBandFactor = float32(0.35)
)

// SectionAnatomy cuts the real anatomy's meshes at section levels. It
// keeps the last levels' cut faces, so that stepping back and forth
// between levels cuts each once. It is safe for concurrent use.
type SectionAnatomy struct {
	set *mesh.Set
	// ponsTop and ponsBottom bound the basis pontis, which tells the
	// midbrain's tegmentum from the medulla's.
	ponsTop, ponsBottom float32
	// brainstemTop is the top of the crura: a plane above it cuts the
	// hemispheres (the forebrain's structures), one below it the
	// brainstem.
	brainstemTop float32
	// zRange holds each mesh's lowest and highest z: a plane outside it
	// cuts nothing, and most planes miss most meshes.
	zRange map[*mesh.Mesh][2]float32
	mu     sync.Mutex
	cache  []cutFace
}

// cutFace is the drawn cut at one height.
type cutFace struct {
	z      float64
	meshes []Mesh
}

// sectionCacheSize is how many levels' cut faces SectionAnatomy keeps:
// every brainstem and capsule level.
const sectionCacheSize = 8

// NewSectionAnatomy prepares the meshes of set for cutting.
func NewSectionAnatomy(set *mesh.Set) (*SectionAnatomy, error) {
	for _, st := range sectionStructures {
		if set.Left[st.part] == nil {
			return nil, fmt.Errorf("section: the %s mesh is missing", st.part)
		}
	}
	lo, hi := set.Left[mesh.BasisPontis].Bounds()
	_, crus := set.Left[mesh.Crus].Bounds()
	s := &SectionAnatomy{set: set, ponsTop: hi[2], ponsBottom: lo[2], brainstemTop: crus[2], zRange: map[*mesh.Mesh][2]float32{}}
	for _, side := range [][]*mesh.Mesh{set.Left[:], set.Right[:]} {
		for _, m := range side {
			if m != nil {
				lo, hi := m.Bounds()
				s.zRange[m] = [2]float32{lo[2], hi[2]}
			}
		}
	}
	return s, nil
}

var shippedSection struct {
	once sync.Once
	s    *SectionAnatomy
	err  error
}

// ShippedSectionAnatomy returns the SectionAnatomy of the shipped meshes,
// decoded once, for the model and the sections alike (shippedMeshes).
func ShippedSectionAnatomy() (*SectionAnatomy, error) {
	shippedSection.once.Do(func() {
		set, err := shippedMeshes()
		if err != nil {
			shippedSection.err = fmt.Errorf("section: %w", err)
			return
		}
		shippedSection.s, shippedSection.err = NewSectionAnatomy(set)
	})
	return shippedSection.s, shippedSection.err
}

// Outlines returns the outlines of part on side where the plane at
// height z cuts it; an unpaired part is whole on either side.
func (s *SectionAnatomy) Outlines(p mesh.Part, side anatomy.Side, z float64) []Outline {
	m := s.set.Left[p]
	if p.Paired() && side == anatomy.Right {
		m = s.set.Right[p]
	}
	if r := s.zRange[m]; float32(z) < r[0] || float32(z) > r[1] {
		return nil
	}
	return CutMesh(m, float32(z))
}

// Face returns the cut face at height z: each structure the plane cuts,
// filled in its colour with a darker rim, named for the labels; above
// the crura, the forebrain's structures, below, the brainstem's. The
// meshes are shared between calls: the caller must not change them.
func (s *SectionAnatomy) Face(z float64) []Mesh {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.cache {
		if c.z == z {
			return c.meshes
		}
	}
	out := s.cut(z)
	if len(s.cache) == sectionCacheSize {
		s.cache = s.cache[1:]
	}
	s.cache = append(s.cache, cutFace{z: z, meshes: out})
	return out
}

// cut makes the cut face at height z.
func (s *SectionAnatomy) cut(z float64) []Mesh {
	// layers[inner][rim]: drawn outer fills, outer rims, inner fills,
	// inner rims, each over the last.
	var layers [2][2][]Mesh
	type placed struct {
		layer, at int
		outlines  []Outline
	}
	var behind []placed
	forebrain := float32(z) > s.brainstemTop
	for _, st := range sectionStructures {
		if st.forebrain != forebrain {
			continue
		}
		var groups []sidedOutlines
		switch {
		case st.part.Paired():
			for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
				groups = append(groups, sidedOutlines{side, true, s.Outlines(st.part, side, z)})
			}
		case st.split:
			groups = splitBySide(s.Outlines(st.part, anatomy.Left, z))
		default:
			groups = []sidedOutlines{{anatomy.Left, false, s.Outlines(st.part, anatomy.Left, z)}}
		}
		for _, g := range groups {
			if len(g.outlines) == 0 {
				continue
			}
			for i, o := range g.outlines {
				g.outlines[i] = simplify(o, fillTolerance)
			}
			id, name := "section."+st.part.ID(), st.name
			if st.part == mesh.BrainstemRest {
				name = s.restName(float32(z))
			}
			if g.sided {
				id += "." + g.side.String()
				name = sideWord(g.side) + " " + name
			}
			lift := outerLift
			if st.inner {
				lift = innerLift
			}
			fill := outlineMesh(id, name, g.outlines, float32(z)+lift, st.color)
			fill.Major = true
			fill.Anchor = largest(g.outlines).Inside().Vec3(float32(z) + lift)
			layer := 0
			if st.inner {
				layer = 1
			}
			if st.behind {
				behind = append(behind, placed{layer, len(layers[layer][0]), g.outlines})
			}
			layers[layer][0] = append(layers[layer][0], fill)
			band, color := rimMM, darker(st.color)
			if st.cortex {
				band, color = cortexBandMM, cortexGrey
			}
			rim := rimMesh(id+".rim", name, g.outlines, float32(z)+lift+rimLift, band, color)
			if len(rim.Indices) > 0 {
				layers[layer][1] = append(layers[layer][1], rim)
			}
		}
	}
	if lo, hi, ok := faceBounds(layers[0][0], layers[1][0]); ok {
		// Behind the face's left half, a little lateral to the midline.
		ref := mgl32.Vec2{0.5*lo[0] + 0.5*(lo[0]+hi[0])/2, lo[1]}
		for _, b := range behind {
			m := &layers[b.layer][0][b.at]
			m.Anchor = nearestInside(b.outlines, ref, anchorInsetMM, m.Anchor.Vec2()).Vec3(m.Anchor[2])
		}
	}
	var out []Mesh
	for _, l := range layers {
		out = append(append(out, l[0]...), l[1]...)
	}
	return out
}

// FaceBounds returns the box, in x and y, of the structures at height z
// that a section is about: the brainstem's without the cerebellum behind
// it, or above it the deep nuclei and the capsule without the hemisphere
// around them. ok is false when the plane cuts none.
func (s *SectionAnatomy) FaceBounds(z float64) (lo, hi mgl32.Vec2, ok bool) {
	return faceBounds(s.Face(z))
}

// framed reports whether m is one of the named fills a section is about:
// not the hemisphere's nor the cerebellum's (see FaceBounds).
func framed(m *Mesh) bool {
	return m.Major && !strings.HasPrefix(m.ID, "section."+mesh.Hemisphere.ID()+".") && m.ID != "section."+mesh.Cerebellum.ID()
}

// faceBounds returns the box of the named fills among sets, the
// hemisphere's and the cerebellum's left out (see FaceBounds).
func faceBounds(sets ...[]Mesh) (lo, hi mgl32.Vec2, ok bool) {
	for _, set := range sets {
		for i := range set {
			m := &set[i]
			if !framed(m) {
				continue
			}
			for _, p := range m.Positions {
				if !ok {
					lo, hi, ok = p.Vec2(), p.Vec2(), true
				}
				lo = mgl32.Vec2{min(lo[0], p[0]), min(lo[1], p[1])}
				hi = mgl32.Vec2{max(hi[0], p[0]), max(hi[1], p[1])}
			}
		}
	}
	return lo, hi, ok
}

// restName names the brainstem's remaining tissue by level: the
// midbrain's tegmentum above the pons, the medulla's below it.
func (s *SectionAnatomy) restName(z float32) string {
	switch {
	case z > s.ponsTop:
		return "midbrain tegmentum and tectum"
	case z < s.ponsBottom:
		return "medullary tegmentum"
	}
	// At the pons what is left is the peduncles' near halves.
	return "cerebellar peduncles"
}

// sidedOutlines are the outlines of one side's structure.
type sidedOutlines struct {
	side     anatomy.Side
	sided    bool
	outlines []Outline
}

// splitBySide groups outlines by the side their area lies on: the two
// pyramids, the two crura. A hole goes with the outline around it.
func splitBySide(os []Outline) []sidedOutlines {
	left := sidedOutlines{side: anatomy.Left, sided: true}
	right := sidedOutlines{side: anatomy.Right, sided: true}
	for _, o := range os {
		if o.Centroid()[0] < 0 {
			left.outlines = append(left.outlines, o)
		} else {
			right.outlines = append(right.outlines, o)
		}
	}
	return []sidedOutlines{left, right}
}

// largest returns the outline of largest area.
func largest(os []Outline) Outline {
	best := os[0]
	for _, o := range os[1:] {
		if o.Area() > best.Area() {
			best = o
		}
	}
	return best
}

// anchorInsetMM is how far inside its outline a label's anchor near a
// chosen point lies, clear of the rim.
const anchorInsetMM = 4

// nearestInside returns the point inset millimetres inside the outline
// vertex of os nearest ref, on the tissue's side; fallback when none such
// lies inside.
func nearestInside(os []Outline, ref mgl32.Vec2, inset float32, fallback mgl32.Vec2) mgl32.Vec2 {
	best, bestD := fallback, float32(math.MaxFloat32)
	for _, o := range os {
		n := len(o)
		for i, p := range o {
			d := p.Sub(ref).LenSqr()
			if d >= bestD {
				continue
			}
			in := p.Add(leftNormal(o[(i+1)%n].Sub(o[(i+n-1)%n])).Mul(inset))
			if insideAll(os, in) {
				best, bestD = in, d
			}
		}
	}
	return best
}

// insideAll reports whether p lies in the tissue os bound: inside an odd
// number of them, holes counted.
func insideAll(os []Outline, p mgl32.Vec2) bool {
	in := false
	for _, o := range os {
		if o.Contains(p) {
			in = !in
		}
	}
	return in
}

// darker returns c darkened for a rim.
func darker(c [4]float32) [4]float32 {
	return [4]float32{c[0] * rimDarkening, c[1] * rimDarkening, c[2] * rimDarkening, c[3]}
}

// outlineMesh fills the outlines at height z, facing down to a viewer
// below.
func outlineMesh(id, name string, os []Outline, z float32, color [4]float32) Mesh {
	pts, tris := fillOutlines(os)
	m := Mesh{ID: id, Name: name, Group: "section", Color: color}
	m.Positions = make([]mgl32.Vec3, len(pts))
	m.Normals = make([]mgl32.Vec3, len(pts))
	for i, p := range pts {
		m.Positions[i] = p.Vec3(z)
		m.Normals[i] = mgl32.Vec3{0, 0, -1}
	}
	m.Indices = make([]uint32, len(tris))
	for i := 0; i+2 < len(tris); i += 3 {
		// Counter-clockwise from above is clockwise from below: turned.
		m.Indices[i], m.Indices[i+1], m.Indices[i+2] = tris[i], tris[i+2], tris[i+1]
	}
	return m
}

// rimMesh draws a band width millimetres wide inside each outline, on the
// tissue's side (the left of an outline's way round, holes included but
// for the small ones fillOutlines fills).
func rimMesh(id, name string, os []Outline, z, width float32, color [4]float32) Mesh {
	m := Mesh{ID: id, Name: name, Group: "section", Color: color}
	down := mgl32.Vec3{0, 0, -1}
	for _, o := range os {
		if o.Area() > -minHoleMM2 && o.Area() < 0 {
			continue // filled over: see fillOutlines
		}
		n := len(o)
		base := uint32(len(m.Positions))
		for i, p := range o {
			a, b := o[(i+n-1)%n], o[(i+1)%n]
			n1 := leftNormal(p.Sub(a))
			n2 := leftNormal(b.Sub(p))
			bis := n1.Add(n2)
			if bis.Len() < 1e-6 {
				bis = n1
			}
			bis = bis.Normalize()
			// Mitred, within reason: a sharp corner's mitre would reach
			// far across the structure.
			cos := max(bis.Dot(n1), minBandFactor)
			in := p.Add(bis.Mul(width / cos))
			m.Positions = append(m.Positions, p.Vec3(z), in.Vec3(z))
			m.Normals = append(m.Normals, down, down)
		}
		for i := 0; i < n; i++ {
			j := (i + 1) % n
			p0, q0 := base+uint32(2*i), base+uint32(2*i+1)
			p1, q1 := base+uint32(2*j), base+uint32(2*j+1)
			// p0 → p1 → q1 → q0 runs counter-clockwise from above:
			// turned, to face the viewer below.
			m.Indices = append(m.Indices, p0, q1, p1, p0, q0, q1)
		}
	}
	return m
}

// leftNormal returns the unit vector a quarter turn counter-clockwise
// from d.
func leftNormal(d mgl32.Vec2) mgl32.Vec2 {
	l := float32(math.Hypot(float64(d[0]), float64(d[1])))
	if l == 0 {
		return mgl32.Vec2{}
	}
	return mgl32.Vec2{-d[1] / l, d[0] / l}
}
