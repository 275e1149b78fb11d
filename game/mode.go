package game

// mode is what the explorer is doing, as a person would name it: the
// topmost of the things that can be open at once.
type mode int

// The modes, from the bottom up.
const (
	modeExplore mode = iota
	modeSection
	modeTrace
	modeLesion
	modeQuiz
	modeTour
)

// String returns the mode's name as the page publishes it.
func (m mode) String() string {
	switch m {
	case modeSection:
		return "section"
	case modeTrace:
		return "trace"
	case modeLesion:
		return "lesion"
	case modeQuiz:
		return "quiz"
	case modeTour:
		return "tour"
	}
	return "explore"
}

// mode returns the explorer's mode: a tour over everything, the quiz over
// lesion mode, lesion mode over a trace, a trace over a section.
func (g *Game) mode() mode {
	switch {
	case g.tours.player != nil:
		return modeTour
	case g.quiz.active:
		return modeQuiz
	case g.lesions.active:
		return modeLesion
	case g.tracer.active:
		return modeTrace
	case g.section.on:
		return modeSection
	}
	return modeExplore
}
