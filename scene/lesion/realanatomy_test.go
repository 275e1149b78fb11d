package lesion_test

import (
	"fmt"
	"math"
	"os"
	"sync"
	"testing"

	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/internal/atlasfit"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl64"
)

// The real anatomy the clinical answers are asked of: the Allen label
// volume (with the derived capsule) and the drawn pial surface, each
// loaded once.
var (
	realOnce   sync.Once
	realVolume *nifti.Volume
	realPial   *mesh.Mesh
	realErr    error
)

func realAnatomy(t *testing.T) (*nifti.Volume, *mesh.Mesh) {
	t.Helper()
	realOnce.Do(func() {
		f, err := os.Open("../../assets/allen/AllenAtlas.nii.gz")
		if err != nil {
			realErr = err
			return
		}
		defer f.Close()
		v, err := nifti.Read(f)
		if err != nil {
			realErr = err
			return
		}
		realVolume = meshbuild.Derive(v)
		set, err := mesh.Load(meshes.FS())
		if err != nil {
			realErr = err
			return
		}
		realPial = set.Left[mesh.Hemisphere]
	})
	if realErr != nil {
		t.Fatal(realErr)
	}
	return realVolume, realPial
}

// clickSink is how far a click's sphere is sunk below the surface hit, as
// a share of its radius (game/lesionmode.go's sink).
const clickSink = 0.6

// click returns where a lesion of radius r lands when the drawn left
// hemisphere is clicked along the line of sight from eye in direction dir:
// the first surface hit, sunk clickSink·r further along the ray.
func click(t *testing.T, pial *mesh.Mesh, eye, dir mgl64.Vec3, r float64) mgl64.Vec3 {
	t.Helper()
	d := dir.Normalize()
	best := math.Inf(1)
	for _, tr := range pial.Triangles {
		var p [3]mgl64.Vec3
		for k := range p {
			for c := range p[k] {
				p[k][c] = float64(pial.Positions[tr[k]][c])
			}
		}
		if hit, ok := atlasfit.RayTriangle(eye, d, p); ok && hit < best {
			best = hit
		}
	}
	if math.IsInf(best, 1) {
		t.Fatalf("a click from %v along %v hits no surface", eye, dir)
	}
	return eye.Add(d.Mul(best + clickSink*r))
}

// labelCentre returns the voxel of label l on the left at height z nearest
// the centroid of the left's voxels of l there: a point inside the
// structure, near its middle, found in the volume rather than the atlas.
func labelCentre(t *testing.T, v *nifti.Volume, l uint8, z float64, keep func(x, y float64) bool) mgl64.Vec3 {
	t.Helper()
	var pts []mgl64.Vec3
	var c mgl64.Vec3
	for x := -40.0; x < 0; x += 0.5 {
		for y := -80.0; y < 40; y += 0.5 {
			p := mgl64.Vec3{x, y, z}
			if v.LabelAtMM(p) == l && (keep == nil || keep(x, y)) {
				pts = append(pts, p)
				c[0], c[1] = c[0]+x, c[1]+y
			}
		}
	}
	if len(pts) == 0 {
		t.Fatalf("no voxel of label %d on the left at z %g", l, z)
	}
	c[0], c[1], c[2] = c[0]/float64(len(pts)), c[1]/float64(len(pts)), z
	best := pts[0]
	for _, p := range pts {
		if p.Sub(c).Len() < best.Sub(c).Len() {
			best = p
		}
	}
	return best
}

// want is one expected deficit: region, side and type.
type want struct{ region, side, typ string }

