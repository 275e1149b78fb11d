package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// scope is where a key binding holds: keys mean different things in a
// tour, in lesion mode and in a trace.
type scope int

// The scopes.
const (
	always      scope = iota
	inTour            // a tour plays
	noTour            // no tour plays
	inLesion          // lesion mode or the quiz, no tour
	inQuiz            // the quiz, no tour
	inTrace           // a trace, no tour
	inSection         // a section under no mode that takes its keys: no tour, lesion mode or quiz
	notInLesion       // neither lesion mode nor a tour
	withPatient       // the patient is shown: lesion mode or the quiz, in a tour too
	inFocus           // a toolbar button has the keyboard's focus
	inPanel           // the list of controls or the About panel is open
	onStrip           // lesion mode's panels fold to a strip (a narrow window), no tour
	presenting        // presenter mode, in a tour too
)

// shiftRule says whether a binding wants Shift held.
type shiftRule int

// The shift rules.
const (
	anyShift shiftRule = iota
	noShift
	withShift
)

// binding is one line of the key table: a key, in a scope, asks the
// explorer for an action (ex, with factor for the sizes and speeds), turns
// the camera (cam) or runs a command of the game's (run); held keys that
// repeat follow one rule (repeats). Its values are all constant, so that
// the table is data, not code run at start-up.
type binding struct {
	key    ebiten.Key
	shift  shiftRule
	where  scope
	repeat bool
	// name says what the binding does, for tests and the help.
	name   string
	ex     explorer.Kind
	factor float32
	// row is the pages a page's key turns.
	row int
	cam action
	run func(g *Game)
}

// press carries out what the binding does.
func (b *binding) press(g *Game) {
	switch {
	case b.run != nil:
		b.run(g)
	case b.cam != actNone:
		g.ctl.do(b.cam)
	case b.ex == explorer.NextTrace || b.ex == explorer.PrevTrace:
		// A start that cannot be traced is the atlas's fault: the
		// caption says so.
		g.report(g.do(explorer.Act(b.ex)))
	default:
		if err := g.do(explorer.Action{Kind: b.ex, Factor: b.factor, Row: b.row}); err != nil {
			g.showNotes([]string{err.Error()})
		}
	}
}

