package main

// options are what the command line can set. In the browser there is no
// command line: the page's link sets the state (game.ApplyState through the
// URL hash), and the page itself can go full screen.
type options struct {
	fullscreen bool
	state      string
}
