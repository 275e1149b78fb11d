package view

import "math"

// MoveTicks is how long a framing move takes: half a second at 60 ticks a
// second, short enough not to keep a student waiting, long enough to see
// where the camera went.
const MoveTicks = 30

// Move is a smooth camera move from one camera to another, advanced by
// ticks (never the clock, so that it is the same on every machine and in
// tests). It eases in and out; the yaw turns the short way round; the
// distance changes by a constant ratio per step rather than a constant
// length, so that a close look is approached as smoothly as a far one.
type Move struct {
	From, To Camera
	// Ticks is the move's length; Done how many have passed.
	Ticks, Done int
}

// NewMove returns a move from from to to over ticks ticks (at least one).
func NewMove(from, to Camera, ticks int) Move {
	return Move{From: from, To: to, Ticks: max(1, ticks)}
}

// Finished reports whether the move has reached its goal.
func (m *Move) Finished() bool { return m.Done >= m.Ticks }

// Step advances the move by one tick and returns the camera for it: the
// goal itself, exactly, at the last tick.
func (m *Move) Step() Camera {
	if m.Done < m.Ticks {
		m.Done++
	}
	return m.At(float32(m.Done) / float32(m.Ticks))
}

// At returns the camera a share s (0 to 1) of the way along the move.
func (m *Move) At(s float32) Camera {
	if s >= 1 {
		return m.To
	}
	if s <= 0 {
		return m.From
	}
	e := s * s * (3 - 2*s) // smoothstep: no jolt at either end
	a, b := m.From, m.To
	out := b
	dy := float32(math.Remainder(float64(b.Yaw-a.Yaw), 2*math.Pi))
	out.Yaw = float32(math.Remainder(float64(a.Yaw+dy*e), 2*math.Pi))
	out.Pitch = a.Pitch + (b.Pitch-a.Pitch)*e
	out.FOV = a.FOV + (b.FOV-a.FOV)*e
	if a.Distance > 0 && b.Distance > 0 {
		out.Distance = a.Distance * float32(math.Pow(float64(b.Distance/a.Distance), float64(e)))
	} else {
		out.Distance = a.Distance + (b.Distance-a.Distance)*e
	}
	out.Target = a.Target.Add(b.Target.Sub(a.Target).Mul(e))
	return out
}
