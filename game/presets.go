package game

import (
	"github.com/decussate/decussate/scene/explorer/screen"
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
	// PresetList is the list as drawn: query, matches, chosen.
	screen.PresetList
	all   []preset.Preset
	chars []rune
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
	if len(p.Query) == 0 {
		p.Matches = p.all
	} else {
		p.Matches = preset.Search(p.all, string(p.Query))
	}
	p.Chosen = min(p.Chosen, max(0, len(p.Matches)-1))
}

// update reads the picker's keys while it is open; it returns the preset
// chosen with Enter (or a tap), if any.
func (p *presetPicker) update() *preset.Preset {
	p.chars = ebiten.AppendInputChars(p.chars[:0])
	changed := false
	for _, r := range p.chars {
		if r != '/' || len(p.Query) > 0 {
			p.Query = append(p.Query, r)
			changed = true
		}
	}
	switch {
	case repeating(ebiten.KeyBackspace) && len(p.Query) > 0:
		p.Query = p.Query[:len(p.Query)-1]
		changed = true
	case repeating(ebiten.KeyArrowDown):
		p.Chosen = min(p.Chosen+1, max(0, len(p.Matches)-1))
	case repeating(ebiten.KeyArrowUp):
		p.Chosen = max(p.Chosen-1, 0)
	case p.placeNow || inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		p.placeNow = false
		if len(p.Matches) > 0 && p.Chosen < len(p.Matches) {
			chosen := p.Matches[p.Chosen]
			return &chosen
		}
	}
	if changed {
		p.Chosen = 0
		p.search()
	}
	return nil
}

// repeating reports a key just pressed or held long enough to repeat, by
// the key table's one rule.
func repeating(k ebiten.Key) bool { return repeats(inpututil.KeyPressDuration(k)) }

// clickRow chooses the match drawn at height y of box b, and asks for it
// to be placed as Enter does.
func (p *presetPicker) clickRow(b view.Box, size, y float32) {
	if i, ok := p.RowAt(b, size, y); ok {
		p.Chosen = i
		p.placeNow = true
	}
}