// TestRealAnatomyAnswers asks the engine about spheres placed on the real
// anatomy: clicks on the drawn pial surface (as lesion mode places them)
// and centres found in the Allen label volume, never the atlas's own
// points or a site's name. Each gives the textbook answer (Blumenfeld
// 2021, ch. 6 and 12–14; ANATOMY.md).
func TestRealAnatomyAnswers(t *testing.T) {
	v, pial := realAnatomy(t)
	down := mgl64.Vec3{0, 0, -1}
	fromLeft := mgl64.Vec3{1, 0, 0}     // the lateral surface, seen from the left
	fromMidline := mgl64.Vec3{-1, 0, 0} // the medial surface, the right hemisphere cut away
	// The front half of the posterior limb, where Fisher's lacunes took
	// face, arm and leg: the capsule from the genu (y -2 at the level of
	// the thalamus, z 8) back 7 mm.
	posteriorLimb := func(x, y float64) bool { return y < -2 && y > -9 }
	for _, c := range []struct {
		name string
		at   func() mgl64.Vec3
		r    float64
		weak []want
		// spared regions must not be weak on either side.
		spared []string
	}{
		{"a 10 mm infarct clicked on the hand knob, from above",
			func() mgl64.Vec3 { return click(t, pial, mgl64.Vec3{-38, -22, 150}, down, 5) }, 5,
			[]want{{"hand", "R", "UMN"}}, []string{"lower_face", "ankle_foot", "shoulder", "knee", "hip"}},
		{"a 10 mm infarct at the published hand knob centre (-38, -22, 58; Yousry 1997), the knob's white-matter core in this template",
			func() mgl64.Vec3 { return mgl64.Vec3{-38, -22, 58} }, 5,
			[]want{{"hand", "R", "UMN"}}, []string{"lower_face", "ankle_foot", "shoulder", "knee", "hip"}},
		{"a 10 mm infarct clicked on the paracentral lobule, from the midline",
			func() mgl64.Vec3 { return click(t, pial, mgl64.Vec3{5, -28, 66}, fromMidline, 5) }, 5,
			[]want{{"ankle_foot", "R", "UMN"}}, []string{"hand", "lower_face", "shoulder"}},
		{"a 10 mm infarct clicked on the face area, from the side",
			func() mgl64.Vec3 { return click(t, pial, mgl64.Vec3{-150, -2, 38}, fromLeft, 5) }, 5,
			[]want{{"lower_face", "R", "UMN"}}, []string{"upper_face", "hand", "ankle_foot"}},
		{"a lacune in the posterior limb of the left internal capsule",
			func() mgl64.Vec3 { return labelCentre(t, v, meshbuild.LabelCapsule, 8, posteriorLimb) }, 5,
			[]want{{"lower_face", "R", "UMN"}, {"hand", "R", "UMN"}, {"ankle_foot", "R", "UMN"}}, []string{"upper_face"}},
		{"the left crus (cpd)",
			func() mgl64.Vec3 { return labelCentre(t, v, meshbuild.LabelCpd, -14, nil) }, 5,
			[]want{{"lower_face", "R", "UMN"}, {"hand", "R", "UMN"}, {"ankle_foot", "R", "UMN"}}, []string{"upper_face"}},
		{"the left basis pontis, rostral (PnBa)",
			func() mgl64.Vec3 { return labelCentre(t, v, meshbuild.LabelPnBa, -29, nil) }, 5,
			[]want{{"lower_face", "R", "UMN"}, {"hand", "R", "UMN"}, {"ankle_foot", "R", "UMN"}}, []string{"upper_face"}},
		{"the left pyramid (MoPy)",
			func() mgl64.Vec3 { return labelCentre(t, v, meshbuild.LabelMoPy, -52, nil) }, 3,
			[]want{{"hand", "R", "UMN"}, {"ankle_foot", "R", "UMN"}}, []string{"lower_face", "upper_face"}},
		{"the left basis pontis, caudal (PnBa), below the facial fibres' exit",
			func() mgl64.Vec3 { return labelCentre(t, v, meshbuild.LabelPnBa, -40, nil) }, 4,
			[]want{{"hand", "R", "UMN"}, {"ankle_foot", "R", "UMN"}}, []string{"upper_face"}},
		{"the pyramidal decussation at the midline of the lower medulla: both sides",
			func() mgl64.Vec3 { return mgl64.Vec3{0, -35.5, -59} }, 3,
			[]want{{"hand", "R", "UMN"}, {"hand", "L", "UMN"}}, []string{"lower_face", "upper_face"}},
		{"the left abducens nucleus under the facial colliculus, with the facial genu over it",
			func() mgl64.Vec3 { return mgl64.Vec3{-2.5, -40.5, -38} }, 2,
			[]want{{"eye_abduction", "L", "LMN"}, {"upper_face", "L", "LMN"}}, []string{"hand", "ankle_foot"}},
		{"the left hypoglossal nucleus in the floor of the medulla",
			func() mgl64.Vec3 { return mgl64.Vec3{-2, -43.5, -52} }, 2,
			[]want{{"tongue", "L", "LMN"}}, []string{"hand", "ankle_foot", "lower_face"}},
		// The motor nuclei have no label of their own in the volume: their
		// places are the atlas's (in PnTg and MoTg at their levels, which
		// internal/atlasfit checks), after Haines's and Mai's sections.
		{"the left facial nucleus: ventrolateral caudal pontine tegmentum",
			func() mgl64.Vec3 { return mgl64.Vec3{-8.5, -37, -41} }, 3,
			[]want{{"upper_face", "L", "LMN"}, {"lower_face", "L", "LMN"}}, []string{"hand", "ankle_foot"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := c.at()
			site := fmt.Sprintf("point:%.1f,%.1f,%.1f,%g", p[0], p[1], p[2], c.r)
			res := evaluate(t, lesion.Chronic, site)
			t.Logf("%s: %s", site, deficitsText(res))
			rightOnly := len(c.weak) > 0
			for _, w := range c.weak {
				rightOnly = rightOnly && w.side == "R"
				d := findDeficit(res, w.region, w.side)
				if d == nil || d.Type != w.typ {
					t.Errorf("%s: want %s:%s %s; got %s", site, w.region, w.side, w.typ, deficitsText(res))
				}
			}
			for _, d := range res.Deficits {
				for _, s := range c.spared {
					if d.Region == s {
						t.Errorf("%s: %s:%s weak, want it spared; got %s", site, s, d.Side, deficitsText(res))
					}
				}
				if rightOnly && d.Side == "L" && d.Type == "UMN" {
					t.Errorf("%s: %s:L weak of UMN type: a left lesion must weaken the right", site, d.Region)
				}
			}
		})
	}
}
