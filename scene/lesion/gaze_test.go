package lesion_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
)

// TestAbducensNucleusVersusNerve: the abducens nucleus holds the lateral
// rectus motor neurons and the internuclear neurons whose axons cross to
// the opposite medial rectus's subnucleus in the MLF, so a nuclear lesion
// takes horizontal gaze to its side from both eyes alike: an ipsilateral
// gaze palsy with the eyes aligned at rest (no esotropia), the opposite
// medial rectus still strong (in convergence). Only a lesion of the nerve
// (fascicle or trunk) gives the isolated lateral rectus palsy with the eye
// turned in (ANATOMY.md 3.2). The gaze centre (PPRF) gives the gaze palsy
// without any muscle weak.
func TestAbducensNucleusVersusNerve(t *testing.T) {
	a := testatlas.Atlas(t)
	var nucleus [3]float64
	for _, n := range a.Nuclei {
		if n.ID == "cn6_nucleus" {
			nucleus = [3]float64(n.At)
		}
	}
	for _, c := range []struct {
		sites []string
		want  []expect
	}{
		{[]string{"cn6_nucleus:L"}, []expect{"eye_abduction:L LMN", "eye_adduction_elevation_depression:R -", "+horizontal_gaze_palsy:>L", "-esotropia:L", "-esotropia:R"}},
		{[]string{"cn6_nucleus:R"}, []expect{"eye_abduction:R LMN", "eye_adduction_elevation_depression:L -", "+horizontal_gaze_palsy:>R", "-esotropia:R", "-esotropia:L"}},
		{[]string{fmt.Sprintf("point:%g,%g,%g,1.2", nucleus[0], nucleus[1], nucleus[2])}, []expect{"+horizontal_gaze_palsy:>L", "-esotropia:L", "-esotropia:R"}},
		{[]string{"cn6:L"}, []expect{"eye_abduction:L LMN", "+esotropia:L", "-horizontal_gaze_palsy:>L"}},
		{[]string{"cn6:R"}, []expect{"eye_abduction:R LMN", "+esotropia:R", "-horizontal_gaze_palsy:>R"}},
		{[]string{"pprf:L"}, []expect{"eye_abduction:L -", "+horizontal_gaze_palsy:>L", "-esotropia:L", "-esotropia:R"}},
	} {
		t.Run(fmt.Sprint(c.sites), func(t *testing.T) {
			check(t, evaluate(t, lesion.Chronic, c.sites...), c.want)
		})
	}
}

// TestWeberFromOnePoint: the oculomotor fascicles run through the medial
// part of the crus, so one ventral midbrain lesion there takes them with
// the corticobulbar and corticospinal fibres beside them (Weber: the eye
// down and out with ptosis on its side, the face and arm weak on the
// other), while a small lesion of the lateral crus, among the leg's
// fibres, spares the fascicles.
func TestWeberFromOnePoint(t *testing.T) {
	a := testatlas.Atlas(t)
	crus := func(channel string) [3]float64 {
		for _, p := range a.Channel(channel).Course {
			if p.Station == "crus" {
				return [3]float64(p.At)
			}
		}
		t.Fatalf("channel %s has no crus point", channel)
		return [3]float64{}
	}
	face, leg := crus("face"), crus("leg")
	for _, c := range []struct {
		site string
		want []expect
	}{
		{fmt.Sprintf("point:%g,%g,%g,4", face[0], face[1], face[2]),
			[]expect{"eye_adduction_elevation_depression:L LMN", "+ptosis:L", "+eye_down_and_out:L", "lower_face:R UMN", "shoulder:R UMN", "eye_adduction_elevation_depression:R -"}},
		{fmt.Sprintf("point:%g,%g,%g,4", -face[0], face[1], face[2]),
			[]expect{"eye_adduction_elevation_depression:R LMN", "+ptosis:R", "+eye_down_and_out:R", "lower_face:L UMN", "shoulder:L UMN"}},
		{fmt.Sprintf("point:%g,%g,%g,2", leg[0], leg[1], leg[2]),
			[]expect{"eye_adduction_elevation_depression:L -", "-ptosis:L", "ankle_foot:R UMN"}},
	} {
		t.Run(c.site, func(t *testing.T) {
			check(t, evaluate(t, lesion.Chronic, c.site), c.want)
		})
	}
}

// TestTongueAfterOneHemisphere: the hypoglossal nucleus takes input from
// both hemispheres, the genioglossus mainly from the opposite one, so one
// hemisphere's lesion leaves a mild weakness of the opposite half of the
// tongue that pushes it toward the hemiparesis, and both leave it at
// least moderately weak.
func TestTongueAfterOneHemisphere(t *testing.T) {
	for _, c := range []struct {
		sites  []string
		side   string
		lo, hi float64
		toward string
	}{
		{[]string{"internal_capsule.posterior_limb:L"}, "R", 0.15, 0.35, "R"},
		{[]string{"internal_capsule.posterior_limb:R"}, "L", 0.15, 0.35, "L"},
		{[]string{"precentral.tongue:L"}, "R", 0.15, 0.35, "R"},
		{[]string{"internal_capsule.genu:B"}, "L", 0.35, 1, ""},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		if got := severity(res, "tongue", c.side); got < c.lo || got > c.hi {
			t.Errorf("%v: tongue:%s %.2f, want %.2f-%.2f", c.sites, c.side, got, c.lo, c.hi)
		}
		if c.toward != "" && !findSign(res, "tongue_deviation", ">"+c.toward, "") {
			t.Errorf("%v: no tongue deviation toward %s; got %s", c.sites, c.toward, signsText(res))
		}
	}
}
