package game

import (
	"testing"
	"time"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/go-gl/mathgl/mgl32"
)

// TestMoveTakesItsSecondsOnASlowMachine: with frames coming five a second
// (a loaded machine, Ebiten calling Update once a frame), the framing move
// placing a lesion starts is over in well under a second of the clock,
// not thirty frames (six seconds); and a stall of a minute advances by a
// quarter of a second only.
func TestMoveTakesItsSecondsOnASlowMachine(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	g.UseClock(func() time.Time { return now })
	g.ex.Frame(1280, 800, 1)
	g.advance()
	g.act(explorer.EnterLesion)
	place(t, g, mgl32.Vec3{30, -10, 50}, 6)
	ticks, moved := 0, false
	for ; ticks < 60 && (ticks < 2 || g.ex.Moving()); ticks++ {
		now = now.Add(200 * time.Millisecond)
		g.advance()
		moved = moved || g.ex.Moving()
	}
	if !moved {
		t.Fatal("placing a lesion started no framing move")
	}
	if secs := float64(ticks) * 0.2; secs > 0.8 {
		t.Errorf("the framing move took %d frames, %.1f s of the clock: want it over in 0.8 s", ticks, secs)
	}
	now = now.Add(time.Minute)
	if dt := g.clock.step(); dt != maxTickSeconds {
		t.Errorf("a minute's stall advances %g s; want %g", dt, maxTickSeconds)
	}
}
