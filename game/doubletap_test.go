package game

import (
	"testing"

	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
)

// tapAt runs a tap on p at (x, y) screen pixels (down for two ticks, then
// lifted) and counts the clicks and double taps over the tap and the
// ticks after it, up to ticks in all.
func tapAt(p *pointer, x, y float32, ticks int) (clicks, doubles int, at [2]float32) {
	var c controls
	for i := range ticks {
		p.clicked, p.doubleTapped = false, false
		if i < 2 {
			p.touch.ids = append(p.touch.ids[:0], ebiten.TouchID(1))
		} else {
			p.touch.ids = p.touch.ids[:0]
		}
		p.touchStep(&c, [2][2]float32{{x, y}}, 390, 844, 1)
		if p.clicked {
			clicks++
			at = [2]float32{p.x, p.y}
		}
		if p.doubleTapped {
			doubles++
		}
	}
	return clicks, doubles, at
}

// TestDoubleTapOnModelIsNoClick: on the model, a tap clicks where it
// touched once the double tap's time has passed; a double tap only
// resets (no click, which would trace or place a lesion first); two taps
// far apart click both, each where it touched; a tap on a panel or a
// button clicks at once.
func TestDoubleTapOnModelIsNoClick(t *testing.T) {
	t.Run("single tap", func(t *testing.T) {
		var p pointer
		if clicks, _, _ := tapAt(&p, 100, 200, 3); clicks != 0 {
			t.Errorf("a tap on the model clicked at once: a double tap's first tap would trace")
		}
		clicks, doubles, at := tapAt(&p, 0, 0, 0)
		for range doubleTapTicks + 2 {
			var c controls
			p.clicked = false
			p.touchStep(&c, [2][2]float32{}, 390, 844, 1)
			if p.clicked {
				clicks++
				at = [2]float32{p.x, p.y}
			}
		}
		if clicks != 1 || doubles != 0 || at != [2]float32{100, 200} {
			t.Errorf("a tap on the model: %d clicks (last at %v), %d double taps; want one click at (100, 200)", clicks, at, doubles)
		}
	})
	t.Run("double tap", func(t *testing.T) {
		var p pointer
		c1, d1, _ := tapAt(&p, 100, 200, 6)
		c2, d2, _ := tapAt(&p, 104, 203, doubleTapTicks+4)
		if c1+c2 != 0 || d1+d2 != 1 {
			t.Errorf("a double tap on the model: %d clicks, %d double taps; want none and one", c1+c2, d1+d2)
		}
	})
	t.Run("two taps apart", func(t *testing.T) {
		var p pointer
		c1, _, _ := tapAt(&p, 100, 200, 6)
		c2, d2, at := tapAt(&p, 300, 600, doubleTapTicks+4)
		if c1 != 0 || c2 != 2 || d2 != 0 || at != [2]float32{300, 600} {
			t.Errorf("two taps far apart: %d then %d clicks (the last at %v), %d double taps; want 0 then 2, the last at (300, 600), none double",
				c1, c2, at, d2)
		}
	})
	t.Run("button", func(t *testing.T) {
		p := pointer{panels: []view.Box{{X: 0, Y: 0, W: 50, H: 50}}}
		if clicks, _, at := tapAt(&p, 10, 10, 3); clicks != 1 || at != [2]float32{10, 10} {
			t.Errorf("a tap on a button: %d clicks at %v, want one at once at (10, 10)", clicks, at)
		}
	})
}

// TestTapAtFewFramesASecond: at five frames a second (one tick a frame,
// as Ebiten gives when it cannot keep up) a tap on the model clicks after
// half a second, not after 21 frames (four seconds), and two taps two
// frames apart are still a double tap.
func TestTapAtFewFramesASecond(t *testing.T) {
	t.Run("single tap", func(t *testing.T) {
		p := pointer{tickSeconds: 0.2}
		clicks, _, _ := tapAt(&p, 100, 200, 3)
		ticks := 3
		for ; clicks == 0 && ticks < 40; ticks++ {
			var c controls
			p.clicked = false
			p.touchStep(&c, [2][2]float32{}, 390, 844, 1)
			if p.clicked {
				clicks++
			}
		}
		// Lifted at the third tick: clicked at the sixth, 0.6 s on.
		if clicks != 1 || ticks > 7 {
			t.Errorf("a tap at 5 frames a second: %d clicks after %d ticks, want one within 7 (about half a second)", clicks, ticks)
		}
	})
	t.Run("double tap", func(t *testing.T) {
		p := pointer{tickSeconds: 0.2}
		c1, d1, _ := tapAt(&p, 100, 200, 3)
		c2, d2, _ := tapAt(&p, 104, 203, 12)
		if c1+c2 != 0 || d1+d2 != 1 {
			t.Errorf("a double tap at 5 frames a second: %d clicks, %d double taps; want none and one", c1+c2, d1+d2)
		}
	})
}
