package words

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// Differences says how a student's lesion's findings (guess) differ from
// the patient's (answer), as sentences: the regions the guess also
// weakens, the patient's weak regions it spares, the regions weak with the
// other type, then the signs only one of them has. They compare as the
// quiz judges: a region by its side and type, a sign by its side or
// direction. No difference gives no sentences.
func Differences(answer, guess *lesion.Result) []string {
	var out []string
	type key struct{ region, side string }
	kinds := func(r *lesion.Result) map[key]string {
		m := map[key]string{}
		if r != nil {
			for _, d := range r.Deficits {
				m[key{d.Region, d.Side}] = d.Type
			}
		}
		return m
	}
	want, got := kinds(answer), kinds(guess)
	// Head to foot, left before right, so the sentences read in order.
	var extra, missing, other [2][]string
	for _, region := range anatomy.Regions {
		for si, side := range []string{"L", "R"} {
			k := key{region, side}
			w, inWant := want[k]
			g, inGot := got[k]
			switch {
			case inGot && !inWant:
				extra[si] = append(extra[si], region)
			case inWant && !inGot:
				missing[si] = append(missing[si], region)
			case inWant && w != g:
				name, verb := Region(region, side), "is"
				if strings.Contains(name, " and ") || strings.HasPrefix(name, "both ") {
					verb = "are" // "the left ankle and foot are", "both hands are"
				}
				other[si] = append(other[si], fmt.Sprintf("the %s %s %s weakness in the patient, %s in yours", name, verb, Type(w), Type(g)))
			}
		}
	}
	if s := sided(extra); s != "" {
		out = append(out, "Your lesion also weakens the "+s+".")
	}
	if s := sided(missing); s != "" {
		out = append(out, "Your lesion spares the patient's weak "+s+".")
	}
	for _, o := range append(other[0], other[1]...) {
		out = append(out, Capital(o)+".")
	}
	only := func(a, b *lesion.Result) []string {
		has := map[string]bool{}
		if b != nil {
			for _, s := range b.Signs {
				has[s.Sign+"/"+s.Side+"/"+s.Toward] = true
			}
		}
		var signs []lesion.Sign
		if a != nil {
			for _, s := range a.Signs {
				if !has[s.Sign+"/"+s.Side+"/"+s.Toward] {
					s.Reflexes = nil
					signs = append(signs, s)
				}
			}
		}
		var ph []string
		merged := mergeSides(signs)
		for i, s := range merged {
			if i == signsNamed && len(merged) > signsNamed+1 {
				ph = append(ph, fmt.Sprintf("and %d more signs", len(merged)-i))
				break
			}
			ph = append(ph, phrase(s))
		}
		return ph
	}
	if ph := only(answer, guess); len(ph) > 0 {
		out = append(out, "Only the patient has: "+strings.Join(ph, "; ")+".")
	}
	if ph := only(guess, answer); len(ph) > 0 {
		out = append(out, "Only yours has: "+strings.Join(ph, "; ")+".")
	}
	return out
}

// signsNamed is how many signs a difference names before counting the
// rest.
const signsNamed = 3

// limbs are the regions that together make a part a sentence names at
// once: "the right arm" for all five arm regions.
var limbs = []struct {
	name    string
	regions []string
}{
	{"face", []string{"upper_face", "lower_face"}},
	{"arm", []string{"shoulder", "elbow_flexion", "elbow_extension", "wrist", "hand"}},
	{"leg", []string{"hip", "knee", "ankle_foot"}},
}

// parts names regions (ids, head to foot) for a sentence, a whole face,
// arm or leg by its name.
func parts(regions []string) []string {
	has := map[string]bool{}
	for _, r := range regions {
		has[r] = true
	}
	whole := map[string]string{}
	for _, l := range limbs {
		all := true
		for _, r := range l.regions {
			all = all && has[r]
		}
		if all {
			for _, r := range l.regions {
				whole[r] = l.name
			}
		}
	}
	var out []string
	for _, r := range regions {
		switch w := whole[r]; {
		case w == "":
			out = append(out, anatomy.RegionName(r))
		case len(out) == 0 || out[len(out)-1] != w:
			out = append(out, w)
		}
	}
	return out
}

// longSided is how many parts the two sides' lists of a sentence name
// together before they are parted by a semicolon.
const longSided = 6

// sided names regions per side, each side once: "left shoulder and hand
// and the right leg"; the same regions on both sides become "shoulder and
// hand on both sides".
func sided(r [2][]string) string {
	lp, rp := parts(r[0]), parts(r[1])
	l, rr := JoinRegions(lp), JoinRegions(rp)
	switch {
	case l == "" && rr == "":
		return ""
	case l == rr:
		return l + " on both sides"
	case rr == "":
		return "left " + l
	case l == "":
		return "right " + rr
	}
	if len(lp)+len(rp) > longSided {
		// Two long lists read as two, parted by a semicolon where a
		// page may turn: "left jaw, …, leg; on the right, the face, …".
		return "left " + l + "; on the right, the " + rr
	}
	if strings.Contains(l, " and ") {
		// "left hip, knee, ankle and foot, and the right arm": the
		// comma closes the left's list before the right's begins.
		return "left " + l + ", and the right " + rr
	}
	return "left " + l + " and the right " + rr
}

// Feedback is what the quiz says after a wrong answer: the first most
// differences, and how many more there are.
func Feedback(answer, guess *lesion.Result, most int) string {
	d := Differences(answer, guess)
	if len(d) == 0 {
		return ""
	}
	s := "Not yet. " + strings.Join(d[:min(most, len(d))], " ")
	if len(d) > most {
		more := "differences"
		if len(d)-most == 1 {
			more = "difference"
		}
		s += fmt.Sprintf(" (%d more %s not shown.)", len(d)-most, more)
	}
	return s
}
