package game

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/hajimehoshi/ebiten/v2"
)

// TestBlackScreenDraws: in presenter mode B's black screen is black in
// every pixel, panels and all, and the frame after it is the scene again
// with the state as it was.
func TestBlackScreenDraws(t *testing.T) {
	g, screen := framedGame(t)
	g.act(explorer.TogglePresenter)
	g.act(explorer.ToggleHelp)
	b := lookup(ebiten.KeyB, false, g.holds)
	if b == nil || b.ex != explorer.ToggleBlack {
		t.Fatalf("B in presenter mode is %+v, want the black screen", b)
	}
	before := g.state()
	b.press(g)
	g.Draw(screen)
	w, h := screen.Bounds().Dx(), screen.Bounds().Dy()
	pixels := make([]byte, 4*w*h)
	screen.ReadPixels(pixels)
	for i := 0; i < len(pixels); i += 4 {
		if pixels[i] != 0 || pixels[i+1] != 0 || pixels[i+2] != 0 {
			t.Fatalf("pixel %d of the black screen is %v", i/4, pixels[i:i+4])
		}
	}
	g.act(explorer.ToggleBlack) // what any key does (blackout)
	g.Draw(screen)
	screen.ReadPixels(pixels)
	lit := 0
	for i := 0; i < len(pixels); i += 4 {
		if pixels[i] != 0 || pixels[i+1] != 0 || pixels[i+2] != 0 {
			lit++
		}
	}
	if lit < w*h/100 {
		t.Errorf("the screen brought back has %d lit pixels", lit)
	}
	if g.state().Link() != before.Link() || !g.ex.Help() {
		t.Errorf("the black screen changed the state: %q, was %q; help %v", g.state().Link(), before.Link(), g.ex.Help())
	}
}

// TestBlackScreenHoldsTime: while the screen is black the impulse waits
// where it was, and it runs on once the picture is back.
func TestBlackScreenHoldsTime(t *testing.T) {
	g, _ := framedGame(t)
	g.act(explorer.TogglePresenter)
	g.act(explorer.NextTrace)
	g.act(explorer.ToggleBlack)
	before := g.ex.Impulse()
	for range 30 {
		if err := g.Update(); err != nil {
			t.Fatal(err)
		}
	}
	if !g.ex.Black() || g.ex.Impulse() != before {
		t.Errorf("under the black screen the impulse moved from %+v to %+v (black %v)", before, g.ex.Impulse(), g.ex.Black())
	}
	g.act(explorer.ToggleBlack)
	for range 30 {
		if err := g.Update(); err != nil {
			t.Fatal(err)
		}
	}
	if g.ex.Impulse() == before {
		t.Errorf("the impulse did not run on after the black screen: %+v", before)
	}
}
