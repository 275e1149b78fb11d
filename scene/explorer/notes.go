package explorer

import "strings"

// NoteKind is what a note tells, which sets how long it stays: every kind
// goes after its few seconds of the time Tick is given, and when the scene
// it was about changes (noteScene), whichever comes first.
type NoteKind int

const (
	// NoteRefused is what a link or an action could not do ("No section
	// level “xyz”."): read, then acted on, so it stays longest.
	NoteRefused NoteKind = iota
	// NoteDone is what the program did for the person (a picture saved): a
	// confirmation, read at a glance.
	NoteDone
)

// noteSeconds is how long a note of each kind stays on screen.
var noteSeconds = [...]float64{NoteRefused: 8, NoteDone: 4}

// seconds returns how long a note of kind k stays; an unknown kind stays
// as long as a refusal.
func (k NoteKind) seconds() float64 {
	if k < 0 || int(k) >= len(noteSeconds) {
		return noteSeconds[NoteRefused]
	}
	return noteSeconds[k]
}

// notes is a few sentences shown at the top of the screen for a while:
// until their kind's seconds pass, or the screen they were about goes.
type notes struct {
	// text is the sentences, one a line; age how long it has shown.
	text string
	age  float64
	kind NoteKind
	// scene is what the note was shown over; it ends when that changes,
	// however the change came (an action, a link, the browser's Back).
	scene noteScene
}

// Notify shows sentences at the top of the screen for a while: what a link
// could not open, why an action did nothing (NoteRefused). No sentences change
// nothing.
func (e *Explorer) Notify(sentences []string) { e.Tell(NoteRefused, sentences) }

// Tell shows sentences of a kind at the top of the screen, in place of the
// note shown, for as long as the kind stays. No sentences change nothing.
func (e *Explorer) Tell(k NoteKind, sentences []string) {
	if len(sentences) == 0 {
		return
	}
	e.notes = notes{text: strings.Join(sentences, "\n"), kind: k, scene: e.noteScene()}
}

// Note returns the note shown, one sentence a line; "" for none.
func (e *Explorer) Note() string { return e.notes.text }

// ageNotes lets a note go after its kind's seconds, or once the scene it
// was shown over has changed by a way that is not an action (a link
// opened, a tour's step).
func (e *Explorer) ageNotes(dt float64) {
	if e.notes.text == "" {
		return
	}
	e.notes.age += dt
	if e.notes.age > e.notes.kind.seconds() || e.noteScene() != e.notes.scene {
		e.notes = notes{}
	}
}

// noteScene is what a note speaks to: the mode on screen and the trace
// begun. A note ends when either changes, for a note about one mode
// (where to tap to start a trace, why a lesion was not placed, a picture
// saved) read over another contradicts it or is stale: "no motor pathway
// starts here" under "Tracing from…", "Saved decussate.png" over the quiz.
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
