package geom

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// cortexRegion is a part of the hemisphere's surface with a name of its
// own: what a student hovers and reads.
type cortexRegion struct {
	id, name string
	labels   []mesh.Label
	major    bool
	// first: see Mesh.PickFirst.
	first bool
	// medial: see Mesh.Medial.
	medial bool
}

// cortexRegions cut each hemisphere by the Allen atlas's labels. The
// precentral gyrus keeps its old id, which tracing and the tours know.
var cortexRegions = []cortexRegion{
	{"hemisphere", "cerebral cortex", []mesh.Label{mesh.OtherCortex}, true, false, false},
	{"precentral", "precentral gyrus", []mesh.Label{mesh.Precentral}, true, true, false},
	{"paracentral", "paracentral lobule", []mesh.Label{mesh.Paracentral}, false, true, false},
	{"postcentral", "postcentral gyrus", []mesh.Label{mesh.Postcentral}, false, false, false},
	// Area 6, whose fibres join the strip's (scene/lesion/sources.go):
	// named, so that a student sees where the premotor sources lie; the
	// SMA, on the medial wall, in the solid looks only.
	{"premotor", "premotor cortex (area 6)", []mesh.Label{mesh.Premotor}, true, false, false},
	{"sma", "supplementary motor area", []mesh.Label{mesh.SupplementaryMotor}, true, false, true},
}

// addHemispheres adds both hemispheres' real surfaces, cut into the
// regions above: the motor cortex coloured by somatotopy, the sensory
// cortex behind the central sulcus paler, the rest neutral, every vertex
// darkened by how deep in a sulcus it lies so that the gyri read even
// through glass. The coarse level of detail is cut the same way; a
// coarse-only model (BuildCoarse) cuts that level alone, since cutting
// and colouring the full surface is most of what building the model
// costs.
func addHemispheres(m *Model, a *anatomy.Atlas) error {
	set, err := shippedMeshes()
	if err != nil {
		return err
	}
	var areas []anatomy.Area
	for _, ar := range a.Areas {
		if ar.Kind == "cortex" {
			areas = append(areas, ar)
		}
	}
	// The left hemisphere is cut and coloured; the right is its mirror,
	// which the atlas's symmetric labels and areas make exact.
	coarse := cutCortex(set.Left[mesh.HemisphereCoarse], areas)
	left := coarse
	if !m.coarseOnly {
		left = cutCortex(set.Left[mesh.Hemisphere], areas)
		for i := range left {
			left[i].Coarse = &coarse[i]
		}
	}
	for i, reg := range cortexRegions {
		left[i].Major = reg.major
		left[i].PickFirst = reg.first
		left[i].Medial = reg.medial
	}
	for i, reg := range cortexRegions {
		right := mirrored(&left[i], reg.id+"."+anatomy.Right.String(), sided(anatomy.Right, reg.name))
		right.Major = false
		if err := m.add(left[i]); err != nil {
			return err
		}
		if err := m.add(right); err != nil {
			return err
		}
	}
	return nil
}

// cutCortex returns the left hemisphere's surface hemi (one level of
// detail) cut into cortexRegions, one mesh each, coloured (see
// cortexColors).
func cutCortex(hemi *mesh.Mesh, areas []anatomy.Area) []Mesh {
	s := solidOf(hemi)
	depth := sulcalDepth(s)
	colors := cortexColors(s, hemi.Labels, areas, depth)
	anchors := regionAnchors(s, hemi.Labels, depth, areas)
	tris := regionTriangles(s, hemi.Labels)
	remap := newRemap(len(s.pos))
	out := make([]Mesh, len(cortexRegions))
	for ri, reg := range cortexRegions {
		pos, nrm, idx, cols := s.piece(tris[ri], colors, remap)
		out[ri] = Mesh{ID: reg.id + "." + anatomy.Left.String(), Name: sided(anatomy.Left, reg.name), Group: "hemisphere",
			Color: cortexColor, Colors: cols, Shell: true, Cortex: true, Side: anatomy.Left,
			Positions: pos, Normals: nrm, Indices: idx, Anchor: anchors[ri]}
	}
	return out
}

// mirrored returns m reflected to the right side (x → −x, its triangles
// rewound so that they still face out), named id and name, with its
// coarse copy mirrored too.
func mirrored(m *Mesh, id, name string) Mesh {
	out := *m
	out.ID, out.Name, out.Side = id, name, anatomy.Right
	out.Positions = make([]mgl32.Vec3, len(m.Positions))
	out.Normals = make([]mgl32.Vec3, len(m.Normals))
	out.Indices = make([]uint32, len(m.Indices))
	for i, p := range m.Positions {
		out.Positions[i] = mgl32.Vec3{-p[0], p[1], p[2]}
	}
	for i, n := range m.Normals {
		out.Normals[i] = mgl32.Vec3{-n[0], n[1], n[2]}
	}
	for i := 0; i+2 < len(m.Indices); i += 3 {
		out.Indices[i], out.Indices[i+1], out.Indices[i+2] = m.Indices[i], m.Indices[i+2], m.Indices[i+1]
	}
	out.Anchor = mgl32.Vec3{-m.Anchor[0], m.Anchor[1], m.Anchor[2]}
	if m.Coarse != nil {
		c := mirrored(m.Coarse, id, name)
		out.Coarse = &c
	}
	return out
}

