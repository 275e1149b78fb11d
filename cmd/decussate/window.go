package main

// The window's first size, in device-independent pixels: as large as a
// laptop shows comfortably, and never larger than the monitor less the
// room its title bar and task bar take, so that the toolbar at the foot is
// on screen from the first frame (a 1280×800 window on a 1280×720
// projector hid it). The game lays out for the size the window then has
// (game.Layout's outside size), so a smaller window only shows less room.
const (
	preferredW, preferredH = 1280, 800
	// marginW and marginH are what a monitor keeps for the window's frame,
	// a title bar and a task bar or dock.
	marginW, marginH = 48, 112
	// leastW and leastH are the smallest window worth opening, kept where
	// a monitor reports a tiny size.
	leastW, leastH = 480, 360
)

// windowSize returns the window's first size on a monitor of mw × mh
// device-independent pixels; with the monitor unknown (0 × 0), the
// preferred size.
func windowSize(mw, mh int) (w, h int) {
	w, h = preferredW, preferredH
	if mw > 0 {
		w = max(leastW, min(w, mw-marginW))
	}
	if mh > 0 {
		h = max(leastH, min(h, mh-marginH))
	}
	return w, h
}
