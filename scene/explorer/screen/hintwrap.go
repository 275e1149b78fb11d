package screen

import "strings"

// The hint bar says a few things at once, each a unit ("E: lesion mode",
// "Menu → Help: all the controls") parted by a "·". Broken between any
// two words it read "E: lesion / mode" and "Menu / → Help", so its lines
// break between units, and inside a unit longer than a line only between
// glued words (a key with the word after it, an arrow with both its
// neighbours).
//
// Its lines are also the same whatever the frame's pixels per CSS pixel:
// the first frames of the page are drawn before the window's scale is
// known (ratio 1, then 2) and a moving camera draws fewer pixels, and
// glyphs hinted at whole pixel sizes are not exactly proportional, so the
// same hint measured at each frame's own size re-wrapped within the first
// second. The breaks are chosen by widths at a fixed reference scale.

// hintRef is the pixels per CSS pixel the hint's breaks are measured at:
// large, so that hinting's rounding is a small share of a glyph.
const hintRef = 4

// hintSlack is the share of the line a hint fills at the reference scale,
// so that what fits there fits at the frame's own.
const hintSlack = 0.97

// hintKey is what a hint's lines depend on.
type hintKey struct {
	s                  string
	size, width, ratio float32
}

// hintLines keeps the hint's lines between frames.
type hintLines struct {
	key   hintKey
	lines []string
	ok    bool
}

// wrap returns s broken into lines no wider than width at size, on a
// frame of ratio pixels per CSS pixel.
func (h *hintLines) wrap(t *Typeset, s string, size, width, ratio float32) []string {
	key := hintKey{s, size, width, ratio}
	if !h.ok || h.key != key {
		h.key, h.lines, h.ok = key, t.wrapHint(s, size, width, ratio), true
	}
	return h.lines
}

// wrapHint breaks hint s into lines between its units, by widths at the
// reference scale; where a line so broken would not fit at the frame's
// own scale, by widths at it; a glued word wider than the line is cut.
func (t *Typeset) wrapHint(s string, size, width, ratio float32) []string {
	sep := " · "
	if strings.Contains(s, "  ·  ") {
		sep = "  ·  "
	}
	var units []string
	for _, u := range strings.Split(s, "·") {
		if u = strings.TrimSpace(u); u != "" {
			units = append(units, u)
		}
	}
	k := hintRef / max(ratio, 0.1)
	lines := unitLines(units, sep, func(l string) bool { return t.Width(l, size*k) <= width*k*hintSlack })
	for _, l := range lines {
		if t.Width(l, size) > width {
			lines = unitLines(units, sep, func(l string) bool { return t.Width(l, size) <= width })
			break
		}
	}
	for i, l := range lines {
		if t.Width(l, size) > width {
			lines[i] = t.FitLine(l, size, width)
		}
	}
	return lines
}

// unitLines fills lines with units parted by sep, a unit whole on a line
// where it fits one, else broken between its glued words.
func unitLines(units []string, sep string, fits func(string) bool) []string {
	var out []string
	line := ""
	for _, u := range units {
		if line != "" && fits(line+sep+u) {
			line += sep + u
			continue
		}
		if line != "" {
			out = append(out, line)
			line = ""
		}
		if fits(u) {
			line = u
			continue
		}
		for _, w := range gluedWords(u) {
			switch {
			case line == "":
				line = w
			case fits(line + " " + w):
				line += " " + w
			default:
				out = append(out, line)
				line = w
			}
		}
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// gluedWords returns unit's words, those that must not part joined: an
// arrow with the words either side ("Menu → Help:"), a key's colon with
// the word after it ("B: the"), a title's "·" with the words either
// side ("lacune) · chronic").
func gluedWords(unit string) []string {
	var out []string
	glue := false
	for _, w := range strings.Fields(unit) {
		if glue || ((w == "→" || w == "·") && len(out) > 0) {
			out[len(out)-1] += " " + w
		} else {
			out = append(out, w)
		}
		glue = w == "→" || w == "·" || strings.HasSuffix(w, ":")
	}
	return out
}

// wrapTitle breaks a heading into lines no wider than width at size
// between its glued words, so that no line starts with its "·"; with a
// word wider than the line, as Wrap does.
func (t *Typeset) wrapTitle(s string, size, width float32) []string {
	lines := unitLines([]string{s}, "", func(l string) bool { return t.Width(l, size) <= width })
	for _, l := range lines {
		if t.Width(l, size) > width {
			return t.Wrap(s, size, width)
		}
	}
	return lines
}

// dropHint reports whether the hint bar gives its room to what it would
// repeat or crowd out. A presenter steps a tour with a clicker or the
// toolbar's Back and Next, and works lesion mode and a trace from the
// toolbar: the keys' hint would take a room's worth of height from the
// model, the caption, the patient and the report (the list of controls
// has it). On a
// phone the list of classic lesions and the quiz say in their own words
// what the hint would say again.
func dropHint(m Metrics, c *Content) bool {
	switch {
	case m.Presenter && (c.Touring || (c.Lesion || c.Tracing) && !c.Help && !c.About && !c.Menu):
		return true
	case m.Narrow() && (c.Picker || c.Quiz != ""):
		return true
	}
	return false
}