// keyTable is every key the explorer reads, the first binding of a key
// whose scope and shift hold winning: a tour's steps before the camera's
// arrows, lesion mode's [ ] before a trace's.
var keyTable = []binding{
	{key: ebiten.KeyEscape, name: "back", run: (*Game).escape},
	{key: ebiten.KeyTab, shift: noShift, name: "next button", run: (*Game).focusNext},
	{key: ebiten.KeyTab, shift: withShift, name: "previous button", run: (*Game).focusPrev},
	{key: ebiten.KeyEnter, where: inFocus, name: "press button", run: (*Game).pressFocused},
	{key: ebiten.KeyNumpadEnter, where: inFocus, name: "press button", run: (*Game).pressFocused},
	{key: ebiten.KeySpace, where: inFocus, name: "press button", run: (*Game).pressFocused},
	// A narrow window folds lesion mode's panels to a strip a click
	// opens; Enter opens it (and folds it) for the keyboard.
	{key: ebiten.KeyEnter, where: onStrip, name: "open or fold the findings", ex: explorer.TogglePanels},
	{key: ebiten.KeyNumpadEnter, where: onStrip, name: "open or fold the findings", ex: explorer.TogglePanels},
	// The open list of controls (or About panel) is topmost: its pages
	// turn before a tour's steps or the camera.
	{key: ebiten.KeyArrowRight, where: inPanel, name: "next page", ex: explorer.HelpPage, row: 1},
	{key: ebiten.KeyPageDown, where: inPanel, name: "next page", ex: explorer.HelpPage, row: 1},
	{key: ebiten.KeySpace, where: inPanel, name: "next page", ex: explorer.HelpPage, row: 1},
	{key: ebiten.KeyArrowLeft, where: inPanel, name: "previous page", ex: explorer.HelpPage, row: -1},
	{key: ebiten.KeyPageUp, where: inPanel, name: "previous page", ex: explorer.HelpPage, row: -1},
	{key: ebiten.KeyArrowRight, where: inTour, name: "next step", ex: explorer.TourNext},
	{key: ebiten.KeyArrowDown, where: inTour, name: "next step", ex: explorer.TourNext},
	{key: ebiten.KeyPageDown, where: inTour, name: "next step", ex: explorer.TourNext},
	{key: ebiten.KeySpace, where: inTour, name: "next step", ex: explorer.TourNext},
	{key: ebiten.KeyArrowLeft, where: inTour, name: "step back", ex: explorer.TourBack},
	{key: ebiten.KeyArrowUp, where: inTour, name: "step back", ex: explorer.TourBack},
	{key: ebiten.KeyPageUp, where: inTour, name: "step back", ex: explorer.TourBack},
	{key: ebiten.KeyBackspace, where: inTour, name: "step back", ex: explorer.TourBack},
	// A clicker sends only →, ←, Page Down, Page Up, Space, B or the
	// full stop, Esc and F5: in lesion mode and the quiz they turn the
	// report's pages, in a section they step its levels, in presenter
	// mode B and the full stop black the screen, as slides do (the full
	// stop still steps a trace, which needs it), and F5 starts
	// presenting.
	{key: ebiten.KeyArrowRight, where: inLesion, name: "report's next page", ex: explorer.ReportPage, row: 1},
	{key: ebiten.KeyPageDown, where: inLesion, name: "report's next page", ex: explorer.ReportPage, row: 1},
	{key: ebiten.KeySpace, where: inLesion, name: "report's next page", ex: explorer.ReportPage, row: 1},
	{key: ebiten.KeyArrowLeft, where: inLesion, name: "report's previous page", ex: explorer.ReportPage, row: -1},
	{key: ebiten.KeyPageUp, where: inLesion, name: "report's previous page", ex: explorer.ReportPage, row: -1},
	{key: ebiten.KeyArrowRight, where: inSection, repeat: true, name: "section down", ex: explorer.SectionDown},
	{key: ebiten.KeyPageDown, where: inSection, repeat: true, name: "section down", ex: explorer.SectionDown},
	{key: ebiten.KeyArrowLeft, where: inSection, repeat: true, name: "section up", ex: explorer.SectionUp},
	{key: ebiten.KeyPageUp, where: inSection, repeat: true, name: "section up", ex: explorer.SectionUp},
	{key: ebiten.KeyB, where: presenting, name: "black screen", ex: explorer.ToggleBlack},
	{key: ebiten.KeyPeriod, where: inTrace, name: "step", ex: explorer.StepTrace},
	{key: ebiten.KeyPeriod, where: presenting, name: "black screen", ex: explorer.ToggleBlack},
	{key: ebiten.KeyO, name: "next tour", run: (*Game).nextTour},
	{key: ebiten.KeyP, name: "presenter", ex: explorer.TogglePresenter},
	// A clicker's "start the slideshow" (F5, Shift-F5 from this slide):
	// the page keeps the browser from reloading (present_js.go).
	{key: ebiten.KeyF5, name: "start presenting", run: (*Game).startPresenting},

	{key: ebiten.KeyArrowLeft, repeat: true, name: "turn left", cam: actOrbitLeft},
	{key: ebiten.KeyArrowRight, repeat: true, name: "turn right", cam: actOrbitRight},
	{key: ebiten.KeyArrowUp, repeat: true, name: "turn up", cam: actOrbitUp},
	{key: ebiten.KeyArrowDown, repeat: true, name: "turn down", cam: actOrbitDown},
	{key: ebiten.KeyEqual, repeat: true, name: "zoom in", cam: actZoomIn},
	{key: ebiten.KeyNumpadAdd, repeat: true, name: "zoom in", cam: actZoomIn},
	{key: ebiten.KeyMinus, repeat: true, name: "zoom out", cam: actZoomOut},
	{key: ebiten.KeyNumpadSubtract, repeat: true, name: "zoom out", cam: actZoomOut},
	{key: ebiten.KeyL, name: "labels", ex: explorer.ToggleLabels},
	{key: ebiten.KeyV, name: "look", ex: explorer.CycleLook},
	{key: ebiten.KeyT, name: "proportions", ex: explorer.ToggleProportions},
	{key: ebiten.KeyH, name: "help", ex: explorer.ToggleHelp},
	{key: ebiten.KeyR, name: "reset view", ex: explorer.ResetView},
	{key: ebiten.KeyF, name: "full screen", cam: actFullscreen},
	{key: ebiten.KeyDigit1, name: "front view", cam: actViewFront},
	{key: ebiten.KeyDigit2, name: "left view", cam: actViewLeft},
	{key: ebiten.KeyDigit3, name: "right view", cam: actViewRight},
	{key: ebiten.KeyDigit4, name: "back view", cam: actViewBack},
	{key: ebiten.KeyDigit5, name: "top view", cam: actViewTop},
	{key: ebiten.KeyDigit6, name: "bottom view", cam: actViewBottom},
	{key: ebiten.KeyDigit0, name: "oblique view", cam: actViewOblique},

	{key: ebiten.KeyS, shift: noShift, where: noTour, name: "save picture", run: (*Game).save},
	{key: ebiten.KeyS, shift: withShift, where: noTour, name: "save picture on white", run: (*Game).saveOnWhite},
	{key: ebiten.KeyE, where: noTour, name: "lesion mode", ex: explorer.ToggleLesion},
	{key: ebiten.KeyG, shift: noShift, where: withPatient, name: "next examination", run: (*Game).nextExam},
	{key: ebiten.KeyM, shift: noShift, where: withPatient, name: "report's next page", ex: explorer.ReportPage, row: 1},
	{key: ebiten.KeyM, shift: withShift, where: withPatient, name: "report's previous page", ex: explorer.ReportPage, row: -1},
	{key: ebiten.KeyG, shift: withShift, where: withPatient, name: "previous examination", run: (*Game).prevExam},
	{key: ebiten.KeyQ, where: noTour, name: "quiz", run: (*Game).askQuiz},
	{key: ebiten.KeyI, where: inQuiz, name: "hint", run: (*Game).quizHintNow},
	{key: ebiten.KeyBracketLeft, where: inLesion, repeat: true, name: "smaller lesion", ex: explorer.ResizeLesion, factor: 1 / explorer.ResizeStep},
	{key: ebiten.KeyBracketRight, where: inLesion, repeat: true, name: "larger lesion", ex: explorer.ResizeLesion, factor: explorer.ResizeStep},
	{key: ebiten.KeyDelete, where: inLesion, name: "remove lesion", ex: explorer.RemoveLesion},
	{key: ebiten.KeyBackspace, where: inLesion, name: "remove lesion", ex: explorer.RemoveLesion},
	{key: ebiten.KeyZ, where: inLesion, name: "undo", ex: explorer.UndoLesion},
	{key: ebiten.KeyA, where: inLesion, name: "acute or chronic", ex: explorer.TogglePhase},
	{key: ebiten.KeyN, shift: noShift, where: notInLesion, name: "next trace", ex: explorer.NextTrace},
	{key: ebiten.KeyN, shift: withShift, where: notInLesion, name: "previous trace", ex: explorer.PrevTrace},
	{key: ebiten.KeyB, where: inTrace, name: "previous trace", ex: explorer.PrevTrace},
	{key: ebiten.KeySpace, where: inTrace, name: "pause", ex: explorer.PauseTrace},
	{key: ebiten.KeyBracketLeft, where: inTrace, repeat: true, name: "slower", ex: explorer.TraceSpeed, factor: 1 / explorer.SpeedStep},
	{key: ebiten.KeyBracketRight, where: inTrace, repeat: true, name: "faster", ex: explorer.TraceSpeed, factor: explorer.SpeedStep},
	{key: ebiten.KeyC, where: inTrace, name: "camera follows", ex: explorer.FollowTrace},
	{key: ebiten.KeyX, where: noTour, name: "section", ex: explorer.ToggleSection},
	{key: ebiten.KeySpace, where: inSection, name: "section down", ex: explorer.SectionDown},
}

