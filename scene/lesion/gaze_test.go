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
