package game

import "time"

// maxTickSeconds is the most time one tick advances the explorer by: after
// a stall (a hidden tab, a long garbage collection) the impulse and a
// camera move go on from where they were rather than jump to their end.
const maxTickSeconds = 0.25

// tickClock gives each tick the time it advances the explorer by. Ebiten
// calls Update 60 times a second only while frames keep up: on a loaded
// machine (a phone, a browser drawing slowly) it calls it once a frame,
// so that a fixed sixtieth a tick stretched a half-second framing move
// over several seconds. With now set, a tick advances by the time that
// really passed since the last one; without it (tests), by a sixtieth.
type tickClock struct {
	now  func() time.Time
	last time.Time
}

// step returns the seconds this tick advances by.
func (c *tickClock) step() float64 {
	if c.now == nil {
		return tickSeconds
	}
	t := c.now()
	if c.last.IsZero() {
		c.last = t
		return tickSeconds
	}
	dt := t.Sub(c.last).Seconds()
	c.last = t
	// Ebiten catching up calls Update several times in a row: the first
	// takes the time passed, the others next to none, which Tick skips.
	return min(max(dt, 0), maxTickSeconds)
}

// UseClock has each tick advance the explorer by the time now says
// passed since the last, as a window does; without it a tick is a
// sixtieth of a second, as tests want.
func (g *Game) UseClock(now func() time.Time) { g.clock = tickClock{now: now} }
