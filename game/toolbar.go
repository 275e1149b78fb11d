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

// use does what a tool's button says: the explorer does it (UseTool),
// the adapter what only it can (full screen, saving the picture), and a
// refusal is shown as a note.
func (g *Game) use(t tool) {
	if explorer.ToolNeedsLibrary(t) {
		g.loadLibrary()
	}
	effect, err := g.ex.UseTool(t)
	g.follow()
	if err != nil {
		g.showNotes([]string{err.Error()})
	}
	switch effect {
	case explorer.ToggleFullscreen:
		g.ctl.fullscreen = !g.ctl.fullscreen
	case explorer.SavePicture:
		g.export.start(g, false)
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
