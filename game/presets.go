package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// rowsPerNotch is how many rows of the list one wheel notch scrolls.
const rowsPerNotch = 3

// pickerKeys turns the keys the list of classic lesions reads while it is
// open into the explorer's actions: typing searches, Backspace erases, the
// arrows and Page Up / Page Down choose, Enter places. chars is storage
// for the letters typed, kept between ticks.
func (g *Game) pickerKeys() {
	g.chars = ebiten.AppendInputChars(g.chars[:0])
	for _, r := range g.chars {
		if r == '/' && len(g.ex.PresetList().Query) == 0 {
			continue // the key that opened the list
		}
		if err := g.do(explorer.Action{Kind: explorer.PickerType, Text: string(r)}); err != nil {
			g.showNotes([]string{err.Error()})
		}
	}
	switch {
	case repeating(ebiten.KeyBackspace):
		g.act(explorer.PickerErase)
	case repeating(ebiten.KeyArrowDown):
		g.pick(explorer.PickerMove, 1)
	case repeating(ebiten.KeyArrowUp):
		g.pick(explorer.PickerMove, -1)
	case repeating(ebiten.KeyPageDown):
		g.pick(explorer.PickerPage, 1)
	case repeating(ebiten.KeyPageUp):
		g.pick(explorer.PickerPage, -1)
	case inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		g.act(explorer.PickerChoose)
	}
}

// pick carries out a picker action on a row (or by rows).
func (g *Game) pick(k explorer.Kind, row int) {
	if err := g.do(explorer.Action{Kind: k, Row: row}); err != nil {
		g.showNotes([]string{err.Error()})
	}
}

// repeating reports a key just pressed or held long enough to repeat, by
// the key table's one rule.
func repeating(k ebiten.Key) bool { return repeats(inpututil.KeyPressDuration(k)) }

// scrollList turns what the pointer gave the list of classic lesions this
// tick (a drag of dy frame pixels, wheel notches) into whole rows
// scrolled; the part of a row a drag moved is kept until it makes one.
func (g *Game) scrollList(size, dy, notches float32) {
	l := &g.ptr.list
	l.dragged -= dy
	rows := int(l.dragged / (size * 1.45))
	l.dragged -= float32(rows) * size * 1.45
	l.rows -= notches * rowsPerNotch
	wheeled := int(l.rows)
	l.rows -= float32(wheeled)
	rows += wheeled
	if rows != 0 {
		g.pick(explorer.PickerScroll, rows)
	}
}

// clickList answers a click at height y of the list drawn in box b: on
// the cue under the rows it turns a page, on a row it places that match,
// as Enter does.
func (g *Game) clickList(b view.Box, size, y float32) {
	list := g.ex.PresetList()
	if n, ok := list.CueAt(b, size, y); ok {
		g.pick(explorer.PickerScroll, n)
		return
	}
	if i, ok := list.RowAt(b, size, y); ok {
		g.pick(explorer.PickRow, i)
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
	// dy and notches are the drag and the wheel the list took this tick;
	// dragged is the part of a row a drag moved it by, kept until it
	// makes a whole row.
	dy, notches, dragged float32
	// rows is the part of a row the wheel (a trackpad's small steps)
	// scrolled, kept until it makes a whole row.
	rows float32
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
