package screen

import (
	"strings"

	"github.com/decussate/decussate/scene/view"
)

// lineGap is the distance between baselines, in text sizes.
const lineGap = 1.3

// Typeset breaks and fits texts by a Measurer. The layout wraps the same
// texts every frame, so it keeps the lines: a frame allocates nothing for
// them.
type Typeset struct {
	m       Measurer
	wrapped map[wrapKey][]string
}

// NewTypeset returns a Typeset measuring with m.
func NewTypeset(m Measurer) *Typeset { return &Typeset{m: m} }

// Measurer returns what t measures with.
func (t *Typeset) Measurer() Measurer { return t.m }

// Width returns the width of s at size.
func (t *Typeset) Width(s string, size float32) float32 { return t.m.Width(s, size) }

// wrapKey names one wrapping: a text at a pixel size to a whole width.
type wrapKey struct {
	s         string
	px, width int
	whole     bool
}

// maxWrapped bounds the kept wrappings: a frame wraps a dozen texts, and
// a trace's captions change a few times a second.
const maxWrapped = 256

// Wrap breaks s into lines no wider than width at size, between words; a
// word wider than the line is cut and ends with "…", so that no line, of
// whatever text, is ever wider than width. The caller must not change the
// lines.
func (t *Typeset) Wrap(s string, size, width float32) []string {
	return t.wrap(s, size, width, false)
}

// WrapWhole is Wrap but for a word wider than the line, which it breaks
// over lines with a hyphen rather than cut: every letter is on a line.
func (t *Typeset) WrapWhole(s string, size, width float32) []string {
	return t.wrap(s, size, width, true)
}

// wrap is Wrap, or WrapWhole when whole.
func (t *Typeset) wrap(s string, size, width float32, whole bool) []string {
	key := wrapKey{s, PixelSize(size), int(width), whole}
	if lines, ok := t.wrapped[key]; ok {
		return lines
	}
	lines := t.wrapNow(s, size, width, whole)
	if t.wrapped == nil || len(t.wrapped) >= maxWrapped {
		t.wrapped = make(map[wrapKey][]string, maxWrapped)
	}
	t.wrapped[key] = lines
	return lines
}

// wrapNow breaks s into lines, for Wrap.
func (t *Typeset) wrapNow(s string, size, width float32, whole bool) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		for whole && t.m.Width(word, size) > width {
			// The longest beginning that fits with a hyphen, on a line
			// of its own (at least one letter, so that this ends).
			head := []rune(t.Cut(word, size, width))
			n := max(1, len(head)-1)
			for n > 1 && t.m.Width(string([]rune(word)[:n])+"-", size) > width {
				n--
			}
			if line != "" {
				out = append(out, line)
			}
			line = ""
			out = append(out, string([]rune(word)[:n])+"-")
			word = string([]rune(word)[n:])
		}
		if t.m.Width(word, size) > width {
			word = t.Cut(word, size, width)
		}
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && t.m.Width(try, size) > width {
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

// Cut returns the longest prefix of word that, with "…", fits width.
func (t *Typeset) Cut(word string, size, width float32) string {
	runes := []rune(word)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if t.m.Width(string(runes[:mid])+"…", size) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]) + "…"
}

// FitLine returns s, or its longest beginning that fits width with "…".
func (t *Typeset) FitLine(s string, size, width float32) string {
	if t.m.Width(s, size) <= width {
		return s
	}
	return t.Cut(s, size, width)
}

// fitEnd returns s, or its beginning with "…" when s is wider than width,
// cut between words where it can be.
func (t *Typeset) fitEnd(s string, size, width float32) string {
	if t.m.Width(s, size) <= width {
		return s
	}
	return t.cutEnd(s, size, width)
}

// cutEnd returns line with "…" at its end, shortened to fit width.
func (t *Typeset) cutEnd(line string, size, width float32) string {
	for t.m.Width(line+" …", size) > width && len(line) > 0 {
		i := strings.LastIndexByte(line, ' ')
		if i <= 0 {
			return t.Cut(line, size, width)
		}
		line = line[:i]
	}
	return line + " …"
}

// columnsAsDots returns line with each run of three or more spaces, which
// lines up the list of controls in columns, as " · ".
func columnsAsDots(line string) string {
	var parts []string
	for {
		i := strings.Index(line, "   ")
		if i < 0 {
			break
		}
		parts = append(parts, line[:i])
		line = strings.TrimLeft(line[i:], " ")
	}
	return strings.Join(append(parts, line), " · ")
}

// TextBox returns the box a text of a frame covers, as m measures it:
// from its ascent to its descent, its advance wide, placed by its
// alignment. Its ID is "text".
func TextBox(m Measurer, t *view.Text) view.Box {
	w := m.Width(t.S, t.Size)
	x := t.X
	switch t.Align {
	case view.AlignCenter:
		x -= w / 2
	case view.AlignRight:
		x -= w
	}
	ascent, descent := m.Extent(t.Size)
	return view.Box{ID: "text", X: x, Y: t.Y - ascent, W: w, H: ascent + descent}
}

// AppendBoxes appends to dst the boxes of dl: its panels, then its texts
// (model labels included), measured by m.
func AppendBoxes(dst []view.Box, m Measurer, dl *view.DrawList) []view.Box {
	dst = append(dst, dl.Boxes...)
	for i := range dl.Texts {
		dst = append(dst, TextBox(m, &dl.Texts[i]))
	}
	return dst
}
