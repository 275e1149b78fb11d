package game

// back closes the topmost thing on screen, and only that: the list of
// controls, the About panel, the classic-lesion picker, the quiz, the tour, the trace, then
// lesion mode. Esc and the browser's idea of "back" within a mode both come
// here, so that one press never closes two things.
func (g *Game) back() {
	switch {
	case g.menuOpen:
		g.menuOpen = false
	case g.ctl.help:
		g.ctl.help = false
	case g.about.open:
		g.about.open = false
	case g.presets.open:
		g.presets.open = false
	case g.quiz.active:
		g.quiz.active, g.quizHint = false, ""
	case g.tours.player != nil:
		g.tours.player = nil
	case g.tracer.active:
		g.tracer.end(g.renderer)
		g.refreshOverlay()
	case g.lesions.active:
		g.lesions.active = false
		g.refreshOverlay()
	}
}
