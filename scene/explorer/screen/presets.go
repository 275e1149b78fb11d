package screen

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// PresetList is the searchable list of classic lesions as drawn: the
// query typed, the matches, the one chosen, and the first shown. The
// adapter reads the keys, the wheel and the drags that change it. A list
// longer than its box scrolls: the arrows keep the chosen match in view,
// a drag or the wheel moves the rows, and a cue under them says how many
// more there are, above and below; a tap on the cue turns a page.
type PresetList struct {
	Query   []rune
	Matches []preset.Preset
	Chosen  int
	// First is the first match shown.
	First int
	// Fingertip is, on a touch screen, the least height of a row in
	// frame pixels (FingertipCSS); its lines are then never under a
	// phone's least text (minTextCSS): the list is tapped, not clicked.
	// Zero elsewhere.
	Fingertip float32
}

// FingertipCSS is the height, in CSS pixels, a row tapped by a finger
// needs to be told from its neighbours.
const FingertipCSS = 40

// touchText is a phone's least text as a share of a fingertip's row.
const touchText = float32(minTextCSS) / FingertipCSS

// The list's lines on how to use it, by device.
const (
	pickerHelp      = "type to search  ·  ↑ ↓ choose  ·  wheel or drag: scroll  ·  Enter or a click places  ·  Esc close"
	pickerTouchHelp = "drag the list to scroll  ·  tap a lesion to place it"
)

// rowHeight is the height of one match's row at text size size: on a
// touch screen a fingertip's at least.
func (p *PresetList) rowHeight(size float32) float32 {
	return max(size*1.45, p.Fingertip)
}

// baseline is how far below its row's top a match's name sits: in the
// middle of a touch screen's taller row.
func (p *PresetList) baseline(size float32) float32 {
	if p.Fingertip > 0 {
		return p.rowHeight(size)/2 + size*0.35
	}
	return size * 1.05
}

// smallSize is the size of the list's lines on how to use it.
func (p *PresetList) smallSize(size float32) float32 {
	return max(size*0.8, p.Fingertip*touchText)
}

// listGeometry is where the rows go in box b at text size size: the
// baseline of the first, how many rows the box holds, how many of them
// show matches (one fewer when a cue is needed) and whether a cue shows.
func (p *PresetList) listGeometry(b view.Box, size float32) (top float32, rows, shown int, cue bool) {
	helpH := p.smallSize(size)*lineGap*3 + size*0.4
	rows = max(1, int((b.H-size*2.4-helpH)/p.rowHeight(size)))
	shown = rows
	if len(p.Matches) > rows && rows > 1 {
		shown, cue = rows-1, true
	}
	return b.Y + size*1.6 + p.rowHeight(size), rows, shown, cue
}

// first returns the first match shown, First kept within the list.
func (p *PresetList) first(shown int) int {
	return max(0, min(p.First, len(p.Matches)-shown))
}

// Scroll moves the list by n rows (positive shows later matches) in box
// b at text size size, stopping at its ends.
func (p *PresetList) Scroll(b view.Box, size float32, n int) {
	_, _, shown, _ := p.listGeometry(b, size)
	p.First = max(0, min(p.first(shown)+n, len(p.Matches)-shown))
}

// Page returns how many rows a page of the list in box b is.
func (p *PresetList) Page(b view.Box, size float32) int {
	_, _, shown, _ := p.listGeometry(b, size)
	return max(1, shown-1)
}

// Choose chooses match i, scrolling the list in box b so that it shows.
func (p *PresetList) Choose(b view.Box, size float32, i int) {
	p.Chosen = max(0, min(i, len(p.Matches)-1))
	_, _, shown, _ := p.listGeometry(b, size)
	first := p.first(shown)
	switch {
	case p.Chosen < first:
		p.First = p.Chosen
	case p.Chosen >= first+shown:
		p.First = p.Chosen - shown + 1
	default:
		p.First = first
	}
}

