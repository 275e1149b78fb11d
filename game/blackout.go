package game

import (
	"image/color"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// A presenter blacks the screen (B or the full stop in presenter mode, a
// clicker's black-screen button) to have the room's eyes: everything is
// black, and any key, click or touch brings the picture back as it was,
// doing nothing else.

// blackout answers this tick's input while the screen is black, or while
// the press that brought it back is still held; it reports whether the
// tick was the black screen's, so that Update reads nothing else.
func (g *Game) blackout() bool {
	if g.ex.Black() {
		g.keys = inpututil.AppendJustPressedKeys(g.keys[:0])
		if len(g.keys) > 0 || anyButtonJustPressed() || len(inpututil.AppendJustPressedTouchIDs(nil)) > 0 {
			g.act(explorer.ToggleBlack)
			g.waking = true
		}
		// The explorer's time waits: the impulse, a camera move go on
		// where they were when the picture comes back.
		g.clock.step()
		return true
	}
	if !g.waking {
		return false
	}
	// The key, click or touch that woke the screen is not also a key
	// for the explorer, a click on the model or a drag that turns it.
	g.keys = inpututil.AppendPressedKeys(g.keys[:0])
	if len(g.keys) > 0 || anyButtonPressed() || len(ebiten.AppendTouchIDs(nil)) > 0 {
		g.advance()
		return true
	}
	g.waking = false
	return false
}

// anyButtonJustPressed tells whether a mouse button went down this tick.
func anyButtonJustPressed() bool {
	return inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) ||
		inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonRight) ||
		inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonMiddle)
}

// anyButtonPressed tells whether a mouse button is down.
func anyButtonPressed() bool {
	return ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft) ||
		ebiten.IsMouseButtonPressed(ebiten.MouseButtonRight) ||
		ebiten.IsMouseButtonPressed(ebiten.MouseButtonMiddle)
}

// drawBlack paints the black screen, and reports whether it did.
func (g *Game) drawBlack(dst *ebiten.Image) bool {
	if !g.ex.Black() {
		return false
	}
	dst.Fill(color.Black)
	g.frames++
	if g.published != (panels{}) {
		publishBlack(g)
	}
	publishFrame(g.frames, "black")
	return true
}
