// Package pagehook publishes a running program's state on its web page as
// the object window.decussate, so that the browser tests and make bench can
// see what the program does without reading pixels: frames, the number of
// frames drawn so far; status, what the program shows (such as "loading" or
// "scene"); pick, the name of the structure under the pointer; caption, the
// caption on screen; mode, the explorer's mode; camera, its yaw, pitch and
// distance; boxes, every panel and text on screen; notice, a note on
// screen (a link's problems) with its width and the screen's; goHeap(), a
// function that returns the bytes Go's heap held live at its last
// collection, and goCollect(), one that collects first and returns the
// heap live after it, for make bench's memory soak.
//
// The explorer and the smallest Ebiten program that make bench measures it
// against both call it, so that both pay the same for it. It is called once
// per frame, so in steady state it allocates nothing and crosses into
// JavaScript once: strings are sent only when they change. Outside the
// browser (GOOS other than js) every function does nothing.
package pagehook

// Notice is a note on screen: its lines joined by newlines, the widest
// line's width and the screen's, in screen pixels.
type Notice struct {
	Text               string
	Width, ScreenWidth int
}
