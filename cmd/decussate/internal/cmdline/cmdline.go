// Package cmdline reads the desktop program's command line before anything
// needs a display. Ebiten opens the display in its own package's init, so
// that `decussate --help` on a machine without one would panic before main
// ran; this package's init runs first (Go initialises packages in the order
// of their import paths where their imports allow: github.com/decussate
// comes before github.com/hajimehoshi, and this package imports only the
// standard library), answers --help and a bad flag, and turns a missing
// display into one clear line. cmd/decussate's tests hold it to that.
package cmdline

// Options are what the command line can set. In the browser there is no
// command line: the page's link sets the state (game.ApplyState through the
// URL hash), and the page itself can go full screen.
type Options struct {
	// Fullscreen starts the window full screen, as on a projector.
	Fullscreen bool
	// State opens a state as a link holds it.
	State string
}

// Parsed is the command line as read at start; the zero Options in the
// browser.
var Parsed Options
