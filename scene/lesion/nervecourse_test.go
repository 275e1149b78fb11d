package lesion_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
)

// TestDeepHemisphereLesionsSpareTheCranialNerves: the cranial nerves run
// below the brain, in the cisterns and the cavernous sinus, to the orbit
// and the face; a lesion of the putamen, the internal capsule or the
// frontal white matter takes none of them (it took the trochlear and most
// of the abducens when their paths ran through the lentiform nucleus to an
// orbit inside the frontal lobe).
func TestDeepHemisphereLesionsSpareTheCranialNerves(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ name, site string }{
		{"the left putamen", "point:-20,10,0,6"},
		{"the left putamen, further back", "point:-26,0,2,6"},
		{"the right putamen", "point:24,4,-2,6"},
		{"the left anterior limb and head of the caudate", "point:-14,12,4,6"},
		{"the left globus pallidus", "point:-18,-4,-2,5"},
		{"the left frontal white matter", "point:-24,32,4,8"},
		{"the left frontal white matter above the orbit", "point:-28,40,-4,8"},
		{"the left orbitofrontal cortex", "point:-24,36,-16,6"},
		{"the left temporal pole", "point:-36,14,-32,6"},
		{"the right inferior temporal gyrus", "point:48,-10,-36,6"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := e.ParseSite(tc.site)
			if err != nil {
				t.Fatal(err)
			}
			r := e.Evaluate([]lesion.Site{s}, lesion.Chronic)
			for _, d := range r.Destroyed {
				if strings.HasPrefix(d.Name, "cn") && d.Axons {
					t.Errorf("%s destroys %.0f%% of the %s %s", tc.site, 100*d.Share, d.Side, d.Name)
				}
			}
		})
	}
}

// TestTheOculomotorNervesStillFoundWhereTheyRun: the same nerves are found
// where they do run: III beside the uncus, all three in the cavernous
// sinus, and at the orbital apex.
func TestTheOculomotorNervesStillFoundWhereTheyRun(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		name, site string
		want       []string
	}{
		{"the left interpeduncular cistern", "point:-9,-5,-21,2", []string{"cn3"}},
		{"the left cavernous sinus", "point:-14,6,-31,4", []string{"cn3", "cn4", "cn6"}},
		{"the left superior orbital fissure", "point:-20,23,-32,3", []string{"cn3", "cn4", "cn6"}},
		{"the right cavernous sinus", "point:14,6,-31,4", []string{"cn3", "cn4", "cn6"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := e.ParseSite(tc.site)
			if err != nil {
				t.Fatal(err)
			}
			r := e.Evaluate([]lesion.Site{s}, lesion.Chronic)
			for _, w := range tc.want {
				found := false
				for _, d := range r.Destroyed {
					if d.Name == w && d.Share > 0.5 {
						found = true
					}
				}
				if !found {
					t.Errorf("%s does not take the %s; it destroys %v", tc.site, w, names(r.Destroyed))
				}
			}
		})
	}
}

func names(ds []lesion.Destroyed) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Side+" "+d.Name)
	}
	return out
}
