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
		Tour:    "Next › (a report's next page first) and ‹ Back step the tour · Close ends it",
	},
}

// The hint bar's words for a keyboard's user: each key, then a colon and
// what it does.
const (
	exploreHint = "Drag to turn  ·  wheel to zoom  ·  click the coloured gyrus or press N to trace  ·  E: lesion mode  ·  ?: all the keys"
	traceHint   = "Space: pause, or replay at the end  ·  . (full stop): step  ·  [ and ]: slower, faster  ·  C: the camera follows  ·  N or B: the next or previous start  ·  Esc: end"
	sectionHint = "→, Page Down or Space: a level down  ·  ← or Page Up: up  ·  X or Esc: leave the section  ·  drag to turn  ·  ?: all the keys"
	lesionHint  = "Click: place a lesion  ·  Shift-click: move it  ·  [ and ]: size  ·  Delete: remove  ·  Z: undo  ·  A: acute or chronic  ·  → and ←: the report's pages  ·  E or Esc: leave"
	quizHint    = "Click: place a lesion  ·  /: the classic lesions  ·  I: a hint  ·  Q: another question  ·  Esc: end the quiz"
	tourHint    = "→, Page Down or Space: the report's next page, then the next step  ·  ← or Page Up: back  ·  O: the next tour  ·  Esc: end the tour"
)

// presenterHints are the keyboard's hints that change in presenter mode,
// where B and the full stop black the screen (a clicker's button): a
// trace's previous start is Shift-N there (its hint keeps to two lines
// at 1280×720, leaving B to the list of controls). Lesion mode and a tour
// drop the hint in presenter mode (screen.dropHint).
var presenterHints = map[Mode]string{
	Explore: "Drag to turn  ·  wheel to zoom  ·  click the coloured gyrus or press N to trace  ·  E: lesion mode  ·  B: black screen  ·  ?: all the keys",
	Section: "→, Page Down or Space: a level down  ·  ← or Page Up: up  ·  X or Esc: leave the section  ·  B: black screen  ·  ?: all the keys",
	Trace:   "Space: pause, or replay at the end  ·  . (full stop): step  ·  [ and ]: slower, faster  ·  C: the camera follows  ·  N or Shift-N: the next or previous start  ·  Esc: end",
}

// touchHint is the hint by touch while exploring.
const touchHint = "Drag to turn · pinch to zoom · tap the coloured gyrus to trace · " + words.MenuPath + "Help: all the controls"

// hint returns the hint bar's words for the mode on the device in use, in
// presenter mode's words when it is on.
func (e *Explorer) hint(m Mode) string {
	if h, ok := presenterHints[m]; ok && e.st.Presenter && e.device == words.Keyboard {
		return h
	}
	return m.Hint(e.device)
}

// Hint returns the hint bar's words for the mode, on device d.
func (m Mode) Hint(d words.Device) string {
	if m < 0 || m > Tour || d < 0 || int(d) >= len(hints) {
		return ""
	}
	return hints[d][m]
}
