package lesion

import (
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/words/list"
	"github.com/decussate/decussate/scene/words/say"
)

// summarize writes the one sentence a teacher would write under the case.
func summarize(res *Result) string {
	// The sentence is written once, into b, its first letter capitalized:
	// a lesion is evaluated every frame it is dragged.
	var b strings.Builder
	b.Grow(256)
	put := func(words ...string) {
		for _, w := range words {
			if b.Len() == 0 && w != "" && 'a' <= w[0] && w[0] <= 'z' {
				b.WriteByte(w[0] - 'a' + 'A')
				w = w[1:]
			}
			b.WriteString(w)
		}
	}
	clause := func(words ...string) {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		put(words...)
	}
	for _, kind := range []string{"LMN", "mixed", "UMN"} {
		var per [2]regionSet
		for _, d := range res.Deficits {
			if d.Type == kind {
				per[sideIndex(d.Side)].add(d.Region)
			}
		}
		if per[L].n+per[R].n == 0 {
			continue
		}
		parts := [2][]string{bodyParts(per[L].has, per[L].n), bodyParts(per[R].has, per[R].n)}
		// No part's words hold a comma: the lists are equal as their
		// joined words are.
		if len(parts[L]) > 0 && slices.Equal(parts[L], parts[R]) {
			worst := worstMovements(res, kind, "L", per[L].has)
			if !slices.Equal(worst, worstMovements(res, kind, "R", per[R].has)) {
				worst = nil
			}
			clause("bilateral ", list.Parts(parts[L]), " weakness of ", say.Type(kind), " type", worstAt(worst))
			continue
		}
		for _, s := range sides {
			if len(parts[s]) > 0 {
				worst := worstMovements(res, kind, s.String(), per[s].has)
				clause(say.Side(s.String()), " ", list.Parts(parts[s]), " weakness of ", say.Type(kind), " type", worstAt(worst))
			}
		}
	}
	// One note per sign, naming both sides at once when both have it.
	var notes []string
	type noteKey struct {
		sign, toward, reflexes string
		sacral                 bool
	}
	seen := map[noteKey]int{}
	told := newSummarySigns(res)
	for _, s := range res.Signs {
		s = told.sign(s)
		key := noteKey{sign: s.Sign, toward: s.Toward}
		if sacralLost(s) {
			key.sacral = true
		} else if s.Sign == "areflexia" {
			key.reflexes = strings.Join(s.Reflexes, ",")
		}
		if s.Sign == "horizontal_gaze_palsy" {
			key = noteKey{sign: s.Sign} // a palsy to each side is said once
		}
		if i, ok := seen[key]; ok && s.Side != "" {
			notes[i] = signWords(Sign{Sign: s.Sign, Side: "B", Reflexes: s.Reflexes})
			continue
		}
		if i, ok := seen[key]; ok && s.Sign == "horizontal_gaze_palsy" {
			notes[i] = signWords(Sign{Sign: s.Sign, Toward: "B"})
			continue
		}
		if w := signWords(s); w != "" {
			seen[key] = len(notes)
			notes = append(notes, w)
		}
	}
	if b.Len() == 0 {
		put("no weakness")
	}
	if len(notes) > 0 {
		b.WriteString(", ")
		b.WriteString(list.And(list.BySide(notes)))
	}
	b.WriteString(".")
	return b.String()
}

// signWords names the signs worth a place in the summary, in plain
// words (say.Seen): the sentence is read on its own.
func signWords(s Sign) string {
	return say.Note(s.Sign, s.Side, s.Toward, s.Reflexes, say.Seen)
}

// sacralLost reports whether s is the loss of the sacral reflexes, which
// marks a conus or cauda equina lesion (or spinal shock) and so earns a
// place in the summary.
func sacralLost(s Sign) bool {
	return s.Sign == "areflexia" && slices.Contains(s.Reflexes, "bulbocavernosus")
}