// Draw draws the list in box b: the query, the matches that fit with the
// chosen one lit, a cue and a scroll bar when there are more, and how to
// use it on device d.
func (p *PresetList) Draw(dl *view.DrawList, f *Typeset, b view.Box, size, least float32, d words.Device) {
	pad := size
	width := b.W - 2*pad
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	lh := p.rowHeight(size)
	small := p.smallSize(size)
	how := pickerHelp
	title := "Classic lesions: " + string(p.Query) + "_"
	if d == words.Touch {
		how, title = pickerTouchHelp, "Classic lesions"
		if len(p.Query) > 0 {
			title += ": " + string(p.Query)
		}
	}
	help := f.Wrap(how, small, width)
	helpH := float32(len(help))*small*lineGap + small*0.4
	dl.Label(b.X+pad, b.Y+size*1.6, size, captionColor, view.AlignLeft, f.fitEnd(title, size, width))
	top, _, shown, cue := p.listGeometry(b, size)
	first := p.first(shown)
	rowW := width
	if cue {
		// The scroll bar at the right of the rows: where the rows shown
		// lie in the whole list.
		barW := max(size*0.35, 3)
		rowW -= barW + size*0.4
		x := b.X + b.W - pad*0.5 - barW
		y0, h := top-p.baseline(size), lh*float32(shown)
		dl.Rect(x, y0, barW, h, buttonColor)
		n := float32(len(p.Matches))
		dl.Rect(x, y0+h*float32(first)/n, barW, max(size*0.8, h*float32(shown)/n), buttonBorder)
	}
	// The names are set smaller, down to the least size, rather than cut:
	// on a phone in presenter mode the text is large and the list narrow.
	nameSize := size * 0.95
	if p.Fingertip > 0 {
		// Down to a phone's least text, not the notes'.
		nameSize, least = max(nameSize, p.Fingertip*touchText), p.Fingertip*touchText
	}
	for nameSize > least && p.widest(f, nameSize) > rowW {
		nameSize = max(least, nameSize*0.92)
	}
	for i := first; i < len(p.Matches) && i < first+shown; i++ {
		row := top + lh*float32(i-first)
		c := hintColor
		if i == p.Chosen {
			dl.Rect(b.X+size*0.5, row-p.baseline(size), rowW+pad-size*0.5, lh, [4]float32{0.2, 0.3, 0.4, 0.9})
			c = hoverColor
		}
		dl.Label(b.X+pad, row, nameSize, c, view.AlignLeft, f.fitName(p.Matches[i].Name, nameSize, rowW))
	}
	if len(p.Matches) == 0 {
		dl.Label(b.X+pad, top, max(size*0.95, least), hintColor, view.AlignLeft, "nothing matches")
	}
	if cue {
		cueSize := max(size*0.9, p.Fingertip*touchText)
		dl.Label(b.X+pad, top+lh*float32(shown), cueSize, captionColor, view.AlignLeft, f.moreCue(first, shown, len(p.Matches), cueSize, rowW))
	}
	y := b.Y + b.H - helpH + small*0.6
	for _, line := range help {
		dl.Label(b.X+pad, y, small, hintColor, view.AlignLeft, line)
		y += small * lineGap
	}
}

// widest returns the width of the widest match's name at size, without
// its words in brackets (fitName's shortest form).
func (p *PresetList) widest(f *Typeset, size float32) float32 {
	w := float32(0)
	for _, m := range p.Matches {
		short, _, _ := strings.Cut(m.Name, " (")
		w = max(w, f.Width(short, size))
	}
	return w
}

// moreCue says how many matches lie above and below the rows shown, in
// the longest of its forms that fits width at size.
func (t *Typeset) moreCue(first, shown, n int, size, width float32) string {
	above, below := first, n-first-shown
	var forms []string
	switch {
	case above > 0 && below > 0:
		forms = []string{
			fmt.Sprintf("▲ %d more above  ·  ▼ %d more below", above, below),
			fmt.Sprintf("▲ %d above · ▼ %d below", above, below),
			fmt.Sprintf("▲ %d · ▼ %d more", above, below),
		}
	case below > 0:
		forms = []string{fmt.Sprintf("▼ %d more below", below), fmt.Sprintf("▼ %d more", below)}
	default:
		forms = []string{fmt.Sprintf("▲ %d more above", above), fmt.Sprintf("▲ %d more", above)}
	}
	for _, s := range forms {
		if t.Width(s, size) <= width {
			return s
		}
	}
	return t.fitEnd(forms[len(forms)-1], size, width)
}

// fitName returns a classic lesion's name as it fits width at size:
// whole, or without the words in brackets that follow its name
// ("Abducens nucleus lesion (horizontal gaze palsy)"), or cut.
func (t *Typeset) fitName(name string, size, width float32) string {
	if t.Width(name, size) <= width {
		return name
	}
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	return t.fitEnd(name, size, width)
}

// RowAt returns the match drawn at height y of box b (drawn at text size
// size), and whether there is one there.
func (p *PresetList) RowAt(b view.Box, size, y float32) (int, bool) {
	top, _, shown, _ := p.listGeometry(b, size)
	i := p.rowIndex(top, size, y)
	first := p.first(shown)
	if y < b.Y || i < 0 || i >= shown || first+i >= len(p.Matches) {
		return 0, false
	}
	return first + i, true
}

// CueAt returns the rows a tap at height y of box b turns the list by
// (a page down, or up at the end), and whether the cue is there.
func (p *PresetList) CueAt(b view.Box, size, y float32) (int, bool) {
	top, _, shown, cue := p.listGeometry(b, size)
	if !cue || p.rowIndex(top, size, y) != shown {
		return 0, false
	}
	page := p.Page(b, size)
	if p.first(shown)+shown >= len(p.Matches) {
		return -page, true
	}
	return page, true
}

// rowIndex returns the row at height y, the rows' first baseline at top.
func (p *PresetList) rowIndex(top, size, y float32) int {
	d := y - (top - p.baseline(size))
	if d < 0 {
		return -1
	}
	return int(d / p.rowHeight(size))
}
