package screen

// Metrics is what sizes the overlay in one frame: the frame's size in
// pixels, how many of its pixels make one CSS (device-independent) pixel,
// and presenter mode. One value a frame, so that a phone, a Retina laptop
// and a projector each get text of a readable physical size.
type Metrics struct {
	W, H      int
	Ratio     float32
	Presenter bool
}

// Text sizes, in CSS pixels: the base size is a fortieth of the screen's
// height or a sixtieth of its width, whichever is smaller, never below
// minTextCSS (a phone's 390 CSS pixels would give 6.5); presenter mode
// multiplies it by presenterText.
const (
	minTextCSS    = 14
	presenterText = 2
	// leastTextCSS is the smallest notes' size (Least) but on a phone,
	// whose notes are read at arm's length at minTextCSS.
	leastTextCSS = 12
)

// phoneSideCSS is the shorter side, in CSS pixels, under which a screen
// is a phone's, upright or sideways: phones are 320 to 480 across,
// tablets 600 and more.
const phoneSideCSS = 500

// NewMetrics returns the metrics of a w × h frame of ratio pixels per CSS
// pixel; a ratio that is not positive counts as 1.
func NewMetrics(w, h int, ratio float32, presenter bool) Metrics {
	if ratio <= 0 || ratio != ratio {
		ratio = 1
	}
	return Metrics{W: max(w, 1), H: max(h, 1), Ratio: ratio, Presenter: presenter}
}

// Least returns the smallest text size in frame pixels, the notes' (a
// legend, a cue, a link's error): 12 CSS pixels, or on a phone its least
// text (minTextCSS), which it is held at arm's length to read.
func (m Metrics) Least() float32 {
	if m.Phone() {
		return minTextCSS * m.Ratio
	}
	return leastTextCSS * m.Ratio
}

// Readable returns the smallest size in frame pixels of what is read as
// sentences on any screen (a report's rows, a phone's buttons and hints):
// minTextCSS.
func (m Metrics) Readable() float32 { return minTextCSS * m.Ratio }

// LabelSize returns the size in frame pixels of the model's labels: a
// little under the panels' text, so that the names stay apart from the
// words about them, but never under a phone's least text (minTextCSS),
// which on a phone is the panels' own size.
func (m Metrics) LabelSize() float32 { return max(m.Size()*0.85, minTextCSS*m.Ratio) }

// LabelLeast returns the smallest size in frame pixels the model's labels
// shrink to when long names crowd them: a phone's least text; in
// presenter mode most of their size, since a room reads them from afar,
// and a long name rather takes two lines.
func (m Metrics) LabelLeast() float32 {
	least := m.LabelFloor()
	if m.Presenter {
		least = max(least, presenterLabelLeast*m.LabelSize())
	}
	return least
}

// LabelFloor returns the size in frame pixels below which no label goes,
// even to fit a long name in two lines: a phone's least text.
func (m Metrics) LabelFloor() float32 { return min(m.LabelSize(), minTextCSS*m.Ratio) }

// presenterLabelLeast is the share of their size presenter mode's labels
// may shrink to.
const presenterLabelLeast = 0.8

// CSSW and CSSH return the frame's size in CSS pixels.
func (m Metrics) CSSW() float32 { return float32(m.W) / m.Ratio }

// CSSH returns the frame's height in CSS pixels.
func (m Metrics) CSSH() float32 { return float32(m.H) / m.Ratio }

// Size returns the base text size in frame pixels.
func (m Metrics) Size() float32 {
	css := max(minTextCSS, min(m.CSSH()/40, m.CSSW()/60))
	if m.Presenter {
		// Twice as large, but a line still holds about 32 characters
		// and the screen's height 20 lines, as a screen over 560 CSS px
		// high does anyway: on a phone held upright presenter mode's
		// text stays the normal size, and held sideways it grows only a
		// little (its 360 CSS px at 28 hid the model behind the caption
		// and the title ran into it).
		css = max(css, min(css*presenterText, m.CSSW()/(32*charWidth), m.CSSH()/20))
	}
	return css * m.Ratio
}

// Narrow reports whether the screen is too narrow for a row of every
// tool and side panels: a phone held upright.
func (m Metrics) Narrow() bool { return m.CSSW() < 700 }

// Phone reports whether the screen is a phone's, upright or sideways
// (its shorter side under phoneSideCSS), or laid out as one (Narrow):
// then no text is under its least, minTextCSS (Least). A phone held
// sideways keeps the wide layout, whose panels beside the model its
// width has room for.
func (m Metrics) Phone() bool { return m.Narrow() || min(m.CSSW(), m.CSSH()) < phoneSideCSS }

// charWidth is the average width of a character of Go Regular in ems.
const charWidth = 0.52
