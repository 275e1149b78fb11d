// Command decussate is the explorer of the human motor pathways: a window on
// the desktop, and the page's canvas when built with GOOS=js GOARCH=wasm.
//
// Usage:
//
//	decussate [-fullscreen] [-state STATE]
//
// The command line is read, and --help answered, before Ebiten opens the
// display (package cmdline); a missing display is one line on stderr.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/decussate/decussate/cmd/decussate/internal/cmdline"
	"github.com/decussate/decussate/game"
	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	opts := cmdline.Parsed

	g, err := game.NewFirstFrame()
	if err != nil {
		fmt.Fprintf(os.Stderr, "decussate: %v\n", err)
		os.Exit(1)
	}
	// A framing move lasts its half second however slowly frames come.
	g.UseClock(time.Now)
	if opts.State != "" {
		// A bad part of the state is skipped, as a bad link is in the
		// browser: the nearest valid state opens, and the user is told.
		for _, note := range g.ApplyState(opts.State) {
			fmt.Fprintf(os.Stderr, "decussate: -state: %s\n", note)
		}
	}
	// In the browser the window calls do nothing: the page sizes the canvas.
	ebiten.SetWindowTitle(game.Title)
	if m := ebiten.Monitor(); m != nil {
		ebiten.SetWindowSize(windowSize(m.Size()))
	} else {
		ebiten.SetWindowSize(windowSize(0, 0))
	}
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	// The game owns the switch (F and the toolbar turn it), so that its
	// first tick keeps full screen rather than undoing it.
	g.SetFullscreen(opts.Fullscreen)
	if err := ebiten.RunGame(ebitenGame(g)); err != nil {
		fmt.Fprintf(os.Stderr, "decussate: %v\n", err)
		os.Exit(1)
	}
}
