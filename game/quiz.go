package game

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/preset"
)

// quizOrder fixes the order the quiz draws its hidden lesions in: a
// stride through the presets, so that consecutive questions differ in
// kind, and the same on every run (no clock, no global randomness).
const quizStride = 7

// quiz is "Where is the lesion?": the patient shows a hidden lesion's
// deficits; the student places lesions until the engine finds the same
// deficits and signs.
type quiz struct {
	active  bool
	asked   int
	hidden  *preset.Preset
	answer  *lesion.Result
	hints   int
	matched bool
}

// ask hides the next preset's lesion and returns its result for the
// patient.
func (q *quiz) ask(presets []preset.Preset, eng *lesion.Engine) error {
	if len(presets) == 0 {
		return fmt.Errorf("no classic lesions to ask about")
	}
	p := &presets[(q.asked*quizStride)%len(presets)]
	q.asked++
	sites, err := p.Sites(eng)
	if err != nil {
		return fmt.Errorf("quiz lesion %s: %w", p.ID, err)
	}
	q.active, q.hidden, q.hints, q.matched = true, p, 0, false
	q.answer = eng.Evaluate(sites, lesion.Chronic)
	return nil
}

// judge compares the student's lesion with the hidden one: the same weak
// regions with the same sides and types, and the same signs.
func (q *quiz) judge(guess *lesion.Result) bool {
	q.matched = q.active && guess != nil && sameFindings(q.answer, guess)
	return q.matched
}

// findings lists a result's deficits (region, side, type) and signs.
func findings(r *lesion.Result) map[string]bool {
	out := make(map[string]bool)
	for _, d := range r.Deficits {
		out["deficit "+d.Region+" "+d.Side+" "+d.Type] = true
	}
	for _, s := range r.Signs {
		out["sign "+s.Sign+" "+s.Side+" "+s.Toward] = true
	}
	return out
}

func sameFindings(a, b *lesion.Result) bool {
	fa, fb := findings(a), findings(b)
	if len(fa) != len(fb) {
		return false
	}
	for k := range fa {
		if !fb[k] {
			return false
		}
	}
	return true
}

// hint returns the next hint: the side, then the part of the neuraxis,
// then the answer.
func (q *quiz) hint() string {
	if !q.active {
		return ""
	}
	q.hints++
	p := q.hidden
	switch q.hints {
	case 1:
		return "Hint: look at which side the limbs and the face are weak on, and whether the signs are upper or lower motor neuron."
	case 2:
		return "Hint: the lesion is in the " + strings.ReplaceAll(p.Group, "_", " ") + "."
	}
	return "The answer: " + p.Name + " (" + strings.Join(p.SiteSpecs, " + ") + ")."
}
