package explorer

import (
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/view"
)

// The list of classic lesions (OpenPicker) is searched as the person
// types: its query, its matches and the one chosen are the explorer's, the
// keys and taps that change them the adapter's.

// PresetList returns the list of classic lesions as the picker shows it:
// the query, the matches, the one chosen. Its slices are the explorer's.
func (e *Explorer) PresetList() screen.PresetList { return e.pick }

// PickerAt answers where the list of classic lesions was drawn in the
// last frame (its box and text size), for the adapter to turn a tap on a
// row or on the "more" cue into an action; ok is false while it is closed.
func (e *Explorer) PickerAt() (box view.Box, size float32, ok bool) {
	return e.pickBox, e.pickSize, e.picker && e.pickBox.W > 0
}

// Presets returns the classic lesions PlacePreset places.
func (e *Explorer) Presets() []preset.Preset { return e.cfg.Presets }

// doPicker carries out the picker's actions; none changes anything while
// the picker is closed.
func (e *Explorer) doPicker(a Action) error {
	p := &e.pick
	if !e.picker {
		return nil
	}
	switch a.Kind {
	case PickerType:
		if a.Text == "" {
			return nil
		}
		p.Query = append(p.Query, []rune(a.Text)...)
		p.Chosen, p.First = 0, 0
		e.search()
	case PickerErase:
		if len(p.Query) > 0 {
			p.Query = p.Query[:len(p.Query)-1]
			p.Chosen, p.First = 0, 0
			e.search()
		}
	case PickerMove:
		p.Choose(e.pickBox, e.pickSize, p.Chosen+a.Row)
	case PickerPage:
		p.Choose(e.pickBox, e.pickSize, p.Chosen+a.Row*p.Page(e.pickBox, e.pickSize))
	case PickerScroll:
		p.Scroll(e.pickBox, e.pickSize, a.Row)
	case PickerChoose, PickRow:
		i := p.Chosen
		if a.Kind == PickRow {
			i = a.Row
		}
		if i < 0 || i >= len(p.Matches) {
			return nil
		}
		p.Chosen = i
		e.picker = false
		return e.placePreset(p.Matches[i].ID)
	}
	return nil
}

// openPicker opens the list of classic lesions, its query empty.
func (e *Explorer) openPicker() {
	e.picker, e.help, e.about = true, false, false
	e.pick.Query = e.pick.Query[:0]
	e.pick.Chosen, e.pick.First = 0, 0
	e.search()
}

// search finds the matches of the query, keeping the chosen one within
// them.
func (e *Explorer) search() {
	p := &e.pick
	if len(p.Query) == 0 {
		p.Matches = e.cfg.Presets
	} else {
		p.Matches = preset.Search(e.cfg.Presets, string(p.Query))
	}
	p.Chosen = min(p.Chosen, max(0, len(p.Matches)-1))
}
