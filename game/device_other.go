//go:build !js

package game

// touchFirst reports whether the main pointer is a finger: on the desktop
// it is the mouse until a finger touches.
func touchFirst() bool { return false }
