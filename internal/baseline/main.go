// Command baseline is the smallest Ebiten program, the yardstick make bench
// measures the explorer against: built the same way for the browser, its
// brotli-compressed size and its frames per second in the same headless
// Chromium give the budgets' denominators (issue 3, Speed). It fills the
// screen with one colour each frame and reports its frames on the page
// through the same hook as the explorer, so that both pay the same for it.
package main

import (
	"fmt"
	"image/color"
	"os"

	"github.com/decussate/decussate/internal/pagehook"
	"github.com/hajimehoshi/ebiten/v2"
)

// background is the explorer's, so the two pages look alike while loading.
var background = color.RGBA{0x10, 0x14, 0x18, 0xff}

// game counts the frames it has drawn.
type game struct {
	frames int
}

// Update has nothing to advance.
func (g *game) Update() error { return nil }

// Draw fills the screen and reports the frame to the page.
func (g *game) Draw(screen *ebiten.Image) {
	screen.Fill(background)
	g.frames++
	pagehook.Frame(g.frames, "baseline")
}

// Layout takes the outside size as the screen size. make bench runs at a
// device scale of 1, where the explorer's screen is the same size.
func (g *game) Layout(outsideWidth, outsideHeight int) (int, int) {
	return max(outsideWidth, 1), max(outsideHeight, 1)
}

func main() {
	ebiten.SetWindowTitle("Ebiten baseline")
	if err := ebiten.RunGame(&game{}); err != nil {
		fmt.Fprintf(os.Stderr, "baseline: %v\n", err)
		os.Exit(1)
	}
}
