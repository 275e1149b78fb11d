package game

import (
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestLayoutInLoop checks what the harness recorded before the tests ran:
// each forced outside size, zero and huge ones included, went through
// Layout and Draw in the real game loop without a panic, and Draw got the
// screen size that screenSize promises.
func TestLayoutInLoop(t *testing.T) {
	for i, size := range forcedSizes {
		if loop.draws[i] < drawsPerSize {
			t.Errorf("outside size %d×%d: drawn %d times, want %d", size[0], size[1], loop.draws[i], drawsPerSize)
			continue
		}
		w, h := screenSize(size[0], size[1], loop.scale)
		if got := loop.drawn[i]; got != image.Pt(w, h) {
			t.Errorf("outside size %d×%d: Draw got a %d×%d screen, want %d×%d", size[0], size[1], got.X, got.Y, w, h)
		}
	}
}

// TestDrawPlaceholder draws a frame into an image and reads it back: the
// background fills the corners, and the caption puts light pixels on the
// middle row.
func TestDrawPlaceholder(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const w, h = 640, 360
	screen := ebiten.NewImage(w, h)
	defer screen.Deallocate()
	g.Draw(screen)

	pixels := make([]byte, 4*w*h)
	screen.ReadPixels(pixels)
	at := func(x, y int) color.RGBA {
		i := 4 * (y*w + x)
		return color.RGBA{pixels[i], pixels[i+1], pixels[i+2], pixels[i+3]}
	}
	for _, p := range []image.Point{{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}} {
		if got := at(p.X, p.Y); got != background {
			t.Errorf("pixel at %v is %v, want the background %v", p, got, background)
		}
	}
	light := 0
	for y := h/2 - 10; y < h/2+10; y++ {
		for x := range w {
			if at(x, y).G > 0x80 {
				light++
			}
		}
	}
	if light < 50 {
		t.Errorf("%d light pixels across the middle, want the caption drawn there", light)
	}
}

// TestDrawTinyScreen checks that a one-pixel screen draws without a panic:
// the caption's font size has a floor of one pixel.
func TestDrawTinyScreen(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	screen := ebiten.NewImage(1, 1)
	defer screen.Deallocate()
	g.Draw(screen)
	g.Draw(screen)
}
