// Package list joins words into the lists a sentence holds ("a, b and
// c"). It is the one place lists are joined: the lesion engine's
// summary, the words package's report and the trace's captions all read
// alike, and none writes "palate and throat and tongue". It imports
// nothing of the scene, so that every package may use it.
package list

import (
	"slices"
	"strings"
)

// And joins words as "a, b and c"; when a word has its own "and"
// ("upper and lower motor neurons") a comma marks the list's last "and"
// ("a, upper and lower motor neurons, and c") so that the two do not run
// together.
func And(w []string) string {
	switch len(w) {
	case 0:
		return ""
	case 1:
		return w[0]
	}
	join := " and "
	if slices.ContainsFunc(w, func(s string) bool { return strings.Contains(s, " and ") }) {
		join = ", and "
	}
	return strings.Join(w[:len(w)-1], ", ") + join + w[len(w)-1]
}

// Parts joins the names of parts (body regions, muscles) as one list. A
// name that is a list of its own ("ankle and foot", "palate and
// throat", "zygomaticus and buccinator") joins the others as its parts:
// "hip, knee, ankle and foot" and "palate, throat and tongue", never
// "palate and throat and tongue".
func Parts(w []string) string {
	if len(w) < 2 {
		return And(w)
	}
	parts := make([]string, 0, len(w))
	for i, name := range w {
		if i+1 < len(w) {
			name = strings.Replace(name, " and ", ", ", 1)
		}
		parts = append(parts, name)
	}
	last := parts[len(parts)-1]
	if strings.Contains(last, " and ") {
		return strings.Join(parts, ", ")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + last
}

// BySide says the side of notes that share it once, where the first of
// them was: "eye down and out, ptosis and dilated pupil on the left", not
// "on the left" after each; a note on the left and the right alike is
// said once, on both sides.
func BySide(notes []string) []string {
	sides := []string{" on the left", " on the right", " on both sides"}
	sideOf := func(n string) string {
		for _, sd := range sides {
			if strings.HasSuffix(n, sd) {
				return sd
			}
		}
		return ""
	}
	var both []string
	for _, n := range notes {
		if stem, ok := strings.CutSuffix(n, sides[0]); ok && slices.Contains(notes, stem+sides[1]) {
			n = stem + sides[2]
		} else if stem, ok := strings.CutSuffix(n, sides[1]); ok && slices.Contains(notes, stem+sides[0]) {
			continue
		}
		if !slices.Contains(both, n) {
			both = append(both, n)
		}
	}
	var out []string
	done := map[string]bool{}
	for _, n := range both {
		side := sideOf(n)
		if side == "" {
			out = append(out, n)
			continue
		}
		if done[side] {
			continue
		}
		done[side] = true
		var stems []string
		for _, m := range both {
			if sideOf(m) == side {
				stems = append(stems, strings.TrimSuffix(m, side))
			}
		}
		k := len(stems)
		join := " and "
		if k > 1 && (strings.Contains(stems[k-2], " and ") || strings.Contains(stems[k-1], " and ")) {
			join = ", and " // "anal wink lost, and foot drop", not "lost and foot drop"
		}
		if k == 1 {
			out = append(out, n)
			continue
		}
		out = append(out, strings.Join(stems[:k-1], ", ")+join+stems[k-1]+side)
	}
	return out
}