// labelRegions returns, by mesh label, its place in cortexRegions, or -1
// for a label no region holds.
func labelRegions() [256]int8 {
	var region [256]int8
	for i := range region {
		region[i] = -1
	}
	for ri, reg := range cortexRegions {
		for _, l := range reg.labels {
			region[l] = int8(ri)
		}
	}
	return region
}

// regionTriangles returns, for each of cortexRegions, the numbers of the
// triangles of s that belong to it: those whose label (the one at least
// two of its corners carry, or else its first corner's) is among the
// region's. One pass over the surface sorts them all.
func regionTriangles(s solid, labels []mesh.Label) [][]int32 {
	region := labelRegions()
	out := make([][]int32, len(cortexRegions))
	for t := 0; 3*t+2 < len(s.idx); t++ {
		a, b, c := labels[s.idx[3*t]], labels[s.idx[3*t+1]], labels[s.idx[3*t+2]]
		l := a
		if b == c {
			l = b
		}
		if ri := region[l]; ri >= 0 {
			out[ri] = append(out[ri], int32(t))
		}
	}
	return out
}

// cortexColors returns the colour of each vertex of a hemisphere's
// surface: a precentral or paracentral vertex takes the somatotopic colour
// of the cortical area whose neurons lie nearest it (see
// nearestCortexArea), a postcentral
// one a paler neutral, area 6 a cool grey patch, the rest the cortex's;
// each darkened in proportion to its depth in a sulcus (depth,
// sulcalDepth's).
func cortexColors(s solid, labels []mesh.Label, areas []anatomy.Area, depth []float32) [][4]float32 {
	out := make([][4]float32, len(s.pos))
	for i, p := range s.pos {
		c := cortexColor
		switch labels[i] {
		case mesh.Precentral, mesh.Paracentral:
			if id := nearestCortexArea(areas, p); id != "" {
				c = channelColors[id]
				c[3] = bandAlpha
			}
		case mesh.Postcentral:
			c = postcentralColor
		case mesh.Premotor, mesh.SupplementaryMotor:
			c = area6Color
		}
		// Sulci darker and denser: through the glass, the gyri read as
		// pale ridges between dark lines, as on a specimen.
		k := 1.08 - 0.6*depth[i]
		a := c[3]
		if labels[i] == mesh.OtherCortex || labels[i] == mesh.Postcentral {
			a *= 0.8 + 1.6*depth[i]
		}
		out[i] = [4]float32{c[0] * k, c[1] * k, c[2] * k, a}
	}
	return out
}

// nearestCortexArea returns the id of the area whose neurons lie nearest
// p, either side (by the distance to the left one mirrored), or "" when
// there is none: for an area laid out on the sheet, its nearest muscle's
// hot spot, since that is what a click there takes; for the others, their
// centre. The colours then match what a click on the strip weakens.
func nearestCortexArea(areas []anatomy.Area, p mgl32.Vec3) string {
	best, bestD := "", float32(1e30)
	near := func(id string, at mgl32.Vec3) {
		dx, dy, dz := abs32(p[0])-abs32(at[0]), p[1]-at[1], p[2]-at[2]
		if d := dx*dx + dy*dy + dz*dz; d < bestD {
			best, bestD = id, d
		}
	}
	for _, ar := range areas {
		if len(ar.Sheet) == 0 {
			near(ar.ID, Vec32(ar.At))
		}
		for _, sp := range ar.Sheet {
			near(ar.ID, Vec32(sp.At))
		}
	}
	return best
}

// sulcalDepth returns, for each vertex, how far (0 crown to 1 fundus) it
// lies in a fold: its offset below its neighbours' mean along its normal,
// smoothed over its neighbourhood and scaled to the surface's range.
func sulcalDepth(s solid) []float32 {
	n := len(s.pos)
	sum := make([]mgl32.Vec3, n)
	count := make([]float32, n)
	for t := 0; 3*t+2 < len(s.idx); t++ {
		for k := 0; k < 3; k++ {
			a, b := s.idx[3*t+k], s.idx[3*t+(k+1)%3]
			sum[a], sum[b] = sum[a].Add(s.pos[b]), sum[b].Add(s.pos[a])
			count[a]++
			count[b]++
		}
	}
	d := make([]float32, n)
	for i := range d {
		if count[i] > 0 {
			d[i] = sum[i].Mul(1 / count[i]).Sub(s.pos[i]).Dot(s.nrm[i])
		}
	}
	// Smooth a few times over the one-ring so that whole sulci, not
	// single vertices, darken.
	next := make([]float32, n)
	for range 4 {
		for i := range next {
			next[i] = d[i]
		}
		for t := 0; 3*t+2 < len(s.idx); t++ {
			for k := 0; k < 3; k++ {
				a, b := s.idx[3*t+k], s.idx[3*t+(k+1)%3]
				next[a] += d[b]
				next[b] += d[a]
			}
		}
		for i := range d {
			d[i] = next[i] / (1 + count[i])
		}
	}
	lo, hi := float32(1e30), float32(-1e30)
	for _, v := range d {
		lo, hi = min(lo, v), max(hi, v)
	}
	// The extremes are a few vertices: scale by a fraction of the range so
	// that ordinary sulci reach full depth.
	span := max((hi-lo)*0.5, 1e-6)
	mid := (lo + hi) / 2
	for i, v := range d {
		d[i] = max(0, min(1, 0.5+(v-mid)/span))
	}
	return d
}
