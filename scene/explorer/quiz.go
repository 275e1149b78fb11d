package explorer

import (
	"fmt"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// Quiz timing and words: quizStride fixes the order the quiz draws its
// hidden lesions in, a stride through the presets, so that consecutive
// questions differ in kind, and the same on every run (no clock, no
// global randomness); feedbackItems is how many differences a wrong
// answer names at once.
const (
	quizStride    = 7
	feedbackItems = 3
)

// quiz is "Where is the lesion?": the patient shows a hidden lesion's
// deficits; the student places lesions until the engine finds the same
// deficits and signs.
type quiz struct {
	asked   int
	answer  *lesion.Result
	hints   int
	matched bool
	// judged is the student's result last compared, so that the quiz
	// answers each new lesion once.
	judged *lesion.Result
	// says is what the quiz says now; when asking or found it says
	// words.QuizAsked or words.QuizFound, in words for the device in use.
	says   string
	asking bool
	found  string
}

// askQuiz hides the classic lesion id, or the next one in the quiz's
// order, and evaluates it for the patient.
func (e *Explorer) askQuiz(id string, next bool) error {
	q := &e.quiz
	hidden := e.preset(id)
	if next && len(e.cfg.Presets) > 0 {
		hidden = &e.cfg.Presets[(q.asked*quizStride)%len(e.cfg.Presets)]
		q.asked++
	}
	if hidden == nil {
		return fmt.Errorf("quiz: no classic lesion %q", id)
	}
	eng, err := e.Engine()
	if err != nil {
		return err
	}
	sites, err := hidden.Sites(eng)
	if err != nil {
		return fmt.Errorf("quiz lesion %s: %w", hidden.ID, err)
	}
	e.enterLesion()
	e.remember()
	s := &e.st
	s.Mode, s.Lesions, s.Preset, s.Title = Quiz, nil, "", QuizTitle
	e.quizPreset, e.selected = hidden.ID, -1
	*q = quiz{asked: q.asked, answer: eng.Evaluate(sites, lesion.Chronic), asking: true}
	return nil
}

// respondQuiz answers the student's lesion when it has changed: "That's
// it" when its findings match the patient's, else how they differ, in
// words.
func (e *Explorer) respondQuiz() {
	q := &e.quiz
	if e.st.Mode != Quiz || e.player != nil || q.matched {
		return
	}
	guess, _ := e.Result()
	if guess == q.judged {
		return
	}
	q.judged = guess
	switch {
	case guess == nil:
	case sameFindings(q.answer, guess):
		q.matched, q.asking = true, false
		q.found = e.preset(e.quizPreset).Name
	default:
		q.says, q.asking = words.Feedback(q.answer, guess, feedbackItems), false
	}
}

// hintQuiz says the next hint: the side, then the part of the neuraxis,
// then the answer.
func (e *Explorer) hintQuiz() {
	p := e.preset(e.QuizPreset())
	if p == nil {
		return
	}
	q := &e.quiz
	q.hints++
	q.asking = false
	switch q.hints {
	case 1:
		q.says = "Hint: look at which side the limbs and the face are weak on, and whether the signs are upper or lower motor neuron."
	case 2:
		q.says = "Hint: the lesion is in " + words.Group(p.Group) + "."
	default:
		q.says = "The answer: " + p.Name + ": " + words.SiteNames(e.cfg.Atlas, p.SiteSpecs) + "."
	}
}

// QuizWords returns what the quiz says, "" when none is asked.
func (e *Explorer) QuizWords() string {
	q := &e.quiz
	switch {
	case e.QuizPreset() == "":
		return ""
	case q.found != "":
		return words.QuizFound(e.device, q.found)
	case q.asking:
		return words.QuizAsked(e.device)
	}
	return q.says
}

// QuizPatient returns the hidden lesion's result, which the patient acts
// out while the quiz asks, and whether the patient is drawn untinted: the
// tints of upper and lower motor neuron weakness would give the answer
// away until it is found. It returns nil when no quiz is asked.
func (e *Explorer) QuizPatient() (*lesion.Result, bool) {
	if e.QuizPreset() == "" {
		return nil, false
	}
	return e.quiz.answer, !e.quiz.matched
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

// sameFindings tells whether two results have the same deficits and signs.
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
