package explorer

import "github.com/decussate/decussate/scene/words"

// UseDevice tells the explorer what the person reaches it with, so that
// the hint bar, the quiz and the panels name keys to a keyboard's user
// and buttons and taps to a finger. It changes words, and the height of
// the list of classic lesions' rows (Frame), never state.
func (e *Explorer) UseDevice(d words.Device) { e.device = d }

// Device returns the device the explorer's words are for.
func (e *Explorer) Device() words.Device { return e.device }
