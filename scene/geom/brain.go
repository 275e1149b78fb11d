package geom

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// The left hemisphere's shape: a superellipsoid centred near the midline
// and cut flat there, so that its highest point is medial as in the brain.
var (
	hemiCentre = mgl32.Vec3{-12, -16, 16}
	hemiRadius = mgl32.Vec3{58, 86, 58}
)

const (
	hemiExponent = 2.3
	hemiMedial   = -1.5 // the medial surface's x
	// gyrusHalf is the precentral gyrus's half-width in y; the central
	// sulcus lies behind it.
	gyrusHalf  = 7
	sulcusBack = 10
)

// addHemispheres adds both hemispheres, translucent, with the precentral
// gyrus coloured by somatotopy and the central sulcus drawn behind it.
func addHemispheres(m *Model, a *anatomy.Atlas) error {
	var areas []anatomy.Area
	for _, ar := range a.Areas {
		if ar.Kind == "cortex" {
			areas = append(areas, ar)
		}
	}
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		full := hemisphere(side, areas, 34, 100)
		full.Coarse = ptr(hemisphere(side, areas, 20, 36))
		if err := m.add(full); err != nil {
			return err
		}
		temporal := superShape(mgl32.Vec3{-44, -12, -12}, mgl32.Vec3{17, 42, 16}, 2.2, 14, 28)
		if side == anatomy.Right {
			mirror(&temporal)
		}
		mesh := temporal.mesh("temporal."+side.String(), sideName(side, "temporal lobe"), "hemisphere", cortexColor)
		coarse := superShape(mgl32.Vec3{-44, -12, -12}, mgl32.Vec3{17, 42, 16}, 2.2, 8, 14)
		if side == anatomy.Right {
			mirror(&coarse)
		}
		mesh.Shell = true
		mesh.withCoarse(coarse)
		mesh.Anchor = temporal.pos[len(temporal.pos)/2]
		if err := m.add(mesh); err != nil {
			return err
		}
	}
	return nil
}

// hemisphere builds one hemisphere at rows × cols.
func hemisphere(side anatomy.Side, areas []anatomy.Area, rows, cols int) Mesh {
	s := superShape(hemiCentre, hemiRadius, hemiExponent, rows, cols)
	for i, p := range s.pos {
		s.pos[i] = sculpt(p)
	}
	id, name := "hemisphere.L", "left cerebral hemisphere"
	if side == anatomy.Right {
		id, name = "hemisphere.R", "right cerebral hemisphere"
		mirror(&s)
	}
	mesh := s.mesh(id, name, "hemisphere", cortexColor)
	mesh.Shell = true
	mesh.Major = true
	mesh.Anchor = Vec32(anatomy.OnSide(atlas64(mgl32.Vec3{-50, 10, 40}), side))
	return mesh
}

// sculpt turns the superellipsoid into a hemisphere's outline: cut flat at
// the midline, lower toward the frontal and occipital poles than at the
// vertex, with a flat orbital base in front; the temporal lobe is a shape
// of its own below the Sylvian fissure.
func sculpt(p mgl32.Vec3) mgl32.Vec3 {
	p[0] = min(p[0], hemiMedial)
	v := (p[1] - hemiCentre[1]) / hemiRadius[1] // -1 occipital .. 1 frontal
	if p[2] > hemiCentre[2] {
		p[2] = hemiCentre[2] + (p[2]-hemiCentre[2])*(1-0.28*v*v)
	} else {
		// The base: flatter under the frontal lobe.
		k := float32(1)
		if v > 0 {
			k = 1 - 0.55*v
		}
		p[2] = hemiCentre[2] + (p[2]-hemiCentre[2])*k*0.75
	}
	return p
}

// addDeep adds the landmarks between which the internal capsule runs: the
// thalamus medially and the lentiform nucleus laterally.
func addDeep(m *Model, _ *anatomy.Atlas) error {
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		parts := []struct {
			id, name string
			c, r     mgl32.Vec3
			color    [4]float32
		}{
			{"thalamus", "thalamus", mgl32.Vec3{-10, -18, 6}, mgl32.Vec3{7, 14, 8}, thalamusColor},
			{"lentiform", "lentiform nucleus", mgl32.Vec3{-25, 0, 1}, mgl32.Vec3{6, 15, 10}, lentiformColor},
		}
		for _, pt := range parts {
			s, c := ellipsoid(pt.c, pt.r, 14, 20), ellipsoid(pt.c, pt.r, 7, 10)
			if side == anatomy.Right {
				mirror(&s)
				mirror(&c)
			}
			mesh := s.mesh(pt.id+"."+side.String(), sideName(side, pt.name), "deep", pt.color)
			// Translucent, so that the internal capsule between them shows
			// and can be clicked through them.
			mesh.Shell = true
			mesh.withCoarse(c)
			mesh.Anchor = Vec32(anatomy.OnSide(atlas64(pt.c), side))
			mesh.Major = side == anatomy.Left
			if err := m.add(mesh); err != nil {
				return err
			}
		}
	}
	return nil
}

