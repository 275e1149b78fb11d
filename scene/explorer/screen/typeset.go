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
}

// maxWrapped bounds the kept wrappings: a frame wraps a dozen texts, and
// a trace's captions change a few times a second.
const maxWrapped = 256

// Wrap breaks s into lines no wider than width at size, between words; a
// word wider than the line is cut and ends with "…", so that no line, of
// whatever text, is ever wider than width. The caller must not change the
// lines.
func (t *Typeset) Wrap(s string, size, width float32) []string {
	key := wrapKey{s, PixelSize(size), int(width)}
	if lines, ok := t.wrapped[key]; ok {
		return lines
	}
	lines := t.wrapNow(s, size, width)
	if t.wrapped == nil || len(t.wrapped) >= maxWrapped {
		t.wrapped = make(map[wrapKey][]string, maxWrapped)
	}
	t.wrapped[key] = lines
	return lines
}

// wrapNow breaks s into lines, for Wrap.
func (t *Typeset) wrapNow(s string, size, width float32) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
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

// fitLines wraps lines (each a paragraph; "" a gap) to width at the
// largest size from size down to least whose lines fit height; at least
// it cuts the list and ends it with "…".
func (t *Typeset) fitLines(lines []string, size, least, width, height float32) (float32, []string) {
	var out []string
	for s := size; ; s *= 0.9 {
		s = max(s, least)
		out = out[:0]
		for _, line := range lines {
			if line == "" {
				out = append(out, "")
				continue
			}
			// Runs of spaces align the list in columns on a wide screen;
			// wrapped, they read as separators.
			out = append(out, t.Wrap(columnsAsDots(line), s, width)...)
		}
		fits := float32(len(out))*s*lineGap <= height
		if fits || s <= least {
			if !fits {
				n := max(1, int(height/(s*lineGap))-1)
				out = append(out[:min(n, len(out))], "…")
			}
			return s, out
		}
	}
}

// fitColumns is fitLines in one column or, when that sets the lines
// larger, in two side by side gap apart: a projector's list of controls
// in presenter mode would otherwise shrink to a size a room cannot read.
// It returns the size, the lines and where the second column starts
// (len(lines) for one column). A paragraph is never split between the
// columns; they break at a gap where one is near the middle.
func (t *Typeset) fitColumns(lines []string, size, least, width, height, gap float32) (float32, []string, int) {
	best, out := t.fitLines(lines, size, least, width, height)
	split := len(out)
	colW := (width - gap) / 2
	for s := size; s > best*1.05; s *= 0.9 {
		var two []string
		starts := []int{}
		for _, line := range lines {
			starts = append(starts, len(two))
			if line == "" {
				two = append(two, "")
				continue
			}
			two = append(two, t.Wrap(columnsAsDots(line), s, colW)...)
		}
		// The paragraph boundary that balances the columns best, a gap
		// preferred to a paragraph's end.
		k, worst := len(two), len(two)
		for i, at := range starts {
			w := max(at, len(two)-at)
			if lines[i] == "" {
				w-- // a gap is worth a line
			}
			if w < worst {
				k, worst = at, w
			}
		}
		rest := k
		for rest < len(two) && two[rest] == "" {
			rest++ // the second column does not begin with a gap
		}
		rows := max(k, len(two)-rest)
		if float32(rows)*s*lineGap <= height {
			return s, append(two[:k:k], two[rest:]...), k
		}
	}
	return best, out, split
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
