package words

import "fmt"

// Device is what a person reaches the explorer with: keys and a mouse, or
// a finger on a touch screen. The words that say what to do name what the
// person can do on it: keys on a keyboard, buttons and taps by touch.
type Device int

// The devices.
const (
	Keyboard Device = iota
	Touch
)

// MenuPath leads the name of a button that a phone's toolbar keeps in its
// Menu, in words by touch: "Menu → Trace". The screen drops it where the
// toolbar's row holds every button.
const MenuPath = "Menu → "

// QuizAsked is what the quiz says when it asks.
func QuizAsked(d Device) string {
	if d == Touch {
		return "The patient shows a hidden lesion: place lesions (tap the model, or take one from " + MenuPath + "Classic lesions) until yours gives the same signs. Tap Hint for a hint."
	}
	return "The patient shows a hidden lesion: place lesions (click the model, or press / for a classic one) until yours gives the same signs. Press I for a hint."
}

// QuizFound is what the quiz says when the student's lesion gives the
// hidden one's signs, named.
func QuizFound(d Device, name string) string {
	if d == Touch {
		return "That's it: " + name + ". " + MenuPath + "Quiz asks another; Close ends the quiz."
	}
	return "That's it: " + name + ". Press Q for another, Esc to end the quiz."
}

// LesionLimit says that no more than n lesions can be placed, and how to
// make room, as device d does it: keys, or the toolbar's buttons.
func LesionLimit(d Device, n int) string {
	how := "Delete removes the selected one, Z undoes"
	if d == Touch {
		how = "Remove takes away the selected one, Undo the last"
	}
	return fmt.Sprintf("At most %d lesions can be placed: %s", n, how)
}
