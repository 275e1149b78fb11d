package explorer

import "github.com/decussate/decussate/scene/words"

// hints are the hint bar's words by device and mode: the keys to a
// keyboard's user, what fingers and the toolbar's buttons do by touch (a
// button is in the toolbar's row, or in its Menu on a phone). The quiz is
// lesion mode's, a section explore's.
var hints = [2][Tour + 1]string{
	words.Keyboard: {Explore: exploreHint, Section: exploreHint, Trace: traceHint, Lesion: lesionHint, Quiz: lesionHint, Tour: tourHint},
	words.Touch: {
		Explore: touchHint,
		Section: "Level ↑ and Level ↓ move the section · Section removes it · drag to turn · pinch to zoom",
		Trace:   "Pause, Step, Slower and Faster play the impulse · Follow: the camera follows it · Trace: the next start · Close ends the trace",
		Lesion:  "Tap the model to place a lesion · Move, then a tap, moves it · Smaller, Larger, Remove, Undo · Chronic / Acute switches the phase · Close leaves",
		Quiz:    "Tap the model to place a lesion, or take one from Classic lesions · Move, Smaller, Larger, Remove, Undo change yours · Hint helps · Close ends the quiz",
		Tour:    "Next › and ‹ Back step the tour · Close ends it",
	},
}

// The hint bar's words for a keyboard's user.
const (
	exploreHint = "Drag to turn  ·  wheel to zoom  ·  click the gyrus or N: trace  ·  E: lesion mode  ·  ? all keys"
	traceHint   = "Space pause  ·  . step  ·  [ ] slower / faster  ·  C camera follows  ·  N / B next / previous start  ·  Esc end"
	lesionHint  = "Click: place a lesion  ·  Shift-click: move it  ·  [ ] size  ·  Delete  ·  Z undo  ·  A acute/chronic  ·  E or Esc: leave"
	tourHint    = "→  Page Down  space: next step  ·  ←  Page Up: back  ·  O: next tour  ·  Esc: end the tour"
)

// touchHint is the hint by touch while exploring.
const touchHint = "Drag to turn · pinch to zoom · tap the gyrus to trace · Help lists the rest"

// Hint returns the hint bar's words for the mode, on device d.
func (m Mode) Hint(d words.Device) string {
	if m < 0 || m > Tour || d < 0 || int(d) >= len(hints) {
		return ""
	}
	return hints[d][m]
}
