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
	open    bool
	query   []rune
	matches []preset.Preset
	chosen  int
	chars   []rune
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

// update reads the picker's keys; it returns the preset chosen with
// Enter, if any, and whether the picker took the keyboard this tick.
func (p *presetPicker) update() (*preset.Preset, bool) {
	if !p.open {
		return nil, false
	}
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
	case inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		if len(p.matches) > 0 {
			p.open = false
			chosen := p.matches[p.chosen]
			return &chosen, true
		}
	}
	if changed {
		p.chosen = 0
		p.search()
	}
	return nil, true
}

// repeating reports a key just pressed or held long enough to repeat.
func repeating(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d > 20 && d%4 == 0)
}

// draw draws the picker: the query and the matches, the chosen one lit.
func (p *presetPicker) draw(dl *view.DrawList) {
	if !p.open {
		return
	}
	w, h := float32(dl.Width), float32(dl.Height)
	size := textSize(dl.Width, dl.Height)
	pw := min(w*0.6, size*36)
	lh := size * 1.45
	ph := lh*float32(presetRows+3) + size
	x, y := size, (h-ph)/2
	dl.Rect(x, y, pw, ph, panelColor)
	dl.Label(x+size, y+size*1.6, size, captionColor, view.AlignLeft, "Classic lesions: "+string(p.query)+"_")
	first := max(0, min(p.chosen-presetRows/2, len(p.matches)-presetRows))
	for i := first; i < len(p.matches) && i < first+presetRows; i++ {
		row := y + size*1.6 + lh*float32(i-first+1)
		c := hintColor
		if i == p.chosen {
			dl.Rect(x+size*0.5, row-size*1.05, pw-size, lh, [4]float32{0.2, 0.3, 0.4, 0.9})
			c = hoverColor
		}
		dl.Label(x+size, row, size*0.95, c, view.AlignLeft, p.matches[i].Name)
	}
	if len(p.matches) == 0 {
		dl.Label(x+size, y+size*1.6+lh, size*0.95, hintColor, view.AlignLeft, "nothing matches")
	}
	dl.Label(x+size, y+ph-size*0.6, size*0.8, hintColor, view.AlignLeft, "type to search  ·  ↑ ↓ choose  ·  Enter place  ·  Esc close")
}
