package explorer

import "strings"

// noteSeconds is how long a note stays on screen.
const noteSeconds = 8

// notes is a few sentences shown at the top of the screen for a while:
// until noteSeconds pass, or the screen they were about goes (noteScene).
type notes struct {
	// text is the sentences, one a line; age how long it has shown.
	text string
	age  float64
}

// Notify shows sentences at the top of the screen for a while: what a link
// could not open, why an action did nothing. No sentences change nothing.
func (e *Explorer) Notify(sentences []string) {
	if len(sentences) == 0 {
		return
	}
	e.notes = notes{text: strings.Join(sentences, "\n")}
}

// Note returns the note shown, one sentence a line; "" for none.
func (e *Explorer) Note() string { return e.notes.text }

// ageNotes lets a note go after noteSeconds.
func (e *Explorer) ageNotes(dt float64) {
	if e.notes.text == "" {
		return
	}
	e.notes.age += dt
	if e.notes.age > noteSeconds {
		e.notes = notes{}
	}
}

// noteScene is what a note speaks to: the mode on screen and the trace
// begun. A note ends when either changes, for a note about one mode
// (where to tap to start a trace, why a lesion was not placed) read over
// another contradicts it: "no motor pathway starts here" under "Tracing
// from…".
type noteScene struct {
	mode   Mode
	traces int
}

// noteScene returns what a note shown now speaks to.
func (e *Explorer) noteScene() noteScene {
	return noteScene{mode: e.Mode(), traces: e.tracing.begun}
}

// endNotesAfter ends the note when action k went Back or changed the
// scene from was: a mode changed, a trace started. A note an action's
// caller shows after it (what the action could not do) is shown after
// this, and stays.
func (e *Explorer) endNotesAfter(k Kind, was noteScene) {
	if k == Back || e.noteScene() != was {
		e.notes = notes{}
	}
}
