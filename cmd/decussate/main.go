// Command decussate is the explorer of the human motor pathways: a window on
// the desktop, and the page's canvas when built with GOOS=js GOARCH=wasm.
//
// Usage:
//
//	decussate [-fullscreen] [-state STATE]
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/decussate/decussate/game"
	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	opts := parseOptions()

	g, err := game.NewFirstFrame()
	if err != nil {
		fmt.Fprintf(os.Stderr, "decussate: %v\n", err)
		os.Exit(1)
	}
	// A framing move lasts its half second however slowly frames come.
	g.UseClock(time.Now)
	if opts.state != "" {
		// A bad part of the state is skipped, as a bad link is in the
		// browser: the nearest valid state opens, and the user is told.
		for _, note := range g.ApplyState(opts.state) {
			fmt.Fprintf(os.Stderr, "decussate: -state: %s\n", note)
		}
	}
	// In the browser the window calls do nothing: the page sizes the canvas.
	ebiten.SetWindowTitle(game.Title)
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetFullscreen(opts.fullscreen)
	if err := ebiten.RunGame(ebitenGame(g)); err != nil {
		fmt.Fprintf(os.Stderr, "decussate: %v\n", err)
		os.Exit(1)
	}
}
