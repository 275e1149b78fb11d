package game

import "github.com/decussate/decussate/scene/view"

// tool is one of the toolbar's buttons: what a key does, for a person
// with a mouse, a finger or a clicker instead of a keyboard.
type tool int

// The tools, in the toolbar's order.
const (
	toolTrace tool = iota
	toolLesion
	toolClassic
	toolQuiz
	toolTour
	toolSection
	toolLabels
	toolPresenter
	toolHelp
	toolAbout
	toolReset
	toolSave
	toolPrev
	toolNext
	toolClose
	toolMenu
	toolFullscreen
	numTools
)

// toolNames are the buttons' words, and toolIDs their boxes' names for
// the page: fixed strings, so a frame's boxes allocate nothing.
var (
	toolNames = [numTools]string{
		toolTrace: "Trace", toolLesion: "Lesion", toolClassic: "Classic lesions", toolQuiz: "Quiz",
		toolTour: "Tour", toolSection: "Section", toolLabels: "Labels", toolPresenter: "Presenter",
		toolHelp: "Help", toolAbout: "About", toolReset: "Reset view", toolSave: "Save picture", toolPrev: "‹ Back",
		toolNext: "Next ›", toolClose: "Close", toolMenu: "Menu", toolFullscreen: "Full screen",
	}
	toolIDs = [numTools]string{
		toolTrace: "tool-trace", toolLesion: "tool-lesion", toolClassic: "tool-classic", toolQuiz: "tool-quiz",
		toolTour: "tool-tour", toolSection: "tool-section", toolLabels: "tool-labels", toolPresenter: "tool-presenter",
		toolHelp: "tool-help", toolAbout: "tool-about", toolReset: "tool-reset", toolSave: "tool-save", toolPrev: "tool-prev",
		toolNext: "tool-next", toolClose: "tool-close", toolMenu: "tool-menu", toolFullscreen: "tool-fullscreen",
	}
)

// menuTools are the tools the menu holds on a screen too narrow for a
// row of them all.
var menuTools = []tool{toolTrace, toolLesion, toolClassic, toolQuiz, toolTour, toolSection,
	toolLabels, toolPresenter, toolHelp, toolAbout, toolReset, toolSave}

// toolButton is a tool placed on the screen.
type toolButton struct {
	tool tool
	box  view.Box
}

// on reports whether the mode or view a tool switches is on, to light its
// button.
func (g *Game) on(t tool) bool {
	switch t {
	case toolTrace:
		return g.tracer.active
	case toolLesion:
		return g.lesions.active && !g.quiz.active
	case toolClassic:
		return g.presets.open
	case toolQuiz:
		return g.quiz.active
	case toolTour:
		return g.tours.player != nil
	case toolSection:
		return g.section.on
	case toolLabels:
		return g.ctl.labels
	case toolPresenter:
		return g.present.on
	case toolHelp:
		return g.ctl.help
	case toolAbout:
		return g.about.open
	case toolMenu:
		return g.menuOpen
	case toolFullscreen:
		return g.ctl.fullscreen
	}
	return false
}

// rowTools returns the tools of the bottom row: all of them on a wide
// screen, or the menu; the tour's steps while one plays; Close when
// something is open; full screen last.
func (g *Game) rowTools(dst []tool, all bool) []tool {
	if g.tours.player != nil {
		dst = append(dst, toolPrev, toolNext)
	}
	if all {
		dst = append(dst, menuTools...)
	} else {
		dst = append(dst, toolMenu)
	}
	if g.mode() != modeExplore || g.ctl.help || g.about.open || g.presets.open || g.menuOpen {
		dst = append(dst, toolClose)
	}
	return append(dst, toolFullscreen)
}

// use does what a tool's button says.
func (g *Game) use(t tool) {
	if t != toolMenu {
		g.menuOpen = false
	}
	switch t {
	case toolTrace:
		if g.lesions.active {
			g.toggleLesionMode()
		}
		g.report(g.tracer.cycle(1, g.renderer))
		g.refreshOverlay()
	case toolLesion:
		g.toggleLesionMode()
	case toolClassic:
		g.openPicker()
	case toolQuiz:
		g.askQuiz()
	case toolTour:
		g.nextTour()
	case toolSection:
		g.toggleSection()
	case toolLabels:
		g.ctl.do(actLabels)
	case toolPresenter:
		g.setPresenter(!g.present.on)
	case toolHelp:
		g.ctl.do(actHelp)
	case toolAbout:
		g.toggleAbout()
	case toolReset:
		g.ctl.do(actReset)
	case toolSave:
		g.export.start(g, false)
	case toolPrev:
		g.stepTour(-1)
	case toolNext:
		g.stepTour(1)
	case toolClose:
		g.back()
	case toolMenu:
		g.menuOpen = !g.menuOpen
	case toolFullscreen:
		g.ctl.fullscreen = !g.ctl.fullscreen
	}
}

// clickTool uses the tool under a click at (x, y) of the frame, and
// reports whether there was one: the button takes the click.
func (g *Game) clickTool(x, y float32) bool {
	for _, b := range g.frameLayout.tools {
		if inBox(b.box, x, y) {
			g.use(b.tool)
			return true
		}
	}
	return false
}

// drawTools draws the toolbar's buttons and, when open, the menu.
func (g *Game) drawTools(dl *view.DrawList, L *screenLayout) {
	if L.menu.W > 0 {
		dl.Panel(L.menu.ID, L.menu.X, L.menu.Y, L.menu.W, L.menu.H, panelColor)
	}
	for _, b := range L.tools {
		bg, fg := buttonColor, buttonBorder
		if g.on(b.tool) {
			bg, fg = buttonOnColor, hoverColor
		}
		x := b.box
		dl.Panel(x.ID, x.X, x.Y, x.W, x.H, bg)
		dl.Label(x.X+x.W/2, x.Y+x.H/2+L.btnSize*0.35, L.btnSize, fg, view.AlignCenter, toolNames[b.tool])
	}
}

// buttonOnColor is the colour of a button whose mode or view is on.
var buttonOnColor = [4]float32{0.16, 0.38, 0.55, 0.95}
