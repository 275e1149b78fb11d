// Command sheetfit lays out the hot spots of the motor areas' sheets
// (assets/atlas/umn.json, "sheet") on the real drawn strip: it takes the
// left hemisphere's vertices labelled precentral or paracentral from which
// a ray along the normal leaves the hemisphere (the surface a click can
// reach), sinks each 3.5 mm under the surface (where a click's sphere
// lands) and keeps those in the volume's PrCG or PCL; measures each along
// the strip (its place on a line over the gyrus's crown from the
// paracentral lobule up over the vertex and down to the Sylvian fissure);
// cuts the strip into each area's stretch; clusters each stretch's points
// (k-means) into as many spots as the area has muscles (synergists joined
// by + share one); gives the textbook anchors (the fingers at the hand
// knob, the foot at the classic leg area, the brow and eyelids at the top
// of the face's stretch and the cheek and lips below them) the clusters
// nearest them, set on the point nearest the anchor, and
// the other muscles the rest in Penfield's order along the strip. It
// prints one line per spot, area|JSON|where, then one per area with its
// territory (umn.json's "territory"), area|territory|JSON: every labelled
// vertex of its stretch, the central sulcus's bank included (a click
// from above reaches into the sulcus, and most of the primary motor
// cortex lies in its front wall), sunk 3.5 mm or, where the grey matter
// is thinner (the front edge of the paracentral lobule), as deep as the
// strip goes. Run from the repository's root:
// go run ./internal/atlasfit/sheetfit.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"os"

	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/internal/atlasfit"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl64"
)

// v3 is a point or direction in atlas millimetres.
type v3 = mgl64.Vec3

// pt is a point of the reachable sheet and its place along the strip.
type pt struct {
	p v3
	s float64
}

func main() {
	spots, terr, reachable, err := layout("assets/allen/AllenAtlas.nii.gz")
	if err != nil {
		fmt.Fprintln(os.Stderr, "sheetfit:", err)
		os.Exit(1)
	}
	fmt.Println("// reachable", reachable)
	for _, sp := range spots {
		fmt.Printf("%s|{\"muscle\": %q, \"at\": [%.1f, %.1f, %.1f], \"r\": 3}|s=%.0f n=%d\n", sp.area, sp.muscle, sp.at[0], sp.at[1], sp.at[2], sp.s, sp.n)
	}
	for _, tr := range terr {
		var b strings.Builder
		for i, p := range tr.points {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "[%.1f, %.1f, %.1f]", p[0], p[1], p[2])
		}
		fmt.Printf("%s|territory|[%s]\n", tr.area, b.String())
	}
}

// territory is the sheet of an area's stretch of the strip, in the order
// of the mesh's vertices, to the tenth of a millimetre.
type territory struct {
	area   string
	points []v3
}

// spot is a muscle's hot spot as laid out: its area, where it lies (to
// the tenth of a millimetre, as umn.json holds it), its place along the
// strip and the number of reachable points in its cluster.
type spot struct {
	area, muscle string
	at           v3
	s            float64
	n            int
}

