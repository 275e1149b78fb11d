package explorer

import "github.com/decussate/decussate/scene/words"

// hints are the hint bar's words by device and mode: the keys to a
// keyboard's user, what fingers and the toolbar's buttons do by touch. A
// button the Menu holds on a phone is named with its path
// (words.MenuPath), which the layout drops where the row holds every
// button. A section's are its own: its levels, and how to leave it.
var hints = [2][Tour + 1]string{
	words.Keyboard: {Explore: exploreHint, Section: sectionHint, Trace: traceHint, Lesion: lesionHint, Quiz: quizHint, Tour: tourHint},
	words.Touch: {
		Explore: touchHint,
		Section: "Level ↑ and Level ↓ move the section · " + words.MenuPath + "Section removes it · drag to turn · pinch to zoom",
		Trace:   "Pause (Replay once it has arrived), Step, Slower and Faster play the impulse · Follow: the camera follows it · " + words.MenuPath + "Trace: the next start · Close ends the trace",
		Lesion:  "Tap the model to place a lesion · Move, then a tap, moves it · Close leaves lesion mode",
		Quiz:    "Tap the model to place a lesion, or take one from " + words.MenuPath + "Classic lesions · Move, Smaller, Larger, Remove, Undo change yours · Hint helps · Close ends the quiz",
		Tour:    "Next › and ‹ Back step the tour · Close ends it",
	},
}

// The hint bar's words for a keyboard's user: each key, then a colon and
// what it does.
const (
	exploreHint = "Drag to turn  ·  wheel to zoom  ·  click the coloured gyrus or press N to trace  ·  E: lesion mode  ·  ?: all the keys"
	traceHint   = "Space: pause, or replay at the end  ·  . (full stop): step  ·  [ and ]: slower, faster  ·  C: the camera follows  ·  N or B: the next or previous start  ·  Esc: end"
	sectionHint = "Page Up and Page Down: the next level  ·  X: leave the section  ·  drag to turn  ·  wheel to zoom  ·  ?: all the keys"
	lesionHint  = "Click: place a lesion  ·  Shift-click: move it  ·  [ and ]: size  ·  Delete: remove  ·  Z: undo  ·  A: acute or chronic  ·  E or Esc: leave"
	quizHint    = "Click: place a lesion  ·  /: the classic lesions  ·  I: a hint  ·  Q: another question  ·  Esc: end the quiz"
	tourHint    = "→, Page Down or Space: the next step  ·  ← or Page Up: back  ·  O: the next tour  ·  Esc: end the tour"
)

// touchHint is the hint by touch while exploring.
const touchHint = "Drag to turn · pinch to zoom · tap the coloured gyrus to trace · " + words.MenuPath + "Help: all the controls"

// Hint returns the hint bar's words for the mode, on device d.
func (m Mode) Hint(d words.Device) string {
	if m < 0 || m > Tour || d < 0 || int(d) >= len(hints) {
		return ""
	}
	return hints[d][m]
}
