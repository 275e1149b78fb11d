package game

import (
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// rowsPerNotch is how many rows of the list one wheel notch scrolls.
const rowsPerNotch = 3

// presetPicker is the searchable list of classic lesions: / opens it,
// typing narrows it, the arrows choose, Enter puts the lesion in place; a
// drag or the wheel over it scrolls it, a tap on a row places that one.
type presetPicker struct {
	// PresetList is the list as drawn: query, matches, chosen, first
	// shown.
	screen.PresetList
	all   []preset.Preset
	chars []rune
	// placeNow asks update to place the chosen match, as Enter does: a
	// tap on a row.
	placeNow bool
	// dragged is the part of a row a drag moved the list by, kept until
	// it makes a whole row.
	dragged float32
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

// update reads the picker's keys while it is open, for the list drawn in
// box b at text size size; it returns the preset chosen with Enter (or a
// tap), if any.
func (p *presetPicker) update(b view.Box, size float32) *preset.Preset {
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
		p.Choose(b, size, p.Chosen+1)
	case repeating(ebiten.KeyArrowUp):
		p.Choose(b, size, p.Chosen-1)
	case repeating(ebiten.KeyPageDown):
		p.Choose(b, size, p.Chosen+p.Page(b, size))
	case repeating(ebiten.KeyPageUp):
		p.Choose(b, size, p.Chosen-p.Page(b, size))
	case p.placeNow || inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		p.placeNow = false
		if len(p.Matches) > 0 && p.Chosen < len(p.Matches) {
			chosen := p.Matches[p.Chosen]
			return &chosen
		}
	}
	if changed {
		p.Chosen, p.First, p.dragged = 0, 0, 0
		p.search()
	}
	return nil
}

// scroll moves the list drawn in box b at text size size by a drag of dy
// pixels (up shows later matches) and by wheel notches (up shows earlier
// ones).
func (p *presetPicker) scroll(b view.Box, size, dy, notches float32) {
	p.dragged -= dy
	rows := int(p.dragged / (size * 1.45))
	p.dragged -= float32(rows) * size * 1.45
	rows -= int(notches * rowsPerNotch)
	if rows != 0 {
		p.Scroll(b, size, rows)
	}
}

// repeating reports a key just pressed or held long enough to repeat, by
// the key table's one rule.
func repeating(k ebiten.Key) bool { return repeats(inpututil.KeyPressDuration(k)) }

// clickRow chooses the match drawn at height y of box b, and asks for it
// to be placed as Enter does; on the cue under the rows it turns a page.
func (p *presetPicker) clickRow(b view.Box, size, y float32) {
	if n, ok := p.CueAt(b, size, y); ok {
		p.Scroll(b, size, n)
		return
	}
	if i, ok := p.RowAt(b, size, y); ok {
		p.Chosen = i
		p.placeNow = true
	}
}

// listGrab lets the pointer scroll the list of classic lesions: a press
// that begins on the list, and the wheel over it, move its rows rather
// than the model. Positions are in screen pixels, as the pointer's.
type listGrab struct {
	// box is the list on the screen; empty while it is closed.
	box view.Box
	// held is set while a press that began on the list lasts.
	held bool
	// dy and notches are the drag and the wheel the list took this tick.
	dy, notches float32
}

// press notes a press at (x, y): on the list, it holds the list.
func (l *listGrab) press(x, y float32) { l.held = screen.In(l.box, x, y) }

// drag gives the list a drag of dy pixels, and reports whether it took
// it: a drag that began elsewhere turns the model.
func (l *listGrab) drag(dy float32) bool {
	if !l.held || l.box.W == 0 {
		return false
	}
	l.dy += dy
	return true
}

// wheel gives the list wheel notches at (x, y), and reports whether it
// took them.
func (l *listGrab) wheel(n, x, y float32) bool {
	if !screen.In(l.box, x, y) {
		return false
	}
	l.notches += n
	return true
}

// frameScale returns frame pixels per screen pixel: fewer while the
// camera moves (see Layout).
func (g *Game) frameScale() float32 {
	if g.screenW <= 0 || g.dl.Width <= 0 {
		return 1
	}
	return float32(g.dl.Width) / float32(g.screenW)
}

// onScreen returns box b of the frame last drawn in screen pixels, the
// pointer's.
func (g *Game) onScreen(b view.Box) view.Box {
	f := g.frameScale()
	return view.Box{ID: b.ID, X: b.X / f, Y: b.Y / f, W: b.W / f, H: b.H / f}
}