// layout lays out the hot spots on the drawn left hemisphere, checked
// against the label volume at volPath; it returns them in umn.json's
// order, each area's territory (the points of the strip in its stretch)
// and the number of reachable points of the strip.
func layout(volPath string) ([]spot, []territory, int, error) {
	set, err := mesh.Load(meshes.FS())
	if err != nil {
		return nil, nil, 0, fmt.Errorf("loading the meshes: %w", err)
	}
	m := set.Left[mesh.Hemisphere]
	n := make([]v3, len(m.Positions))
	var tris [][3]v3
	for _, t := range m.Triangles {
		a, b, c := f(m.Positions[t[0]]), f(m.Positions[t[1]]), f(m.Positions[t[2]])
		tris = append(tris, [3]v3{a, b, c})
		nn := b.Sub(a).Cross(c.Sub(a))
		for _, i := range t {
			n[i] = n[i].Add(nn)
		}
	}
	fv, err := os.Open(volPath)
	if err != nil {
		return nil, nil, 0, err
	}
	defer fv.Close()
	vol, err := nifti.Read(fv)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("reading %s: %w", volPath, err)
	}
	vol = meshbuild.Derive(vol)
	line := [][2]float64{{4, 48}, {4, 70}, {9, 77}, {20, 77}, {34, 70}, {47, 58}, {57, 44}, {62, 28}, {62, 10}}
	// pts, the reachable sheet, places the hot spots; all, every
	// labelled vertex's point of the strip, is the territories'.
	var pts, all []pt
	for i, p := range m.Positions {
		l := m.Labels[i]
		if l != mesh.Precentral && l != mesh.Paracentral {
			continue
		}
		nu := n[i].Normalize()
		q, depth, ok := sink(vol, f(p), nu)
		if !ok {
			continue
		}
		at := pt{q, sOf(line, math.Abs(q[0]), q[2])}
		all = append(all, at)
		if depth == sinkDepths[0] && !occluded(f(p).Add(nu.Mul(0.2)), nu, tris) {
			pts = append(pts, at)
		}
	}
	var out []spot
	var terr []territory
	for _, a := range []struct {
		id      string
		lo, hi  float64
		muscles []string
	}{
		{"leg", 0, 40, []string{"extensor_hallucis_longus", "gastrocnemius_soleus+peronei", "tibialis_posterior", "tibialis_anterior", "hamstrings", "quadriceps", "gluteus_maximus", "gluteus_medius", "hip_adductors+adductor_magnus_ischiocondylar", "psoas_major+iliacus"}},
		{"arm", 40, 56, []string{"deltoid", "supraspinatus+infraspinatus+teres_minor", "serratus_anterior", "biceps", "brachialis", "brachioradialis", "triceps+anconeus"}},
		{"hand", 56, 86, []string{"extensor_carpi_ulnaris+extensor_carpi_radialis", "flexor_carpi_ulnaris+flexor_carpi_radialis+palmaris_longus", "flexor_digitorum_profundus", "extensor_digitorum", "flexor_digitorum_superficialis", "abductor_digiti_minimi", "interossei", "abductor_pollicis_brevis"}},
		{"face", 86, 110, []string{"frontalis", "orbicularis_oculi", "zygomaticus_buccinator", "orbicularis_oris"}},
		{"tongue", 110, 130, []string{"masseter_temporalis", "pterygoids", "genioglossus", "other_tongue_muscles", "levator_veli_palatini", "stylopharyngeus", "pharyngeal_constrictors", "laryngeal_muscles"}},
	} {
		if a.id == "face" {
			// The neck area, between the thumb and the brow, has no
			// stretch of its own: its spots come before the face's.
			out = append(out, neckSpots...)
		}
		var ps []pt
		for _, q := range pts {
			if q.s >= a.lo && q.s < a.hi {
				ps = append(ps, q)
			}
		}
		tr := territory{area: a.id}
		for _, q := range all {
			if q.s >= a.lo && q.s < a.hi {
				tr.points = append(tr.points, round1(q.p))
			}
		}
		terr = append(terr, tr)
		sort.Slice(ps, func(i, j int) bool { return ps[i].s < ps[j].s })
		k := len(a.muscles)
		cs := make([]v3, k)
		for i := range cs {
			cs[i] = ps[(2*i+1)*len(ps)/(2*k)].p
		}
		asg := make([]int, len(ps))
		for it := 0; it < 100; it++ {
			for j, q := range ps {
				best, bd := 0, math.Inf(1)
				for i, c := range cs {
					if d := q.p.Sub(c).Len(); d < bd {
						best, bd = i, d
					}
				}
				asg[j] = best
			}
			for i := range cs {
				var c v3
				cnt := 0
				for j, q := range ps {
					if asg[j] == i {
						c = c.Add(q.p)
						cnt++
					}
				}
				if cnt > 0 {
					cs[i] = c.Mul(1 / float64(cnt))
				}
			}
		}
		type cl struct {
			c   v3
			s   float64
			cnt int
		}
		var cls []cl
		for i, c := range cs {
			best, bd := ps[0], math.Inf(1)
			for _, q := range ps {
				if d := q.p.Sub(c).Len(); d < bd {
					best, bd = q, d
				}
			}
			cnt := 0
			for j := range ps {
				if asg[j] == i {
					cnt++
				}
			}
			cls = append(cls, cl{best.p, best.s, cnt})
		}
		sort.SliceStable(cls, func(i, j int) bool { return cls[i].s < cls[j].s })
		// Anchored muscles take the clusters nearest their textbook places;
		// the rest follow Penfield's order along the strip.
		taken := make([]bool, len(cls))
		where := map[string]int{}
		for _, mu := range a.muscles {
			an, ok := anchors[mu]
			if !ok {
				continue
			}
			best, bd := -1, math.Inf(1)
			for i, c := range cls {
				if d := c.c.Sub(an).Len(); !taken[i] && d < bd {
					best, bd = i, d
				}
			}
			taken[best] = true
			where[mu] = best
			// The anchored spot sits on the reachable sheet nearest its
			// textbook place.
			near, nd := ps[0], math.Inf(1)
			for _, q := range ps {
				if d := q.p.Sub(an).Len(); d < nd {
					near, nd = q, d
				}
			}
			cls[best].c, cls[best].s = near.p, near.s
		}
		next := 0
		for _, mu := range a.muscles {
			if _, ok := where[mu]; ok {
				continue
			}
			for taken[next] {
				next++
			}
			taken[next] = true
			where[mu] = next
		}
		for _, mus := range a.muscles {
			c := cls[where[mus]]
			for _, mu := range strings.Split(mus, "+") {
				out = append(out, spot{a.id, mu, round1(c.c), c.s, c.cnt})
			}
		}
	}
	return out, terr, len(pts), nil
}