// addBrainstem adds the midbrain with its peduncles, the pons with its
// basis, and the medulla with its pyramids and olives.
func addBrainstem(m *Model, a *anatomy.Atlas) error {
	type blob struct {
		id, name string
		c, r     mgl32.Vec3
		major    bool
	}
	blobs := []blob{
		{"tegmentum", "midbrain tegmentum", mgl32.Vec3{0, -27, -9}, mgl32.Vec3{10, 8, 9}, false},
		{"pons", "pons (basis pontis)", mgl32.Vec3{0, -24, -29}, mgl32.Vec3{16, 12, 11}, true},
		{"pontine_tegmentum", "pontine tegmentum", mgl32.Vec3{0, -36, -31}, mgl32.Vec3{12, 7, 10}, false},
	}
	for _, b := range blobs {
		mesh := ellipsoid(b.c, b.r, 16, 24).mesh(b.id, b.name, "brainstem", brainstemColor)
		mesh.withCoarse(ellipsoid(b.c, b.r, 8, 12))
		mesh.Anchor, mesh.Major = b.c, b.major
		if err := m.add(mesh); err != nil {
			return err
		}
	}
	// The medulla tapers from the pons to the cord's top.
	var secs []section
	bottom := float32(a.Segment(0).Top)
	n := int((-38-bottom)/3 + 0.5)
	for i := 0; i <= n; i++ {
		t := float32(i) / float32(n)
		z := -38 + (bottom+38)*t
		secs = append(secs, section{c: mgl32.Vec3{0, -39 - 6*t, z}, rx: 10 - 4*t, ry: 8 - 3.5*t})
	}
	medulla := loft(secs, 24).mesh("medulla", "medulla oblongata", "brainstem", brainstemColor)
	medulla.withCoarse(loft(secs, 10))
	medulla.Anchor, medulla.Major = mgl32.Vec3{0, -42, -50}, true
	if err := m.add(medulla); err != nil {
		return err
	}
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		parts := []struct {
			id, name string
			path     []mgl32.Vec3
			r        float32
		}{
			{"peduncle", "cerebral peduncle", []mgl32.Vec3{{-17, -6, 2}, {-13, -14, -10}, {-8, -19, -19}}, 5},
			{"pyramid", "pyramid", []mgl32.Vec3{{-3.5, -33, -40}, {-3.5, -35, -50}, {-2.5, -39, -58}}, 2.4},
		}
		for _, pt := range parts {
			path := pt.path
			if side == anatomy.Right {
				path = mirrorPath(path)
			}
			mesh := tube(path, pt.r, 12, 3).mesh(pt.id+"."+side.String(), sideName(side, pt.name), "brainstem", brainstemColor)
			mesh.withCoarse(tube(path, pt.r, 6, 8))
			mesh.Anchor, mesh.Major = path[1], side == anatomy.Left
			if err := m.add(mesh); err != nil {
				return err
			}
		}
		olive := ellipsoid(Vec32(anatomy.OnSide(atlas64(mgl32.Vec3{-8, -36, -48}), side)), mgl32.Vec3{2.8, 3.5, 6}, 10, 14)
		mesh := olive.mesh("olive."+side.String(), sideName(side, "inferior olive"), "brainstem", brainstemColor)
		mesh.Anchor = olive.pos[0]
		if err := m.add(mesh); err != nil {
			return err
		}
	}
	return nil
}

// addCerebellum adds the cerebellum, translucent, behind the brainstem.
func addCerebellum(m *Model, _ *anatomy.Atlas) error {
	s := superShape(mgl32.Vec3{0, -62, -26}, mgl32.Vec3{48, 28, 19}, 2.2, 20, 36)
	mesh := s.mesh("cerebellum", "cerebellum", "cerebellum", cerebellColor)
	mesh.withCoarse(superShape(mgl32.Vec3{0, -62, -26}, mgl32.Vec3{48, 28, 19}, 2.2, 10, 18))
	mesh.Shell, mesh.Major = true, true
	mesh.Anchor = mgl32.Vec3{30, -70, -20}
	return m.add(mesh)
}

// mirror moves a left-side surface to the right, keeping its faces turned
// outwards.
func mirror(s *surface) {
	for i := range s.pos {
		s.pos[i][0] = -s.pos[i][0]
	}
	for i := 0; i+2 < len(s.idx); i += 3 {
		s.idx[i+1], s.idx[i+2] = s.idx[i+2], s.idx[i+1]
	}
}

func mirrorPath(path []mgl32.Vec3) []mgl32.Vec3 {
	out := make([]mgl32.Vec3, len(path))
	for i, p := range path {
		out[i] = mgl32.Vec3{-p[0], p[1], p[2]}
	}
	return out
}

func sideName(s anatomy.Side, name string) string {
	if s == anatomy.Right {
		return "right " + name
	}
	return "left " + name
}

func ptr[T any](v T) *T { return &v }
