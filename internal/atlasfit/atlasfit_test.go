package atlasfit_test

import (
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/internal/atlasfit"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
)

var (
	volumeOnce sync.Once
	derived    *nifti.Volume
	volumeErr  error
)

// volume decodes and derives the label volume once for all the tests.
func volume(t *testing.T) *nifti.Volume {
	t.Helper()
	volumeOnce.Do(func() {
		f, err := os.Open("../../assets/allen/AllenAtlas.nii.gz")
		if err != nil {
			volumeErr = err
			return
		}
		defer f.Close()
		v, err := nifti.Read(f)
		if err != nil {
			volumeErr = err
			return
		}
		derived = meshbuild.Derive(v)
	})
	if volumeErr != nil {
		t.Fatal(volumeErr)
	}
	return derived
}

func atlas(t *testing.T) *anatomy.Atlas {
	t.Helper()
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestEveryPointInItsStructure: every atlas point lies inside the real
// structure it names (the list of points outside is the failure).
func TestEveryPointInItsStructure(t *testing.T) {
	v := volume(t)
	results, err := atlasfit.Check(atlas(t), v)
	if err != nil {
		t.Fatal(err)
	}
	names, err := os.ReadFile("../../assets/allen/itksnap_label_description_Br.txt")
	if err != nil {
		t.Fatal(err)
	}
	abbrev := atlasfit.LabelNames(string(names))
	kinds := map[atlasfit.Kind]int{}
	var out []string
	for _, r := range results {
		kinds[r.Kind]++
		if !r.Inside {
			out = append(out, string(r.Kind)+" "+r.ID+": in "+abbrev[r.Got]+", not in "+r.Want.Name+" "+
				fmtPoint(r.At)+", nearest "+fmtPoint(r.Nearest))
		}
	}
	for _, k := range []atlasfit.Kind{atlasfit.KindArea, atlasfit.KindAreaPath, atlasfit.KindStation, atlasfit.KindNucleus, atlasfit.KindPool, atlasfit.KindDecussation, atlasfit.KindSegment} {
		if kinds[k] == 0 {
			t.Errorf("no %s checked", k)
		}
	}
	if len(out) > 0 {
		t.Errorf("%d of %d atlas points lie outside the structure they name:\n%s", len(out), len(results), strings.Join(out, "\n"))
	}
}

func fmtPoint(p [3]float64) string {
	return "(" + strconv.FormatFloat(p[0], 'f', 1, 64) + ", " + strconv.FormatFloat(p[1], 'f', 1, 64) + ", " + strconv.FormatFloat(p[2], 'f', 1, 64) + ")"
}

// course returns channel id's point at station, and whether it has one.
func course(a *anatomy.Atlas, id, station string) ([3]float64, bool) {
	for _, ch := range a.Channels {
		if ch.ID != id {
			continue
		}
		for _, cp := range ch.Course {
			if cp.Station == station {
				return cp.At, true
			}
		}
	}
	return [3]float64{}, false
}

// somatotopy is the channels in body order, head to sacrum.
var somatotopy = []string{"face", "tongue", "neck", "arm", "hand", "trunk", "leg", "bladder"}

// TestSomatotopyKept: moving the points into the real structures kept
// each station's somatotopic order (Blumenfeld 2021, ch. 6): in the
// posterior limb of the internal capsule the face at the genu, then arm
// and leg behind it; in the crus and the pyramid the face medial and the
// leg lateral.
func TestSomatotopyKept(t *testing.T) {
	a := atlas(t)
	for _, c := range []struct {
		station string
		key     func(p [3]float64) float64
		order   string
	}{
		{"internal_capsule", func(p [3]float64) float64 { return -p[1] }, "front to back"},
		{"crus", func(p [3]float64) float64 { return -p[0] }, "medial to lateral"},
		{"pyramid", func(p [3]float64) float64 { return -p[0] }, "medial to lateral"},
	} {
		last, lastID := -1e9, ""
		for _, id := range somatotopy {
			p, ok := course(a, id, c.station)
			if !ok {
				continue
			}
			if k := c.key(p); k < last {
				t.Errorf("%s: %s %v lies before %s, want %s in body order", c.station, id, p, lastID, c.order)
			} else {
				last, lastID = k, id
			}
		}
	}
}

// TestLevelsKept: the decussation lies below every pyramid point and
// above the cord's top; the cranial nuclei keep their relations (Haines,
// Neuroanatomy atlas; Blumenfeld 2021, ch. 12–14): VI medial and dorsal
// under the facial colliculus, VII ventrolateral to it and caudal, XII
// nearer the midline than the ambiguus, and the motor nuclei in order down
// the brainstem.
func TestLevelsKept(t *testing.T) {
	a := atlas(t)
	lowestPyramid := math.Inf(1)
	for _, id := range somatotopy {
		if p, ok := course(a, id, "pyramid"); ok {
			lowestPyramid = math.Min(lowestPyramid, p[2])
		}
	}
	for _, d := range a.Decussations {
		if d.Z >= lowestPyramid {
			t.Errorf("decussation %s at z %g is not below the pyramid (lowest point %g)", d.ID, d.Z, lowestPyramid)
		}
		if top := a.Segments[0].Top; d.Z <= top {
			t.Errorf("decussation %s at z %g is not above the cord's top (%g)", d.ID, d.Z, top)
		}
	}
	at := map[string][3]float64{}
	for _, n := range a.Nuclei {
		at[n.ID] = n.At
	}
	cn6, cn7 := at["cn6_nucleus"], at["cn7_nucleus"]
	if !(math.Abs(cn6[0]) < math.Abs(cn7[0]) && cn6[1] < cn7[1] && cn6[2] > cn7[2]) {
		t.Errorf("VI %v must lie medial, dorsal and rostral to VII %v", cn6, cn7)
	}
	if xii, na := at["cn12_nucleus"], at["nucleus_ambiguus"]; math.Abs(xii[0]) >= math.Abs(na[0]) || xii[1] >= na[1] {
		t.Errorf("XII %v must lie nearer the midline and the floor than the ambiguus %v", xii, na)
	}
	order := []string{"cn3_nucleus", "cn4_nucleus", "cn5_motor_nucleus", "cn6_nucleus", "cn7_nucleus", "cn12_nucleus"}
	for i := 1; i < len(order); i++ {
		if at[order[i]][2] >= at[order[i-1]][2] {
			t.Errorf("%s (z %g) must lie below %s (z %g)", order[i], at[order[i]][2], order[i-1], at[order[i-1]][2])
		}
	}
}

// TestCorticalSomatotopy: on the real strip the leg and bladder are
// medial (on the paracentral lobule, checked by label above), the trunk,
// arm and hand follow laterally over the convexity, and the face and the
// tongue lie inferolateral to the hand (Penfield and Boldrey 1937).
func TestCorticalSomatotopy(t *testing.T) {
	a := atlas(t)
	at := map[string][3]float64{}
	for _, ar := range a.Areas {
		at[ar.ID] = ar.At
	}
	chain := []string{"leg", "trunk", "arm", "hand", "neck", "face", "tongue"}
	for i := 1; i < len(chain); i++ {
		p, q := at[chain[i-1]], at[chain[i]]
		if math.Abs(q[0]) <= math.Abs(p[0]) {
			t.Errorf("%s %v must lie lateral to %s %v", chain[i], q, chain[i-1], p)
		}
	}
	for _, id := range []string{"neck", "face", "tongue"} {
		if at[id][2] >= at["hand"][2] {
			t.Errorf("%s %v must lie below the hand %v", id, at[id], at["hand"])
		}
	}
	if at["tongue"][2] >= at["face"][2] {
		t.Errorf("the tongue %v must lie below the face %v", at["tongue"], at["face"])
	}
}

// TestCorticalAreasUnderTheDrawnSurface: a cortical area's centre, and
// each hot spot of its sheet, lies a
// few millimetres under the drawn pial surface, where a click's sphere
// lands (game/lesionmode.go sinks it 0.6 of its radius, 3.6 mm for the
// default 6 mm lesion), not deep in the white matter or in a sulcus a
// click cannot reach.
func TestCorticalAreasUnderTheDrawnSurface(t *testing.T) {
	set, err := mesh.Load(meshes.FS())
	if err != nil {
		t.Fatal(err)
	}
	pial := set.Left[mesh.Hemisphere]
	depth := func(at [3]float64) float64 {
		best := math.Inf(1)
		for _, q := range pial.Positions {
			dx, dy, dz := float64(q[0])-at[0], float64(q[1])-at[1], float64(q[2])-at[2]
			best = math.Min(best, math.Sqrt(dx*dx+dy*dy+dz*dz))
		}
		return best
	}
	for _, ar := range atlas(t).Areas {
		if ar.Kind == "brainstem" {
			continue
		}
		if d := depth(ar.At); d < 2 || d > 5 {
			t.Errorf("area %s %v lies %.1f mm from the drawn pial surface, want 2–5 mm (under the surface, where a click lands)", ar.ID, ar.At, d)
		}
		for _, sp := range ar.Sheet {
			if d := depth(sp.At); d < 2 || d > 5 {
				t.Errorf("area %s's hot spot for %s %v lies %.1f mm from the drawn pial surface, want 2–5 mm", ar.ID, sp.Muscle, sp.At, d)
			}
		}
	}
}
