package explorer

// Mode is what the explorer is doing, as a person would name it.
type Mode int

// The modes, from the bottom up: a tour is over everything, the quiz over
// lesion mode, lesion mode over a trace, a trace over a section.
const (
	Explore Mode = iota
	Section
	Trace
	Lesion
	Quiz
	Tour
)

// String returns the mode's name as the page publishes it
// (window.decussate.mode).
func (m Mode) String() string {
	switch m {
	case Section:
		return "section"
	case Trace:
		return "trace"
	case Lesion:
		return "lesion"
	case Quiz:
		return "quiz"
	case Tour:
		return "tour"
	}
	return "explore"
}
