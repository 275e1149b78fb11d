package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// pickerKeys turns the keys the list of classic lesions reads while it is
// open into the explorer's actions: typing searches, Backspace erases, the
// arrows choose, Enter places. chars is storage for the letters typed,
// kept between ticks.
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
