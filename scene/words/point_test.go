package words_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// PointPlace's planes and boxes are checked against the model a student
// clicks: points just under each part of the cortex's surface (where a
// click's lesion sits) and points inside each deep nucleus must mostly
// be named as that part. The shares are what the hand-fitted boundaries
// reach; a change that lowers them names clicks wrongly.

// insideMesh tells whether p lies inside closed mesh m: a ray from it
// crosses the surface an odd number of times.
func insideMesh(m *geom.Mesh, p mgl32.Vec3) bool {
	dir := mgl32.Vec3{1, 0.0137, 0.0071} // off the axes, so as not to graze an edge
	n := 0
	for i := 0; i+2 < len(m.Indices); i += 3 {
		a, b, c := m.Positions[m.Indices[i]], m.Positions[m.Indices[i+1]], m.Positions[m.Indices[i+2]]
		e1, e2 := b.Sub(a), c.Sub(a)
		h := dir.Cross(e2)
		det := e1.Dot(h)
		if det > -1e-7 && det < 1e-7 {
			continue
		}
		f := 1 / det
		s := p.Sub(a)
		u := f * s.Dot(h)
		if u < 0 || u > 1 {
			continue
		}
		q := s.Cross(e1)
		v := f * dir.Dot(q)
		if v < 0 || u+v > 1 {
			continue
		}
		if f*e2.Dot(q) > 0 {
			n++
		}
	}
	return n%2 == 1
}

// named tells whether a place's name has any of words.
func named(place string, words []string) bool {
	for _, w := range words {
		if strings.Contains(place, w) {
			return true
		}
	}
	return false
}

func TestPointPlaceMatchesTheModel(t *testing.T) {
	meshes := testatlas.Model(t).Meshes
	under := []struct {
		id    string
		words []string
		least float64
	}{
		// The rest of the cortex: any lobe or gyrus of the cerebrum.
		{"hemisphere.L", []string{"lobe", "insula", "gyrus", "paracentral", "thalamus"}, 0.95},
		{"precentral.L", []string{"precentral", "frontal lobe", "paracentral"}, 0.8},
		{"postcentral.L", []string{"postcentral", "parietal lobe", "paracentral"}, 0.7},
		{"paracentral.L", []string{"paracentral"}, 0.75},
		{"cerebellum", []string{"cerebell"}, 0.9},
	}
	inside := []struct {
		id    string
		words []string
		least float64
	}{
		{"thalamus.L", []string{"thalamus"}, 0.75},
		{"lentiform.L", []string{"lentiform"}, 0.7},
		{"caudate.L", []string{"caudate"}, 0.5},
	}
	for i := range meshes {
		m := &meshes[i]
		if m.Quarter != 0 {
			continue
		}
		for _, c := range under {
			if c.id != m.ID {
				continue
			}
			good := 0
			for k, v := range m.Positions {
				// A click's lesion sinks 0.6 of its 6 mm radius.
				p := v.Sub(m.Normals[k].Mul(3.6))
				if named(words.PointPlace(float64(p[0]), float64(p[1]), float64(p[2])), c.words) {
					good++
				}
			}
			if share := float64(good) / float64(len(m.Positions)); share < c.least {
				t.Errorf("under %s: %.0f%% named as it, want %.0f%%", m.ID, 100*share, 100*c.least)
			}
		}
		for _, c := range inside {
			if c.id != m.ID {
				continue
			}
			lo, hi := m.Positions[0], m.Positions[0]
			for _, v := range m.Positions {
				for k := range 3 {
					lo[k], hi[k] = min(lo[k], v[k]), max(hi[k], v[k])
				}
			}
			in, good := 0, 0
			for x := lo[0]; x <= hi[0]; x += 3 {
				for y := lo[1]; y <= hi[1]; y += 3 {
					for z := lo[2]; z <= hi[2]; z += 3 {
						if !insideMesh(m, mgl32.Vec3{x, y, z}) {
							continue
						}
						in++
						if named(words.PointPlace(float64(x), float64(y), float64(z)), c.words) {
							good++
						}
					}
				}
			}
			if in < 50 {
				t.Errorf("inside %s: only %d points: is it closed?", m.ID, in)
				continue
			}
			if share := float64(good) / float64(in); share < c.least {
				t.Errorf("inside %s: %.0f%% named as it, want %.0f%%", m.ID, 100*share, 100*c.least)
			}
		}
	}
}
