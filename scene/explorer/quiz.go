package explorer

import (
	"fmt"
	"strings"

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
	asked int
	// sites are the hidden lesion's, and answer what the engine makes
	// of them in answerPhase: the quiz's phase, which the student may
	// switch.
	sites       []lesion.Site
	answer      *lesion.Result
	answerPhase lesion.Phase
	hints       int
	matched     bool
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
	if e.st.Mode != Quiz {
		// The quiz is a detour, as a tour is: it ends where it was
		// asked from (explore, a trace, lesion mode with its lesions and
		// phase), not in lesion mode.
		e.beforeQuiz = e.st
		e.beforeQuiz.Lesions = append([]Placed(nil), e.st.Lesions...)
		// Undo in the quiz takes back the student's guesses only.
		e.beforeQuizUndo, e.undo = e.undo, nil
	}
	e.tracing.end()
	s := &e.st
	// A case is asked in the default phase, not in the one the student
	// chose in lesion mode, which comes back when the quiz ends.
	s.Mode, s.Lesions, s.Preset, s.Title, s.Phase = Quiz, nil, "", QuizTitle, DefaultState().Phase
	e.quizPreset, e.selected = hidden.ID, -1
	*q = quiz{asked: q.asked, sites: sites, asking: true}
	e.quizAnswer()
	return nil
}

// quizAnswer returns the hidden lesion's result in the quiz's phase,
// evaluated again when the student switches it (askQuiz has wired the
// engine).
func (e *Explorer) quizAnswer() *lesion.Result {
	q := &e.quiz
	if q.answer == nil || q.answerPhase != e.st.Phase {
		q.answer, q.answerPhase = e.cfg.Engine.Evaluate(q.sites, e.st.Phase), e.st.Phase
		q.judged = nil
	}
	return q.answer
}

// endQuiz ends the quiz, opening again what was open when it was asked
// (the look, proportions, labels and presenter mode chosen during it are
// kept).
func (e *Explorer) endQuiz() {
	if e.st.Mode != Quiz {
		return
	}
	s := e.beforeQuiz
	s.Look, s.Proportions, s.Labels, s.Presenter = e.st.Look, e.st.Proportions, e.st.Labels, e.st.Presenter
	e.quizPreset, e.moving, e.panelsOpen = "", false, false
	// What was open before opened then, so it opens again.
	_ = e.Set(s)
	e.undo, e.beforeQuizUndo = e.beforeQuizUndo, nil
}

// respondQuiz answers the student's lesion when it has changed: "That's
// it" when its findings match the patient's, else how they differ, in
// words.
func (e *Explorer) respondQuiz() {
	q := &e.quiz
	if e.st.Mode != Quiz || e.player != nil || q.matched {
		return
	}
	answer := e.quizAnswer()
	guess, _ := e.Result()
	if guess == q.judged {
		return
	}
	q.judged = guess
	switch {
	case guess == nil:
	case sameFindings(answer, guess):
		q.matched, q.asking = true, false
		q.found = e.preset(e.quizPreset).Name
	default:
		q.says, q.asking = words.Feedback(answer, guess, feedbackItems), false
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
		q.says = answerWords(p.Name, words.SiteNames(e.cfg.Atlas, p.SiteSpecs))
	}
}

// answerWords gives the quiz's answer: the classic lesion's name, then
// where its lesion lies, without the name again when the sites begin with
// it ("amyotrophic lateral sclerosis: upper and lower motor neurons").
func answerWords(name, sites string) string {
	if len(sites) >= len(name) && strings.EqualFold(sites[:len(name)], name) {
		sites = strings.TrimLeft(sites[len(name):], ":, ")
	}
	if sites == "" {
		return "The answer: " + name + "."
	}
	return "The answer: " + name + ". The lesion: " + sites + "."
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
	return e.quizAnswer(), !e.quiz.matched
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
