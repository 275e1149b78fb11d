package lesion_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// bandArea returns the id of the area the strip is coloured with at p:
// the area of the hot spot (or, without a sheet, the centre) nearest it,
// as scene/geom's cortex colouring picks it.
func bandArea(areas []anatomy.Area, p mgl32.Vec3) string {
	best, bd := "", float32(1e30)
	near := func(id string, a anatomy.Point) {
		d := p.Sub(mgl32.Vec3{float32(a[0]), float32(a[1]), float32(a[2])})
		if l := d.Dot(d); l < bd {
			best, bd = id, l
		}
	}
	for _, ar := range areas {
		if len(ar.Sheet) == 0 {
			near(ar.ID, ar.At)
		}
		for _, sp := range ar.Sheet {
			near(ar.ID, sp.At)
		}
	}
	return best
}

// TestClickOnEachBandsMiddle: a student clicks the middle of each coloured
// band of the left strip (the band's vertex nearest the centroid of its
// vertices) with lesion mode's default sphere, sunk as a click sinks it.
// The colour says which part of the body lies there, so the click weakens
// that part on the right: the face band's middle the right lower face
// (central facial palsy), not only the bilaterally driven forehead.
func TestClickOnEachBandsMiddle(t *testing.T) {
	set, err := mesh.Load(meshes.FS())
	if err != nil {
		t.Fatal(err)
	}
	m := set.Left[mesh.Hemisphere]
	nrm := make([]mgl32.Vec3, len(m.Positions))
	for _, tr := range m.Triangles {
		a, b, c := mgl32.Vec3(m.Positions[tr[0]]), mgl32.Vec3(m.Positions[tr[1]]), mgl32.Vec3(m.Positions[tr[2]])
		n := b.Sub(a).Cross(c.Sub(a))
		for _, i := range tr {
			nrm[i] = nrm[i].Add(n)
		}
	}
	atlas := testatlas.Atlas(t)
	var areas []anatomy.Area
	for _, ar := range atlas.Areas {
		if ar.Kind == "cortex" {
			areas = append(areas, ar)
		}
	}
	band := map[string][]int{}
	for i, p := range m.Positions {
		if l := m.Labels[i]; l != mesh.Precentral && l != mesh.Paracentral {
			continue
		}
		id := bandArea(areas, mgl32.Vec3(p))
		band[id] = append(band[id], i)
	}
	// want is the region each band's middle weakens on the right.
	want := map[string][]string{
		"leg":  {"ankle_foot", "knee", "hip"},
		"arm":  {"shoulder", "elbow_flexion", "elbow_extension"},
		"hand": {"wrist", "hand"},
		"face": {"lower_face"},
	}
	for _, id := range []string{"leg", "arm", "hand", "face"} {
		vs := band[id]
		if len(vs) == 0 {
			t.Errorf("no vertex of the strip is coloured as the %s area", id)
			continue
		}
		var c mgl32.Vec3
		for _, i := range vs {
			c = c.Add(mgl32.Vec3(m.Positions[i]))
		}
		c = c.Mul(1 / float32(len(vs)))
		mid, md := vs[0], float32(1e30)
		for _, i := range vs {
			if d := mgl32.Vec3(m.Positions[i]).Sub(c).Len(); d < md {
				mid, md = i, d
			}
		}
		surface := mgl32.Vec3(m.Positions[mid])
		r := explorer.RadiusAt(surface)
		at := surface.Sub(nrm[mid].Normalize().Mul(r * clickSinkShare))
		site := fmt.Sprintf("point:%.2f,%.2f,%.2f,%g", at[0], at[1], at[2], r)
		res := evaluate(t, lesion.Chronic, site)
		ok := false
		for _, d := range res.Deficits {
			for _, w := range want[id] {
				if d.Region == w && d.Side == "R" && d.Type == "UMN" {
					ok = true
				}
			}
		}
		t.Logf("%s band middle at (%.0f, %.0f, %.0f), %s: %s", id, surface[0], surface[1], surface[2], site, deficitsText(res))
		if !ok {
			t.Errorf("%s band's middle (%s) weakens %s, want right-sided UMN weakness of %v", id, site, deficitsText(res), want[id])
		}
	}
}
