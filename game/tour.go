package game

import "github.com/decussate/decussate/scene/explorer"

// Tours are the scripted lessons: O starts the next tour; while one plays,
// the arrow keys, Page Up / Page Down (a presentation clicker) and space
// step through it, and Esc ends it. The explorer plays them, opening each
// step through Set as a link opens.

// tourCaption returns what the step in play says, with the fault that
// stopped part of it from opening, if any.
func (g *Game) tourCaption() string {
	p := g.ex.Player()
	if p == nil {
		return ""
	}
	text := p.Step().Caption
	if err := g.ex.TourError(); err != nil {
		text += "  [" + err.Error() + "]"
	}
	return text
}

// startTour plays tour i from its first step.
func (g *Game) startTour(i int) {
	if err := g.do(explorer.Action{Kind: explorer.StartTour, Tour: i}); err != nil {
		g.showNotes([]string{err.Error()})
	}
}
