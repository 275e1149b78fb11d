//go:build !js

package game

import "github.com/hajimehoshi/ebiten/v2"

// readWheel returns the wheel notches of this tick, positive toward the
// screen (zoom in), fractions for a trackpad: on the desktop Ebiten already
// reports notches, and its cursor is where the wheel turns (at false).
func readWheel() (n, x, y float32, at bool) {
	_, dy := ebiten.Wheel()
	return float32(dy), 0, 0, false
}
