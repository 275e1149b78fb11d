package atlasfit_test

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/atlasfit"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/anatomy"
)

// brainstemLabel tells whether a label is the brainstem's (midbrain, pons,
// medulla, their ventricles and the derived brainstem white matter): the
// only parenchyma a nerve may run in, and only on its way out.
func brainstemLabel(l uint8) bool {
	return l >= meshbuild.LabelMTg && l <= meshbuild.LabelMiN || l == meshbuild.LabelBrainstemWM
}

// atBrainstem tells whether p, or a point 1 mm from it along an axis, is in
// the brainstem: the volume labels some of the brainstem's midline white
// matter (the superior medullary velum, the facial genu's neighbourhood) as
// forebrain white matter.
func atBrainstem(v *nifti.Volume, p [3]float64) bool {
	for _, d := range [][3]float64{{0, 0, 0}, {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}} {
		if brainstemLabel(v.LabelAtMM([3]float64{p[0] + d[0], p[1] + d[1], p[2] + d[2]})) {
			return true
		}
	}
	return false
}

// TestNervesRunOutsideTheBrain: a nerve leaves the brainstem and then runs
// in the cisterns, the dura and the skull, never through the cerebrum, the
// deep nuclei, the thalamus or the cerebellum (sampled every 0.5 mm along
// each path in the label volume): a lesion of the putamen or of the frontal
// white matter must not find a cranial nerve there. Its exit stretch, from
// its first point until it first leaves the parenchyma, may lie only in the
// brainstem. A spinal nerve must not run through the cord.
func TestNervesRunOutsideTheBrain(t *testing.T) {
	v := volume(t)
	a := atlas(t)
	names, err := os.ReadFile("../../assets/allen/itksnap_label_description_Br.txt")
	if err != nil {
		t.Fatal(err)
	}
	abbrev := atlasfit.LabelNames(string(names))
	var bad []string
	for _, nv := range a.Nerves {
		out := false // whether the path has left the parenchyma
		var hits []string
		seen := map[string]bool{}
		for _, p := range sample(nv.Path, 0.5) {
			l := v.LabelAtMM(p)
			switch {
			case l == 0:
				out = true
				continue
			case !out && atBrainstem(v, p):
				continue
			}
			where := abbrev[l] + " near " + fmtPoint(p)
			if !seen[abbrev[l]] {
				seen[abbrev[l]] = true
				hits = append(hits, where)
			}
		}
		if len(hits) > 0 {
			bad = append(bad, nv.ID+": "+strings.Join(hits, "; "))
		}
		if in, at := inCord(a, nv.Path); in {
			bad = append(bad, nv.ID+": inside the cord near "+fmtPoint(at))
		}
	}
	if len(bad) > 0 {
		t.Errorf("%d nerves run through the brain or the cord:\n%s", len(bad), strings.Join(bad, "\n"))
	}
}

// sample returns points every step mm along a path.
func sample(path []anatomy.Point, step float64) [][3]float64 {
	var out [][3]float64
	for i := 0; i+1 < len(path); i++ {
		p, q := path[i], path[i+1]
		d := math.Sqrt((q[0]-p[0])*(q[0]-p[0]) + (q[1]-p[1])*(q[1]-p[1]) + (q[2]-p[2])*(q[2]-p[2]))
		n := int(d/step) + 1
		for s := 0; s < n; s++ {
			f := float64(s) / float64(n)
			out = append(out, [3]float64{p[0] + f*(q[0]-p[0]), p[1] + f*(q[1]-p[1]), p[2] + f*(q[2]-p[2])})
		}
	}
	if len(path) > 0 {
		last := path[len(path)-1]
		out = append(out, [3]float64{last[0], last[1], last[2]})
	}
	return out
}

// inCord tells whether a point of the path lies inside the procedural cord
// (an elliptic cross-section per segment, segments.json), and where.
func inCord(a *anatomy.Atlas, path []anatomy.Point) (bool, [3]float64) {
	for _, p := range sample(path, 0.5) {
		for _, s := range a.Segments {
			if p[2] > s.Top || p[2] < s.Bottom {
				continue
			}
			dx, dy := p[0]/s.RX, (p[1]-s.Y)/s.RY
			if dx*dx+dy*dy < 1 {
				return true, p
			}
		}
	}
	return false, [3]float64{}
}
