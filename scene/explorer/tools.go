package explorer

import (
	"fmt"

	"github.com/decussate/decussate/scene/explorer/screen"
)

// The steps the size and speed buttons (and keys) take: a lesion's
// radius grows or shrinks by ResizeStep, an impulse's speed by SpeedStep.
const (
	ResizeStep = 1.25
	SpeedStep  = 1.5
)

// ToolEffect is what a toolbar button asks of the adapter that the
// explorer cannot do itself: the window's and the file system's.
type ToolEffect int

// The effects: none, full screen switched, the picture saved.
const (
	NoToolEffect ToolEffect = iota
	ToggleFullscreen
	SavePicture
)

// toolActions are the buttons that are one action of the explorer.
var toolActions = [screen.NumTools]Action{
	screen.ToolLesion:    {Kind: ToggleLesion},
	screen.ToolClassic:   {Kind: OpenPicker},
	screen.ToolQuiz:      {Kind: NextQuiz},
	screen.ToolTour:      {Kind: StartTour, Tour: -1},
	screen.ToolSection:   {Kind: ToggleSection},
	screen.ToolLabels:    {Kind: ToggleLabels},
	screen.ToolLook:      {Kind: CycleLook},
	screen.ToolPresenter: {Kind: TogglePresenter},
	screen.ToolHelp:      {Kind: ToggleHelp},
	screen.ToolAbout:     {Kind: ToggleAbout},
	screen.ToolReset:     {Kind: ResetView},
	screen.ToolPrev:      {Kind: TourBack},
	screen.ToolNext:      {Kind: TourNext},
	screen.ToolClose:     {Kind: Back},
	screen.ToolMenu:      {Kind: ToggleMenu},
	screen.ToolHint:      {Kind: QuizHint},
	screen.ToolLevelUp:   {Kind: SectionUp},
	screen.ToolLevelDown: {Kind: SectionDown},
	screen.ToolUndo:      {Kind: UndoLesion},
	screen.ToolRemove:    {Kind: RemoveLesion},
	screen.ToolSmaller:   {Kind: ResizeLesion, Factor: 1 / ResizeStep},
	screen.ToolLarger:    {Kind: ResizeLesion, Factor: ResizeStep},
	screen.ToolPhase:     {Kind: TogglePhase},
	screen.ToolMove:      {Kind: ToggleMoveLesion},
	screen.ToolPause:     {Kind: PauseTrace},
	screen.ToolStep:      {Kind: StepTrace},
	screen.ToolSlower:    {Kind: TraceSpeed, Factor: 1 / SpeedStep},
	screen.ToolFaster:    {Kind: TraceSpeed, Factor: SpeedStep},
	screen.ToolFollow:    {Kind: FollowTrace},
}

// idleTools returns the buttons of lesion mode that have nothing to act on
// now (screen.Content.Idle): Undo with nothing to undo, Remove with no
// lesion selected nor a classic one in place, Smaller, Larger and Move
// with no sphere selected.
func (e *Explorer) idleTools() [screen.NumTools]bool {
	var idle [screen.NumTools]bool
	if !e.st.Lesioning() {
		return idle
	}
	sphere := e.movable()
	idle[screen.ToolUndo] = len(e.undo) == 0
	idle[screen.ToolRemove] = !e.removable()
	idle[screen.ToolSmaller], idle[screen.ToolLarger], idle[screen.ToolMove] = !sphere, !sphere, !sphere
	return idle
}

// ToolNeedsLibrary tells whether button t uses the classic lesions and
// tours, which the adapter loads late (after the first frame) and must
// load before the press.
func ToolNeedsLibrary(t screen.Tool) bool {
	return t == screen.ToolClassic || t == screen.ToolQuiz || t == screen.ToolTour
}

// UseTool does what toolbar button t says, closing the menu first (any
// button but Menu's), and returns what the adapter must do besides. Trace
// leaves lesion mode and traces the next start. The error says what could
// not be done, in words for a note.
func (e *Explorer) UseTool(t screen.Tool) (ToolEffect, error) {
	if t < 0 || t >= screen.NumTools {
		return NoToolEffect, fmt.Errorf("no toolbar button %d", int(t))
	}
	if t != screen.ToolMenu && e.menu {
		e.menu = false
	}
	if t == screen.ToolClose {
		// Close says it leaves the mode: opened compact panels fold
		// with it rather than take the press (Back folds them first).
		e.panelsOpen = false
	}
	switch t {
	case screen.ToolFullscreen:
		return ToggleFullscreen, nil
	case screen.ToolSave:
		return SavePicture, nil
	case screen.ToolTrace:
		e.leaveLesion()
		if err := e.Do(Act(NextTrace)); err != nil {
			return NoToolEffect, fmt.Errorf("cannot trace: %w", err)
		}
		return NoToolEffect, nil
	}
	a := toolActions[t]
	if a.Kind == None {
		return NoToolEffect, nil
	}
	return NoToolEffect, e.Do(a)
}
