package screen

import (
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/view"
)

// PresetList is the searchable list of classic lesions as drawn: the
// query typed, the matches, and the one chosen. The adapter reads the
// keys that change it.
type PresetList struct {
	Query   []rune
	Matches []preset.Preset
	Chosen  int
}

// pickerHelp is the list's line on how to use it.
const pickerHelp = "type to search  ·  ↑ ↓ choose  ·  Enter or a tap places  ·  Esc close"

// Draw draws the list in box b: the query, as many matches as fit with
// the chosen one lit, and how to use it.
func (p *PresetList) Draw(dl *view.DrawList, f *Typeset, b view.Box, size, _ float32) {
	pad := size
	width := b.W - 2*pad
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	lh := size * 1.45
	small := size * 0.8
	help := f.Wrap(pickerHelp, small, width)
	helpH := float32(len(help))*small*lineGap + small*0.4
	dl.Label(b.X+pad, b.Y+size*1.6, size, captionColor, view.AlignLeft, f.fitEnd("Classic lesions: "+string(p.Query)+"_", size, width))
	first, rows := p.visibleRows(b, size)
	for i := first; i < len(p.Matches) && i < first+rows; i++ {
		row := b.Y + size*1.6 + lh*float32(i-first+1)
		c := hintColor
		if i == p.Chosen {
			dl.Rect(b.X+size*0.5, row-size*1.05, b.W-size, lh, [4]float32{0.2, 0.3, 0.4, 0.9})
			c = hoverColor
		}
		dl.Label(b.X+pad, row, size*0.95, c, view.AlignLeft, f.fitEnd(p.Matches[i].Name, size*0.95, width))
	}
	if len(p.Matches) == 0 {
		dl.Label(b.X+pad, b.Y+size*1.6+lh, size*0.95, hintColor, view.AlignLeft, "nothing matches")
	}
	y := b.Y + b.H - helpH + small*0.6
	for _, line := range help {
		dl.Label(b.X+pad, y, small, hintColor, view.AlignLeft, line)
		y += small * lineGap
	}
}

// visibleRows returns the first match shown in box b and how many rows
// fit above room for three lines of help: the chosen match stays in view.
func (p *PresetList) visibleRows(b view.Box, size float32) (first, rows int) {
	helpH := size*0.8*lineGap*3 + size*0.4
	rows = max(1, int((b.H-size*2.4-helpH)/(size*1.45)))
	return max(0, min(p.Chosen-rows/2, len(p.Matches)-rows)), rows
}

// RowAt returns the match drawn at height y of box b (drawn at text size
// size), and whether there is one there.
func (p *PresetList) RowAt(b view.Box, size, y float32) (int, bool) {
	lh := size * 1.45
	first, rows := p.visibleRows(b, size)
	i := int((y - (b.Y + size*1.6 + lh - size*1.05)) / lh)
	if y < b.Y || i < 0 || i >= rows || first+i >= len(p.Matches) {
		return 0, false
	}
	return first + i, true
}
