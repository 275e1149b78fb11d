package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
)

// tool is one of the toolbar's buttons (scene/explorer/screen places
// and draws them); this file says what each does.
type tool = screen.Tool

// The tools the adapter names.
const (
	toolTrace      = screen.ToolTrace
	toolLesion     = screen.ToolLesion
	toolClassic    = screen.ToolClassic
	toolQuiz       = screen.ToolQuiz
	toolTour       = screen.ToolTour
	toolSection    = screen.ToolSection
	toolLabels     = screen.ToolLabels
	toolLook       = screen.ToolLook
	toolPresenter  = screen.ToolPresenter
	toolHelp       = screen.ToolHelp
	toolAbout      = screen.ToolAbout
	toolReset      = screen.ToolReset
	toolSave       = screen.ToolSave
	toolPrev       = screen.ToolPrev
	toolNext       = screen.ToolNext
	toolClose      = screen.ToolClose
	toolMenu       = screen.ToolMenu
	toolFullscreen = screen.ToolFullscreen
)

// use does what a tool's button says.
func (g *Game) use(t tool) {
	if t != toolMenu && g.ex.Menu() {
		g.act(explorer.ToggleMenu)
	}
	switch t {
	case toolTrace:
		if g.ex.Lesioning() {
			g.act(explorer.LeaveLesion)
		}
		g.report(g.do(explorer.Act(explorer.NextTrace)))
	case toolLesion:
		g.act(explorer.ToggleLesion)
	case toolClassic:
		g.openPicker()
	case toolQuiz:
		g.askQuiz()
	case toolTour:
		g.startTour(-1)
	case toolSection:
		g.act(explorer.ToggleSection)
	case toolLabels:
		g.act(explorer.ToggleLabels)
	case toolLook:
		g.act(explorer.CycleLook)
	case toolPresenter:
		g.act(explorer.TogglePresenter)
	case toolHelp:
		g.act(explorer.ToggleHelp)
	case toolAbout:
		g.act(explorer.ToggleAbout)
	case toolReset:
		g.act(explorer.ResetView)
	case toolSave:
		g.export.start(g, false)
	case toolPrev:
		g.act(explorer.TourBack)
	case toolNext:
		g.act(explorer.TourNext)
	case toolClose:
		g.act(explorer.Back)
	case toolMenu:
		g.act(explorer.ToggleMenu)
	case toolFullscreen:
		g.ctl.fullscreen = !g.ctl.fullscreen
	default:
		g.useTouchTool(t)
	}
}

// clickTool uses the tool under a click at (x, y) of the frame, and
// reports whether there was one: the button takes the click.
func (g *Game) clickTool(x, y float32) bool {
	t, ok := g.frameLayout.ToolAt(x, y)
	if ok {
		g.use(t)
	}
	return ok
}
