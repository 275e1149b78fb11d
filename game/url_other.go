//go:build !js

package game

// initialState returns nothing on the desktop: the program takes its
// state from -state instead (cmd/decussate).
func initialState() string { return "" }

// writeState does nothing on the desktop: there is no address bar.
func writeState(s string, push bool) {}

// poppedState never reports a state on the desktop: there is no history.
func poppedState() (string, bool) { return "", false }
