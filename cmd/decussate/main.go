// Command decussate is the explorer of the human motor pathways: a window on
// the desktop, and the page's canvas when built with GOOS=js GOARCH=wasm.
//
// Usage:
//
//	decussate [-fullscreen]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/decussate/decussate/game"
	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	fullscreen := flag.Bool("fullscreen", false, "start full screen, as on a classroom projector")
	flag.Parse()

	g, err := game.New()
	if err != nil {
		fmt.Fprintf(os.Stderr, "decussate: %v\n", err)
		os.Exit(1)
	}
	// In the browser the window calls do nothing: the page sizes the canvas.
	ebiten.SetWindowTitle(game.Title)
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetFullscreen(*fullscreen)
	if err := ebiten.RunGame(g); err != nil {
		fmt.Fprintf(os.Stderr, "decussate: %v\n", err)
		os.Exit(1)
	}
}
