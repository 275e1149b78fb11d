package explorer

import "strings"

// noteSeconds is how long a note stays on screen.
const noteSeconds = 8

// notes is a few sentences shown at the top of the screen for a while.
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
