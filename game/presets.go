package game

import (
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// presetRows is how many matches the list shows at once.
const presetRows = 12

// presetPicker is the searchable list of classic lesions: / opens it,
// typing narrows it, the arrows choose, Enter puts the lesion in place.
type presetPicker struct {
	all     []preset.Preset
	query   []rune
	matches []preset.Preset
	chosen  int
	chars   []rune
	// placeNow asks update to place the chosen match, as Enter does: a
	// tap on a row.
	placeNow bool
}

func newPresetPicker(all []preset.Preset) *presetPicker {
	p := &presetPicker{all: all}
	p.search()
	return p
}

func (p *presetPicker) search() {
	if len(p.query) == 0 {
		p.matches = p.all
	} else {
		p.matches = preset.Search(p.all, string(p.query))
	}
	p.chosen = min(p.chosen, max(0, len(p.matches)-1))
}

// update reads the picker's keys while it is open; it returns the preset
// chosen with Enter (or a tap), if any.
func (p *presetPicker) update() *preset.Preset {
	p.chars = ebiten.AppendInputChars(p.chars[:0])
	changed := false
	for _, r := range p.chars {
		if r != '/' || len(p.query) > 0 {
			p.query = append(p.query, r)
			changed = true
		}
	}
	switch {
	case repeating(ebiten.KeyBackspace) && len(p.query) > 0:
		p.query = p.query[:len(p.query)-1]
		changed = true
	case repeating(ebiten.KeyArrowDown):
		p.chosen = min(p.chosen+1, max(0, len(p.matches)-1))
	case repeating(ebiten.KeyArrowUp):
		p.chosen = max(p.chosen-1, 0)
	case p.placeNow || inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		p.placeNow = false
		if len(p.matches) > 0 && p.chosen < len(p.matches) {
			chosen := p.matches[p.chosen]
			return &chosen
		}
	}
	if changed {
		p.chosen = 0
		p.search()
	}
	return nil
}

// repeating reports a key just pressed or held long enough to repeat, by
// the key table's one rule.
func repeating(k ebiten.Key) bool { return repeats(inpututil.KeyPressDuration(k)) }

// draw draws the picker in box b: the query, as many matches as fit with
// the chosen one lit, and how to use it.
func (p *presetPicker) draw(dl *view.DrawList, f wrapper, b view.Box, size float32) {
	pad := size
	width := b.W - 2*pad
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	lh := size * 1.45
	small := size * 0.8
	help := f.wrap(pickerHelp, small, width)
	helpH := float32(len(help))*small*lineGap + small*0.4
	dl.Label(b.X+pad, b.Y+size*1.6, size, captionColor, view.AlignLeft, fitEnd(f, "Classic lesions: "+string(p.query)+"_", size, width))
	first, rows := p.visibleRows(b, size)
	for i := first; i < len(p.matches) && i < first+rows; i++ {
		row := b.Y + size*1.6 + lh*float32(i-first+1)
		c := hintColor
		if i == p.chosen {
			dl.Rect(b.X+size*0.5, row-size*1.05, b.W-size, lh, [4]float32{0.2, 0.3, 0.4, 0.9})
			c = hoverColor
		}
		dl.Label(b.X+pad, row, size*0.95, c, view.AlignLeft, fitEnd(f, p.matches[i].Name, size*0.95, width))
	}
	if len(p.matches) == 0 {
		dl.Label(b.X+pad, b.Y+size*1.6+lh, size*0.95, hintColor, view.AlignLeft, "nothing matches")
	}
	y := b.Y + b.H - helpH + small*0.6
	for _, line := range help {
		dl.Label(b.X+pad, y, small, hintColor, view.AlignLeft, line)
		y += small * lineGap
	}
}

// fitEnd returns s, or its beginning with "…" when s is wider than width.
func fitEnd(f wrapper, s string, size, width float32) string {
	if f.measure(s, size) <= width {
		return s
	}
	return cutEnd(f, s, size, width)
}

// pickerHelp is the picker's line on how to use it.
const pickerHelp = "type to search  ·  ↑ ↓ choose  ·  Enter or a tap places  ·  Esc close"

// visibleRows returns the first match shown in box b and how many rows
// fit above room for three lines of help: the chosen match stays in view.
func (p *presetPicker) visibleRows(b view.Box, size float32) (first, rows int) {
	helpH := size*0.8*lineGap*3 + size*0.4
	rows = max(1, int((b.H-size*2.4-helpH)/(size*1.45)))
	return max(0, min(p.chosen-rows/2, len(p.matches)-rows)), rows
}

// clickRow chooses the match drawn at height y of box b, and asks for it
// to be placed as Enter does.
func (p *presetPicker) clickRow(b view.Box, size, y float32) {
	lh := size * 1.45
	first, rows := p.visibleRows(b, size)
	i := int((y - (b.Y + size*1.6 + lh - size*1.05)) / lh)
	if y < b.Y || i < 0 || i >= rows || first+i >= len(p.matches) {
		return
	}
	p.chosen = first + i
	p.placeNow = true
}
