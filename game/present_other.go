//go:build !js

package game

// presentAsked tells whether F5 came outside Ebiten's hearing: never on
// the desktop, where the window hears every key (the key table's F5).
func presentAsked() bool { return false }
