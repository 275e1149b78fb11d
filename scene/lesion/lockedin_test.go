package lesion_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// hasSign reports whether res shows the sign named.
func hasSign(res *lesion.Result, name string) bool {
	for _, s := range res.Signs {
		if s.Sign == name {
			return true
		}
	}
	return false
}

// TestLockedInSparesVerticalGazeAndBlinking: the locked-in patient looks
// neither left nor right but still looks up and down and blinks, the way
// they answer (ANATOMY.md 11): the midbrain's vertical gaze and the upper
// face's brainstem drive lie outside a pontine lesion. The engine says so
// only where horizontal gaze is lost both ways, and not when the lesion
// reaches the oculomotor nuclei or the facial nuclei.
func TestLockedInSparesVerticalGazeAndBlinking(t *testing.T) {
	for _, c := range []struct {
		name            string
		sites           []string
		vertical, blink bool
	}{
		{"locked-in (basis pontis and both gaze centres)", []string{"basis_pontis.rostral:B", "pprf:B"}, true, true},
		{"both gaze centres", []string{"pprf:B"}, true, true},
		{"the basis pontis alone (horizontal gaze kept)", []string{"basis_pontis.rostral:B"}, false, false},
		{"one gaze centre", []string{"pprf:L"}, false, false},
		{"both gaze centres and the oculomotor nuclei", []string{"pprf:B", "cn3_nucleus:B"}, false, false},
		{"both gaze centres and the facial nuclei", []string{"pprf:B", "cn7_nucleus:B"}, true, false},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		if got := hasSign(res, "vertical_gaze_spared"); got != c.vertical {
			t.Errorf("%s: vertical_gaze_spared %v, want %v (%s)", c.name, got, c.vertical, words.Summary(res))
		}
		if got := hasSign(res, "blinking_spared"); got != c.blink {
			t.Errorf("%s: blinking_spared %v, want %v (%s)", c.name, got, c.blink, words.Summary(res))
		}
	}
	// The report says it in one breath with the gaze palsy, as a teacher
	// does, and the summary names it.
	res := evaluate(t, lesion.Chronic, "basis_pontis.rostral:B", "pprf:B")
	list := words.SignList(res.Signs)
	if want := "no horizontal gaze, but the eyes still look up and down and blink"; !strings.Contains(list, want) {
		t.Errorf("locked-in signs: %q, want %q in them", list, want)
	}
	if sum := words.ReportSummary(res); !strings.Contains(sum, "no horizontal gaze, vertical gaze and blinking spared") {
		t.Errorf("locked-in report's summary: %q, want the vertical gaze and blinking spared", sum)
	}
	if !strings.Contains(res.Summary, "vertical gaze spared") {
		t.Errorf("locked-in summary: %q, want the vertical gaze spared", res.Summary)
	}
}
