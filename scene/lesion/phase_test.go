package lesion_test

import (
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// TestPhaseFromTheSparedSources: what the phase changes is derived from
// which cortical sources a lesion spares (phase.go), on lesions that are
// not among the clinical contract's examples. MRC grades are
// words.GradeOf's.
//
//   - A chronic infarct of the right hand knob, 8 mm across (it takes the
//     primary motor cortex's hand neurons and their fibres under the knob,
//     not the premotor ones that join them deeper in the corona radiata):
//     the left hand weak but moving, MRC 3 (against gravity, not
//     resistance), as small hand-knob infarcts leave it (peters2009); not
//     0/5. Acute, before area 6 takes part of it over, it is worse (MRC 1).
//   - An infarct of the dorsal premotor cortex or the SMA alone: at most
//     mild, and never distal; here nothing, acute or chronic, as area 6's
//     share of each channel is under the pools' redundancy (the transient
//     SMA syndrome, laplane1977, is an akinesia the model does not hold).
//   - A posterior-limb capsular lacune, a bilateral basis pontis lesion
//     (locked-in) and a complete transection at T9 touch every source of
//     their channels: the chronic weakness is the acute one, severe.
//   - A hemisection at T10 (Brown-Séquard) cuts every source's fibres on
//     its side: the model keeps the leg's chronic weakness as it was, as it
//     holds none of what lets most patients walk again (the other side's
//     reticulospinal and propriospinal relays, sprouting below the
//     lesion).
func TestPhaseFromTheSparedSources(t *testing.T) {
	type want struct {
		region, side string
		// lo and hi bound the chronic severity; acuteWorse asks the acute
		// one to be greater, same to equal it.
		lo, hi           float64
		acuteWorse, same bool
	}
	for _, c := range []struct {
		name  string
		sites []string
		want  []want
		// mildOnly asks for nothing above mild and nothing distal, in
		// both phases.
		mildOnly bool
	}{
		{name: "right hand knob, 8 mm", sites: []string{"point:38,-22,58,8"},
			want: []want{{region: "hand", side: "L", lo: 0.35, hi: 0.7, acuteWorse: true}}},
		{name: "right hand knob, 6 mm", sites: []string{"point:38,-22,58,6"},
			want: []want{{region: "hand", side: "L", lo: 0.15, hi: 0.7, acuteWorse: true}}},
		{name: "left dorsal premotor cortex", sites: []string{"point:-30,-3,57,8"}, mildOnly: true},
		{name: "right supplementary motor area", sites: []string{"point:5,-7,57,7"}, mildOnly: true},
		{name: "right premotor cortex and SMA (named)", sites: []string{"premotor_cortex:R", "supplementary_motor_area:R"}, mildOnly: true},
		{name: "left posterior limb lacune", sites: []string{"point:-18.4,-5.2,8,4"},
			want: []want{{region: "hand", side: "R", lo: 0.85, hi: 1, same: true}, {region: "ankle_foot", side: "R", lo: 0.7, hi: 1, same: true}}},
		{name: "locked-in (basis pontis, both sides)", sites: []string{"basis_pontis.caudal:B"},
			want: []want{{region: "hand", side: "L", lo: 0.85, hi: 1, same: true}, {region: "hand", side: "R", lo: 0.85, hi: 1, same: true},
				{region: "shoulder", side: "L", lo: 0.7, hi: 1, same: true}, {region: "hip", side: "R", lo: 0.7, hi: 1, same: true}}},
		{name: "complete transection at T9", sites: []string{"cord.transection@T9"},
			want: []want{{region: "ankle_foot", side: "L", lo: 0.97, hi: 1, same: true}, {region: "hip", side: "R", lo: 0.97, hi: 1, same: true}}},
		{name: "right hemisection at T10", sites: []string{"cord.hemisection:R@T10"},
			want: []want{{region: "ankle_foot", side: "R", lo: 0.85, hi: 1, same: true}, {region: "knee", side: "R", lo: 0.7, hi: 1, same: true}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			chronic := evaluate(t, lesion.Chronic, c.sites...)
			acute := evaluate(t, lesion.Acute, c.sites...)
			for _, w := range c.want {
				ch, ac := severity(chronic, w.region, w.side), severity(acute, w.region, w.side)
				g := words.GradeOf(w.region, ch)
				if ch < w.lo || ch > w.hi {
					t.Errorf("%s:%s chronic %.2f (%s), want %.2f–%.2f; got %s", w.region, w.side, ch, g, w.lo, w.hi, deficitsText(chronic))
				}
				if w.acuteWorse && ac <= ch {
					t.Errorf("%s:%s acute %.2f, want worse than chronic %.2f", w.region, w.side, ac, ch)
				}
				if w.same && ac != ch {
					t.Errorf("%s:%s acute %.2f, chronic %.2f: want the same (nothing spared to take over)", w.region, w.side, ac, ch)
				}
				t.Logf("%s:%s acute %.2f (%s), chronic %.2f (%s)", w.region, w.side, ac, words.GradeOf(w.region, ac), ch, g)
			}
			if !c.mildOnly {
				return
			}
			for _, res := range []*lesion.Result{acute, chronic} {
				for _, d := range res.Deficits {
					if d.Severity >= 0.35 || d.Region == "hand" || d.Region == "wrist" || d.Region == "ankle_foot" {
						t.Errorf("%s (%s): %s:%s %.2f, want at most mild and proximal", c.name, res.Phase, d.Region, d.Side, d.Severity)
					}
				}
			}
		})
	}
}

// TestPhaseOnlyAfterAnInjury: a degenerative disease has no recovery
// phase (its surviving neurons are failing too): its chronic picture is
// its acute one's weakness.
func TestPhaseOnlyAfterAnInjury(t *testing.T) {
	for _, site := range []string{"disease.pls", "disease.als"} {
		chronic, acute := evaluate(t, lesion.Chronic, site), evaluate(t, lesion.Acute, site)
		for _, region := range anatomy.Regions {
			for _, side := range []string{"L", "R"} {
				if a, c := severity(acute, region, side), severity(chronic, region, side); a != c {
					t.Errorf("%s: %s:%s acute %.2f, chronic %.2f, want the same", site, region, side, a, c)
				}
			}
		}
	}
}