// neckSpots are the neck area's hot spots (umn.json neck), set by hand on
// points of the reachable sheet that the fit gives the hand's and the
// face's stretches, around the neck area's centre between the thumb and
// the brow (Penfield and Rasmussen 1950): the trapezius next to the hand,
// the deep neck muscles, then the sternocleidomastoid next to the brow.
// The neck's stretch is a few millimetres, too short for a stretch of its
// own in the fit.
var neckSpots = []spot{
	{area: "neck", muscle: "trapezius", at: v3{-50.5, -11.1, 51.0}},
	{area: "neck", muscle: "deep_neck_muscles", at: v3{-52.4, -10.1, 48.1}},
	{area: "neck", muscle: "sternocleidomastoid", at: v3{-54.5, -6.9, 47.5}},
}

// anchors are the textbook places of some muscles' hot spots: the fingers at
// the hand knob (yousry1997), the wrist just medial to it, the foot at the
// classic leg area of the paracentral lobule.
var anchors = map[string]v3{
	"flexor_digitorum_profundus": {-38, -22, 66},
	// The wrist lies between the elbow and the fingers (Penfield and
	// Rasmussen 1950): just medial to the hand knob.
	"extensor_carpi_ulnaris+extensor_carpi_radialis":             {-34, -20, 70},
	"flexor_carpi_ulnaris+flexor_carpi_radialis+palmaris_longus": {-34, -14, 69},
	"gastrocnemius_soleus+peronei":                               {-4.5, -30, 63},
	"tibialis_anterior":                                          {-5.5, -25, 67},
	// The face in Penfield's order down the strip: the brow and the
	// eyelids small at its top, under the neck, the cheek and the lips
	// (the largest part) below them, above the jaw (Penfield and
	// Rasmussen 1950), so that most of the face's stretch, its middle
	// included, is the lower face's, which this hemisphere drives on the
	// other side nearly alone.
	"frontalis":              {-55, -3, 48},
	"orbicularis_oculi":      {-56.5, -4, 45.5},
	"zygomaticus_buccinator": {-57, 10, 35},
	"orbicularis_oris":       {-60, -2, 34},
}

// sinkDepths are the depths under the drawn surface, deepest first, at
// which a vertex's point of the strip is looked for: where a click's
// sphere lands (3.5 mm), or nearer the surface where the grey matter is
// thinner than that (the paracentral lobule's front edge, where 3.5 mm
// down is the superior frontal gyrus's or white matter).
var sinkDepths = []float64{3.5, 2.5, 1.5}

// sink returns the point of the strip under surface point p (outward
// normal nu): the deepest of sinkDepths in the volume's PrCG or PCL.
func sink(vol *nifti.Volume, p, nu v3) (v3, float64, bool) {
	for _, d := range sinkDepths {
		if q := p.Sub(nu.Mul(d)); atlasfit.Strip.Has(vol.LabelAtMM(q)) {
			return q, d, true
		}
	}
	return v3{}, 0, false
}

// occluded reports whether the ray from o along d hits a triangle.
func occluded(o, d v3, tris [][3]v3) bool {
	for _, t := range tris {
		if _, ok := atlasfit.RayTriangle(o, d, t); ok {
			return true
		}
	}
	return false
}

func sOf(line [][2]float64, x, z float64) float64 {
	best, bs := math.Inf(1), 0.0
	acc := 0.0
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		dx, dz := b[0]-a[0], b[1]-a[1]
		l2 := dx*dx + dz*dz
		t := math.Max(0, math.Min(1, ((x-a[0])*dx+(z-a[1])*dz)/l2))
		px, pz := a[0]+t*dx, a[1]+t*dz
		if d := math.Hypot(x-px, z-pz); d < best {
			best, bs = d, acc+t*math.Sqrt(l2)
		}
		acc += math.Sqrt(l2)
	}
	return bs
}

// round1 rounds each coordinate to the tenth of a millimetre.
func round1(a v3) v3 {
	for i := range a {
		a[i] = math.Round(a[i]*10) / 10
	}
	return a
}

func f(p [3]float32) v3 { return v3{float64(p[0]), float64(p[1]), float64(p[2])} }
