package game

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/words"
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
	// judged is the student's result last compared, so that the quiz
	// answers each new lesion once.
	judged *lesion.Result
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
	q.active, q.hidden, q.hints, q.matched, q.judged = true, p, 0, false, nil
	q.answer = eng.Evaluate(sites, lesion.Chronic)
	return nil
}

// judge compares the student's lesion with the hidden one: the same weak
// regions with the same sides and types, and the same signs.
func (q *quiz) judge(guess *lesion.Result) bool {
	q.matched = q.active && guess != nil && sameFindings(q.answer, guess)
	return q.matched
}

// hidesTints reports whether the patient must be drawn untinted: the
// tints of upper and lower motor neuron weakness would give the answer
// away until it is found.
func (q *quiz) hidesTints() bool { return q.active && !q.matched }

// feedbackItems is how many differences a wrong answer names at once.
const feedbackItems = 3

// respond answers the student's lesion when it has changed: "That's it"
// when its findings match the patient's, else how they differ, in words.
// It returns "" when there is nothing new to say.
func (q *quiz) respond(guess *lesion.Result) string {
	if !q.active || q.matched || guess == q.judged {
		return ""
	}
	q.judged = guess
	switch {
	case q.judge(guess):
		return "That's it: " + q.hidden.Name + ". Q asks another."
	case guess == nil:
		return ""
	}
	return words.Feedback(q.answer, guess, feedbackItems)
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
func (q *quiz) hint(a *anatomy.Atlas) string {
	if !q.active {
		return ""
	}
	q.hints++
	p := q.hidden
	switch q.hints {
	case 1:
		return "Hint: look at which side the limbs and the face are weak on, and whether the signs are upper or lower motor neuron."
	case 2:
		return "Hint: the lesion is in " + words.Group(p.Group) + "."
	}
	return "The answer: " + p.Name + ": " + words.SiteNames(a, p.SiteSpecs) + "."
}