// Movements stand out from the rest of a clause's weakness when they are
// at least this weak, within worstTie of the weakest and no more than
// worstMost, and another is at least worstLead less weak (the limb's
// weakness is uneven).
const (
	worstLeast = 0.5
	worstLead  = 0.15
	worstTie   = 0.05
	worstMost  = 3
)

// WorstMovements returns the movements a summary names after a lower
// motor neuron weakness of regions on side ("pushing the foot down" for an
// S1 root, "raising the thumb from the palm" for the median nerve,
// "spreading the fingers" for the ulnar): the weakest, where they stand
// out from the others, since a root or a nerve weakens its own muscles
// most and the rest of the limb only in part. Nil for another kind of
// weakness, and where the weakest are many (a whole limb paralysed) or
// none stands out.
func WorstMovements(res *Result, kind, side string, regions map[string]bool) []string {
	return worstMovements(res, kind, side, func(r string) bool { return regions[r] })
}

// worstMovements is WorstMovements, has telling the weak regions.
func worstMovements(res *Result, kind, side string, has func(string) bool) []string {
	if kind != "LMN" {
		return nil
	}
	// The movements of lower motor neuron weakness in regions on side, by
	// their index in res.Movements (weakest first).
	var buf [32]int
	in := buf[:0]
	for i := range res.Movements {
		m := &res.Movements[i]
		// The region last: asking for it is the dearest test.
		if m.Side == side && m.LMN >= m.Weakness/2 && has(m.Region) {
			in = append(in, i)
		}
	}
	if len(in) < 2 || res.Movements[in[0]].Weakness < worstLeast {
		return nil
	}
	first := res.Movements[in[0]].Weakness
	var worst []string
	uneven := false
	for _, i := range in {
		m := &res.Movements[i]
		if m.Weakness >= first-worstTie {
			worst = append(worst, m.Movement)
		}
		uneven = uneven || m.Weakness <= first-worstLead
	}
	if !uneven || len(worst) > worstMost {
		return nil
	}
	return worst
}

// worstAt writes the weakest movements after a clause: ", worst at
// pushing the foot down".
func worstAt(worst []string) string {
	if len(worst) == 0 {
		return ""
	}
	return ", worst at " + list.And(worst)
}

// SummarySigns returns the signs of res a summary speaks of: all of
// them, but a tendon jerk's loss only where it tells a root, nerve or
// segment, on a side with a lower motor neuron weakness and outside spinal
// shock. In shock, or in an acute hemisphere's flaccid limbs, the jerks
// are lost below the lesion for a while, which is left to the list of
// signs (the sacral reflexes' loss, which marks the shock, stays).
func SummarySigns(res *Result) []Sign {
	told := newSummarySigns(res)
	out := make([]Sign, 0, len(res.Signs))
	for _, s := range res.Signs {
		out = append(out, told.sign(s))
	}
	return out
}

// summarySigns is what SummarySigns needs of a result to tell a sign:
// whether the cord is in shock, and which sides have a weakness of lower
// motor neuron type (or mixed).
type summarySigns struct {
	shock bool
	lmn   [2]bool
}

// newSummarySigns reads what summarySigns needs from res.
func newSummarySigns(res *Result) summarySigns {
	var t summarySigns
	for _, s := range res.Signs {
		t.shock = t.shock || s.Sign == "spinal_shock_acute"
	}
	for _, d := range res.Deficits {
		if d.Type != "UMN" && (d.Side == "L" || d.Side == "R") {
			t.lmn[sideIndex(d.Side)] = true
		}
	}
	return t
}

// sign returns s as the summary speaks of it (SummarySigns).
func (t summarySigns) sign(s Sign) Sign {
	lmn := (s.Side == "L" || s.Side == "R") && t.lmn[sideIndex(s.Side)]
	if s.Sign == "areflexia" && (t.shock || !lmn) {
		var kept []string
		for _, r := range s.Reflexes {
			if !say.TendonJerk(r) {
				kept = append(kept, r)
			}
		}
		s.Reflexes = kept
	}
	return s
}
