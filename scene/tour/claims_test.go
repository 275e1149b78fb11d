package tour_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/lesion"
)

// A claim is a phrase a caption may say about a lesion, with the check of
// what the engine computes that makes it true. side is "L" or "R" from the
// phrase's left or right, "" when it names none.
type claim struct {
	re    *regexp.Regexp
	check func(r *lesion.Result, side string) bool
}

func sideOf(word string) string {
	switch strings.ToLower(word) {
	case "left":
		return "L"
	case "right":
		return "R"
	}
	return ""
}

func deficit(r *lesion.Result, region, side, typ string) bool {
	return slices.ContainsFunc(r.Deficits, func(d lesion.Deficit) bool {
		return d.Region == region && d.Side == side && (typ == "" || d.Type == typ)
	})
}

func sign(r *lesion.Result, name, side, toward string) bool {
	return slices.ContainsFunc(r.Signs, func(s lesion.Sign) bool {
		return s.Sign == name && (side == "" || s.Side == side) && (toward == "" || s.Toward == toward)
	})
}

func anyDeficit(r *lesion.Result, regions ...string) bool {
	return slices.ContainsFunc(r.Deficits, func(d lesion.Deficit) bool { return slices.Contains(regions, d.Region) })
}

// hemiparesis: arm and leg weak of upper motor neuron type on side, and the
// engine's summary puts that side first, as a teacher reads it.
func hemiparesis(r *lesion.Result, side string) bool {
	word := map[string]string{"L": "Left", "R": "Right"}[side]
	return deficit(r, "hand", side, "UMN") && deficit(r, "ankle_foot", side, "UMN") &&
		(strings.HasPrefix(r.Summary, word) || strings.Contains(r.Summary, "; "+strings.ToLower(word)))
}

var claims = []claim{
	{regexp.MustCompile(`(left|right) hemiparesis`), hemiparesis},
	{regexp.MustCompile(`Babinski sign on the (left|right)`), func(r *lesion.Result, s string) bool { return sign(r, "babinski", s, "") }},
	{regexp.MustCompile(`tongue deviates to the (left|right)`), func(r *lesion.Result, s string) bool { return sign(r, "tongue_deviation", "", s) }},
	{regexp.MustCompile(`wastes the (left|right) half of the tongue`), func(r *lesion.Result, s string) bool {
		return deficit(r, "tongue", s, "LMN") && sign(r, "atrophy", s, "")
	}},
	{regexp.MustCompile(`weakens the (left|right) half of the tongue`), func(r *lesion.Result, s string) bool { return deficit(r, "tongue", s, "") }},
	{regexp.MustCompile(`uvula pulled to the (left|right)`), func(r *lesion.Result, s string) bool { return sign(r, "uvula_deviation", "", s) }},
	{regexp.MustCompile(`gag lost on the (left|right)`), func(r *lesion.Result, s string) bool { return sign(r, "absent_gag", s, "") }},
	{regexp.MustCompile(`forehead is spared`), func(r *lesion.Result, _ string) bool {
		return sign(r, "forehead_sparing", "", "") && !anyDeficit(r, "upper_face")
	}},
	{regexp.MustCompile(`weakens the (left|right) lower face`), func(r *lesion.Result, s string) bool {
		return deficit(r, "lower_face", s, "UMN") && !deficit(r, "upper_face", s, "")
	}},
	{regexp.MustCompile(`whole (left|right) face is weak`), func(r *lesion.Result, s string) bool {
		return deficit(r, "upper_face", s, "LMN") && deficit(r, "lower_face", s, "LMN")
	}},
	{regexp.MustCompile(`Bell's phenomenon on the (left|right)`), func(r *lesion.Result, s string) bool { return sign(r, "bell_phenomenon", s, "") }},
	{regexp.MustCompile(`(left|right) eye is down and out`), func(r *lesion.Result, s string) bool {
		return sign(r, "eye_down_and_out", s, "")
	}},
	{regexp.MustCompile(`with ptosis and a dilated pupil`), func(r *lesion.Result, _ string) bool {
		return sign(r, "ptosis", "", "") && sign(r, "mydriasis", "", "")
	}},
	{regexp.MustCompile(`(left|right) eye turns in`), func(r *lesion.Result, s string) bool { return sign(r, "esotropia", s, "") }},
	{regexp.MustCompile(`cannot look to the (left|right) at all`), func(r *lesion.Result, s string) bool {
		return sign(r, "horizontal_gaze_palsy", "", s)
	}},
	{regexp.MustCompile(`cannot look to the left or right`), func(r *lesion.Result, _ string) bool {
		return sign(r, "horizontal_gaze_palsy", "", "L") && sign(r, "horizontal_gaze_palsy", "", "R")
	}},
	{regexp.MustCompile(`vertical eye movements are spared`), func(r *lesion.Result, _ string) bool {
		return !anyDeficit(r, "eye_adduction_elevation_depression", "eye_intorsion")
	}},
	{regexp.MustCompile(`all four limbs`), func(r *lesion.Result, _ string) bool {
		return deficit(r, "hand", "L", "") && deficit(r, "hand", "R", "") && deficit(r, "ankle_foot", "L", "") && deficit(r, "ankle_foot", "R", "")
	}},
	{regexp.MustCompile(`the face and the tongue are paralysed`), func(r *lesion.Result, _ string) bool {
		return deficit(r, "lower_face", "L", "") && deficit(r, "lower_face", "R", "") && deficit(r, "tongue", "L", "") && deficit(r, "tongue", "R", "")
	}},
	{regexp.MustCompile(`spares the face`), func(r *lesion.Result, _ string) bool { return !anyDeficit(r, "upper_face", "lower_face") }},
	{regexp.MustCompile(`no hemiparesis`), func(r *lesion.Result, _ string) bool { return !anyDeficit(r, "hand", "ankle_foot") }},
	{regexp.MustCompile(`weakens the (left|right) hand and leg`), func(r *lesion.Result, s string) bool {
		return deficit(r, "hand", s, "") && deficit(r, "ankle_foot", s, "")
	}},
	{regexp.MustCompile(`brisk gag`), func(r *lesion.Result, _ string) bool { return sign(r, "brisk_gag", "", "") }},
	{regexp.MustCompile(`brisk jaw jerk`), func(r *lesion.Result, _ string) bool {
		return slices.ContainsFunc(r.Signs, func(s lesion.Sign) bool {
			return s.Sign == "hyperreflexia" && slices.Contains(s.Reflexes, "jaw_jerk")
		})
	}},
	{regexp.MustCompile(`slurred speech`), func(r *lesion.Result, _ string) bool { return sign(r, "dysarthria", "", "") }},
	{regexp.MustCompile(`with no wasting`), func(r *lesion.Result, _ string) bool { return !sign(r, "atrophy", "", "") }},
	{regexp.MustCompile(`hoarseness and difficulty swallowing`), func(r *lesion.Result, _ string) bool {
		return anyDeficit(r, "palate_pharynx_larynx")
	}},
}