// charTable holds the keys read as characters, so that '?' and '/' mean
// the same on every keyboard layout.
var charTable = []struct {
	char  rune
	where scope
	name  string
	run   func(g *Game)
}{
	{'?', always, "help", (*Game).toggleHelp},
	{'/', noTour, "classic lesions", (*Game).openPicker},
}

// The key-repeat rule: a held key repeats after repeatDelay ticks, then
// every repeatEvery ticks (a quarter second, then 20 times a second).
const (
	repeatDelay = 15
	repeatEvery = 3
)

// repeats tells whether a key held for d ticks acts this tick.
func repeats(d int) bool {
	return d == 1 || (d >= repeatDelay && (d-repeatDelay)%repeatEvery == 0)
}

// holds tells whether the game is in scope s.
func (g *Game) holds(s scope) bool {
	touring := g.ex.Player() != nil
	switch s {
	case inTour:
		return touring
	case noTour:
		return !touring
	case inLesion:
		return !touring && g.ex.Lesioning()
	case inQuiz:
		return !touring && g.ex.Is(explorer.Quiz)
	case inTrace:
		return !touring && g.ex.Is(explorer.Trace)
	case inSection:
		return !touring && g.ex.Section() != "" && !g.ex.Lesioning()
	case notInLesion:
		return !touring && !g.ex.Lesioning()
	case withPatient:
		return g.ex.Lesioning()
	case inFocus:
		return g.focused
	case inPanel:
		return g.ex.Help() || g.ex.About()
	case onStrip:
		return !touring && g.ex.Lesioning() && g.frameLayout.Strip.W > 0
	case presenting:
		return g.ex.Presenter()
	}
	return true
}

