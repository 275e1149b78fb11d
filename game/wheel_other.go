//go:build !js

package game

import "github.com/hajimehoshi/ebiten/v2"

// wheelNotches returns the wheel notches of this tick, positive toward the
// screen (zoom in), fractions for a trackpad: on the desktop Ebiten already
// reports notches.
func wheelNotches() float32 {
	_, dy := ebiten.Wheel()
	return float32(dy)
}
