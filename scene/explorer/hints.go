package explorer

// hints are the hint bar's words by mode: the keys on a wide screen, and
// what fingers do on a narrow one. The quiz is lesion mode's, a section
// explore's.
var hints = [2][Tour + 1]string{
	{Explore: exploreHint, Section: exploreHint, Trace: traceHint, Lesion: lesionHint, Quiz: lesionHint, Tour: tourHint},
	{
		Explore: narrowHint, Section: narrowHint,
		Trace:  "Drag to turn · Menu, Trace: the next start · Close ends the trace",
		Lesion: "Tap the model to place a lesion · Classic lesions: Menu · Close leaves",
		Quiz:   "Tap the model to place a lesion · Classic lesions: Menu · Close leaves",
		Tour:   "Next › and ‹ Back step the tour · Close ends it",
	},
}

// The hint bar's words on a wide screen.
const (
	exploreHint = "Drag to turn  ·  wheel to zoom  ·  click the gyrus or N: trace  ·  E: lesion mode  ·  ? all keys"
	traceHint   = "Space pause  ·  . step  ·  [ ] slower / faster  ·  C camera follows  ·  N / B next / previous start  ·  Esc end"
	lesionHint  = "Click: place a lesion  ·  Shift-click: move it  ·  [ ] size  ·  Delete  ·  Z undo  ·  A acute/chronic  ·  E or Esc: leave"
	tourHint    = "→  Page Down  space: next step  ·  ←  Page Up: back  ·  O: next tour  ·  Esc: end the tour"
)

// narrowHint is the hint on a narrow screen while exploring.
const narrowHint = "Drag to turn · pinch to zoom · tap the gyrus to trace · Menu for the rest"

// Hint returns the hint bar's words for the mode, on a narrow screen or a
// wide one.
func (m Mode) Hint(narrow bool) string {
	if m < 0 || m > Tour {
		return ""
	}
	i := 0
	if narrow {
		i = 1
	}
	return hints[i][m]
}