// lookup returns the binding a key press means in the scopes that hold,
// or nil.
func lookup(k ebiten.Key, shift bool, holds func(scope) bool) *binding {
	for i := range keyTable {
		b := &keyTable[i]
		if b.key != k || (b.shift == noShift && shift) || (b.shift == withShift && !shift) {
			continue
		}
		if holds(b.where) {
			return b
		}
	}
	return nil
}

// readKeys carries out this tick's keys through the key table, each key
// once, and keeps the characters typed.
func (g *Game) readKeys() {
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	g.keys = inpututil.AppendPressedKeys(g.keys[:0])
	for _, k := range g.keys {
		b := lookup(k, shift, g.holds)
		if b == nil {
			continue
		}
		d := inpututil.KeyPressDuration(k)
		if d == 1 || (b.repeat && repeats(d)) {
			b.press(g)
		}
	}
	if presentAsked() {
		g.startPresenting()
	}
	g.ptr.chars = ebiten.AppendInputChars(g.ptr.chars[:0])
	for _, c := range charTable {
		if g.ptr.typed(c.char) && g.holds(c.where) {
			c.run(g)
		}
	}
}

// The game's own commands in the key table, as methods so that the table
// holds no closures.

// escape closes the topmost thing; the keyboard leaves the toolbar too,
// so that Space and Enter mean the explorer's keys again.
func (g *Game) escape() {
	g.focused = false
	g.act(explorer.Back)
}

func (g *Game) focusNext()   { g.moveFocus(1) }
func (g *Game) focusPrev()   { g.moveFocus(-1) }
func (g *Game) save()        { g.export.start(g, false) }
func (g *Game) saveOnWhite() { g.export.start(g, true) }
func (g *Game) nextExam()    { g.ex.Examine(1) }
func (g *Game) prevExam()    { g.ex.Examine(-1) }
func (g *Game) quizHintNow() { g.act(explorer.QuizHint) }
func (g *Game) toggleHelp()  { g.act(explorer.ToggleHelp) }
func (g *Game) nextTour()    { g.startTour(-1) }

// startPresenting is what a clicker's F5 asks, as a slideshow starts:
// presenter mode and full screen (where the browser allows it). Pressed
// again it changes nothing, as a slideshow started twice is one.
func (g *Game) startPresenting() {
	if !g.ex.Presenter() {
		g.act(explorer.TogglePresenter)
	}
	g.ctl.fullscreen = true
}