// TestLesionCaptions: what a lesion step's caption claims is what the
// engine computes for the step's sites (chronic, as the lesion mode opens),
// and every lesion step makes at least one claim the test can check, so
// that the check cannot pass for want of claims.
func TestLesionCaptions(t *testing.T) {
	eng := testatlas.Engine(t)
	ps := presets(t)
	for _, tr := range embedded(t) {
		for i, s := range tr.Steps {
			sites, err := s.LesionSites(eng, ps)
			if err != nil {
				t.Fatalf("%s step %d: %v", tr.ID, i+1, err)
			}
			if len(sites) == 0 {
				continue
			}
			r := eng.Evaluate(sites, lesion.Chronic)
			checked := 0
			for _, c := range claims {
				for _, m := range c.re.FindAllStringSubmatch(s.Caption, -1) {
					side := ""
					if len(m) > 1 {
						side = sideOf(m[1])
					}
					checked++
					if !c.check(r, side) {
						t.Errorf("%s step %d: the caption says %q, but the engine computes: %s", tr.ID, i+1, m[0], r.Summary)
					}
				}
			}
			if checked == 0 {
				t.Errorf("%s step %d: no claim of the caption is checked: %q", tr.ID, i+1, s.Caption)
			}
		}
	}
}

// TestClaimsCatchErrors: the claims fail on the wrong side, so that a
// caption swapping left and right would be caught.
func TestClaimsCatchErrors(t *testing.T) {
	eng := testatlas.Engine(t)
	var weber []lesion.Site
	for _, text := range []string{"cerebral_peduncle:L", "cn3:L"} {
		s, err := eng.ParseSite(text)
		if err != nil {
			t.Fatal(err)
		}
		weber = append(weber, s)
	}
	r := eng.Evaluate(weber, lesion.Chronic)
	for _, c := range []struct {
		caption string
		want    bool
	}{
		{"a right hemiparesis", true},
		{"a left hemiparesis", false},
		{"the left eye is down and out", true},
		{"the right eye is down and out", false},
		{"the tongue deviates to the left", false},
		{"no hemiparesis", false},
	} {
		got, matched := true, false
		for _, cl := range claims {
			if m := cl.re.FindStringSubmatch(c.caption); m != nil {
				matched = true
				side := ""
				if len(m) > 1 {
					side = sideOf(m[1])
				}
				got = got && cl.check(r, side)
			}
		}
		if !matched || got != c.want {
			t.Errorf("%q: matched %v, holds %v, want %v", c.caption, matched, got, c.want)
		}
	}
}
