package words

// Device is what a person reaches the explorer with: keys and a mouse, or
// a finger on a touch screen. The words that say what to do name what the
// person can do on it: keys on a keyboard, buttons and taps by touch.
type Device int

// The devices.
const (
	Keyboard Device = iota
	Touch
)

// QuizAsked is what the quiz says when it asks.
func QuizAsked(d Device) string {
	if d == Touch {
		return "The patient shows a hidden lesion: place lesions (tap the model, or take one from Classic lesions) until yours gives the same signs. The Hint button gives a hint."
	}
	return "The patient shows a hidden lesion: place lesions (click the model, or take a classic one with /) until yours gives the same signs; I gives a hint."
}

// QuizFound is what the quiz says when the student's lesion gives the
// hidden one's signs, named.
func QuizFound(d Device, name string) string {
	if d == Touch {
		return "That's it: " + name + ". The Quiz button asks another."
	}
	return "That's it: " + name + ". Q asks another."
}
