package game

// metrics is what sizes the overlay in one frame: the frame's size in
// pixels, how many of its pixels make one CSS (device-independent) pixel,
// and presenter mode. One value a frame, passed to whatever draws or
// places a panel, so that a phone, a Retina laptop and a projector each
// get text of a readable physical size.
type metrics struct {
	w, h      int
	ratio     float32
	presenter bool
}

// Text sizes, in CSS pixels: the base size is a fortieth of the screen's
// height or a sixtieth of its width, whichever is smaller, never below
// minTextCSS (a phone's 390 CSS pixels would give 6.5); presenter mode
// multiplies it by presenterText.
const minTextCSS = 14

// newMetrics returns the metrics of a w × h frame of ratio pixels per CSS
// pixel.
func newMetrics(w, h int, ratio float32, presenter bool) metrics {
	if ratio <= 0 || ratio != ratio {
		ratio = 1
	}
	return metrics{w: max(w, 1), h: max(h, 1), ratio: ratio, presenter: presenter}
}

// least returns the smallest text size in frame pixels: 12 CSS pixels.
func (m metrics) least() float32 { return 12 * m.ratio }

// cssW and cssH return the frame's size in CSS pixels.
func (m metrics) cssW() float32 { return float32(m.w) / m.ratio }
func (m metrics) cssH() float32 { return float32(m.h) / m.ratio }

// size returns the base text size in frame pixels.
func (m metrics) size() float32 {
	css := max(minTextCSS, min(m.cssH()/40, m.cssW()/60))
	if m.presenter {
		// Twice as large, but a line still holds about 32 characters:
		// on a phone, presenter mode's text stays the normal size.
		css = max(css, min(css*presenterText, m.cssW()/(32*charWidth)))
	}
	return css * m.ratio
}

// charWidth is the average width of a character of Go Regular in ems.
const charWidth = 0.52
