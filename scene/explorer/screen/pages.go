package screen

import (
	"fmt"

	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// A list of paragraphs (the list of controls, the credits) is set at the
// frame's text size, never smaller: on one page in one column, or two
// side by side, when it fits; otherwise in pages the person turns, so that
// presenter mode's large text reaches a room whole rather than shrunk
// back to a size the room cannot read, or cut.

// listPage is one page of a list as the layout set it: its lines, the
// first column's then the second's, where the second starts (len(lines)
// for one column), and which page of how many it is.
type listPage struct {
	lines       []string
	split       int
	size        float32
	page, pages int
	// titled is how many of the page's first lines are the list's
	// title, drawn in the title's colour: none after the first page.
	titled int
	// cue says which page of how many, "" for one.
	cue string
}

// minColumnChars is how many characters a line of a column must hold for
// a page to be set in two columns: narrower, a sentence breaks every few
// words.
const minColumnChars = 26

// listKey is what a list's page depends on.
type listKey struct {
	first      string
	n          int
	size, w, h float32
	pad        float32
	page       int
	d          words.Device
}

// listPages keeps a list's page between frames: wrapping measures every
// word, and the panel stays open for many frames.
type listPages struct {
	key  listKey
	page listPage
	ok   bool
}

// columns returns lines set in columns colW wide of at most rows rows:
// each paragraph whole in one column unless it is taller than a column, a
// gap kept between paragraphs but never at a column's top, a word wider
// than the column broken with a hyphen.
func (t *Typeset) columns(lines []string, size, colW float32, rows int) [][]string {
	rows = max(rows, 1)
	var cols [][]string
	var col []string
	gap := false
	for _, line := range lines {
		if line == "" {
			gap = len(col) > 0
			continue
		}
		// Runs of spaces align the list in columns on a wide screen;
		// wrapped, they read as separators.
		para := t.WrapWhole(columnsAsDots(line), size, colW)
		need := len(para)
		if gap {
			need++
		}
		// A paragraph that fits a column of its own starts one rather
		// than break; a longer one runs on from here.
		if len(col) > 0 && len(col)+need > rows && len(para) <= rows {
			cols, col, gap = append(cols, col), nil, false
		}
		if gap && len(col)+1 >= rows {
			cols, col = append(cols, col), nil
		} else if gap {
			col = append(col, "")
		}
		gap = false
		for _, l := range para {
			if len(col) == rows {
				cols, col = append(cols, col), nil
			}
			col = append(col, l)
		}
	}
	if len(col) > 0 || len(cols) == 0 {
		cols = append(cols, col)
	}
	return cols
}

// pageList sets lines in box b at size, pad inside it, showing page
// (counted round: -1 is the last page), its cue worded for device d.
func (t *Typeset) pageList(keep *listPages, lines []string, page int, size float32, b view.Box, pad float32, d words.Device) listPage {
	first := ""
	if len(lines) > 0 {
		first = lines[0]
	}
	key := listKey{first, len(lines), size, b.W, b.H, pad, page, d}
	if !keep.ok || keep.key != key {
		keep.key, keep.page, keep.ok = key, t.setList(lines, page, size, b, pad), true
		keep.page.cue = PageCue(keep.page.page, keep.page.pages, "→", d)
	}
	return keep.page
}

// setList sets lines for pageList.
func (t *Typeset) setList(lines []string, page int, size float32, b view.Box, pad float32) listPage {
	width, height := b.W-2*pad, b.H-size
	rows := int(height / (size * lineGap))
	colW := (width - 2*pad) / 2
	first := ""
	if len(lines) > 0 {
		first = lines[0]
	}
	titled := func(w float32) int { return len(t.WrapWhole(columnsAsDots(first), size, w)) }
	// One column, when it holds the list.
	one := t.columns(lines, size, width, rows)
	if len(one) == 1 {
		return listPage{lines: one[0], split: len(one[0]), size: size, pages: 1, titled: titled(width)}
	}
	// Two balanced columns of one page.
	if two, k, rest := t.twoColumns(lines, size, colW); max(k, len(two)-rest) <= rows {
		return listPage{lines: append(two[:k:k], two[rest:]...), split: k, size: size, pages: 1, titled: titled(colW)}
	}
	// Pages, a row kept for the cue.
	rows--
	ncol, w := 1, width
	if colW >= minColumnChars*charWidth*size {
		ncol, w = 2, colW
	}
	cols := t.columns(lines, size, w, rows)
	pages := (len(cols) + ncol - 1) / ncol
	page = ((page % pages) + pages) % pages
	p := listPage{lines: cols[page*ncol], size: size, page: page, pages: pages}
	if page == 0 {
		p.titled = titled(w)
	}
	p.split = len(p.lines)
	if ncol == 2 && page*ncol+1 < len(cols) {
		p.lines = append(p.lines[:p.split:p.split], cols[page*ncol+1]...)
	}
	return p
}

// twoColumns wraps lines at size to two columns colW wide, broken at the
// paragraph boundary that balances them best, a gap preferred to a
// paragraph's end: the first column is two[:k], the second two[rest:].
func (t *Typeset) twoColumns(lines []string, size, colW float32) (two []string, k, rest int) {
	starts := make([]int, 0, len(lines))
	for _, line := range lines {
		starts = append(starts, len(two))
		if line == "" {
			two = append(two, "")
			continue
		}
		two = append(two, t.WrapWhole(columnsAsDots(line), size, colW)...)
	}
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
	rest = k
	for rest < len(two) && two[rest] == "" {
		rest++ // the second column does not begin with a gap
	}
	return two, k, rest
}

// PageCue returns what a paged panel says at its foot: which page of how
// many, and how to turn it, by key (and a click) on a keyboard, by a tap on
// a touch screen; "" for one page.
func PageCue(page, pages int, key string, d words.Device) string {
	if pages <= 1 {
		return ""
	}
	what := "more"
	if page+1 == pages {
		what = "back to the first page"
	}
	how := key + " or a click: " + what
	if d == words.Touch {
		how = "tap: " + what
	}
	return fmt.Sprintf("%d / %d · %s", page+1, pages, how)
}

// HelpPages returns how many pages the list of controls, or the About
// panel, has as laid out: 0 while neither is open.
func (L *Layout) HelpPages() int {
	switch {
	case L.Help.W > 0:
		return L.help.pages
	case L.About.W > 0:
		return L.about.pages
	}
	return 0
}
