package game

import (
	"strings"

	"github.com/decussate/decussate/scene/view"
	"golang.org/x/image/font"
)

// textBox returns the box a text of the frame covers, measured with the
// face it is drawn in: from its ascent to its descent, its advance wide,
// placed by its alignment.
func (f *fonts) textBox(t *view.Text) view.Box {
	face := f.face(pixelSize(t.Size))
	m := face.Metrics()
	w := float32(font.MeasureString(face, t.S).Ceil())
	x := t.X
	switch t.Align {
	case view.AlignCenter:
		x -= w / 2
	case view.AlignRight:
		x -= w
	}
	ascent, descent := float32(m.Ascent.Ceil()), float32(m.Descent.Ceil())
	return view.Box{ID: "text", X: x, Y: t.Y - ascent, W: w, H: ascent + descent}
}

// frameBoxes appends to dst the boxes of the frame last drawn: its panels,
// then its texts (model labels included), in the frame's pixels.
func (g *Game) frameBoxes(dst []view.Box) []view.Box {
	dst = append(dst, g.dl.Boxes...)
	for i := range g.dl.Texts {
		dst = append(dst, g.drawer.fonts.textBox(&g.dl.Texts[i]))
	}
	return dst
}

// wrap breaks s into lines no wider than width at size, between words; a
// word wider than the line is cut and ends with "…", so that no line, of
// whatever text, is ever wider than width. The layout wraps the same
// texts every frame, so the lines are kept: a frame allocates nothing for
// them, and the caller must not change them.
func (f *fonts) wrap(s string, size, width float32) []string {
	key := wrapKey{s, pixelSize(size), int(width)}
	if lines, ok := f.wrapped[key]; ok {
		return lines
	}
	lines := f.wrapNow(s, size, width)
	if f.wrapped == nil || len(f.wrapped) >= maxWrapped {
		f.wrapped = make(map[wrapKey][]string, maxWrapped)
	}
	f.wrapped[key] = lines
	return lines
}

// wrapKey names one wrapping: a text at a pixel size to a whole width.
type wrapKey struct {
	s         string
	px, width int
}

// maxWrapped bounds the kept wrappings: a frame wraps a dozen texts, and
// a trace's captions change a few times a second.
const maxWrapped = 256

// wrapNow breaks s into lines, for wrap.
func (f *fonts) wrapNow(s string, size, width float32) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		if f.measure(word, size) > width {
			word = f.cut(word, size, width)
		}
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && f.measure(try, size) > width {
			out = append(out, line)
			line = word
			continue
		}
		line = try
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// cut returns the longest prefix of word that, with "…", fits width.
func (f *fonts) cut(word string, size, width float32) string {
	runes := []rune(word)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if f.measure(string(runes[:mid])+"…", size) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]) + "…"
}
