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
	inSection         // a section, no tour
	notInLesion       // neither lesion mode nor a tour
	withPatient       // the patient is shown: lesion mode or the quiz, in a tour too
	inFocus           // a toolbar button has the keyboard's focus
)

// shiftRule says whether a binding wants Shift held.
type shiftRule int

// The shift rules.
const (
	anyShift shiftRule = iota
	noShift
	withShift
)

// binding is one line of the key table: a key, in a scope, does a
// command; held keys that repeat follow one rule (repeats).
type binding struct {
	key    ebiten.Key
	shift  shiftRule
	where  scope
	repeat bool
	// name says what the binding does, for tests and the help.
	name string
	run  func(g *Game)
}

// ex returns a command carrying out an explorer action without
// parameters.
func ex(k explorer.Kind) func(g *Game) { return func(g *Game) { g.act(k) } }

// camera returns a command carrying out a camera action.
func camera(a action) func(g *Game) { return func(g *Game) { g.ctl.do(a) } }

// exWith returns a command carrying out an explorer action with
// parameters.
func exWith(a explorer.Action) func(g *Game) {
	return func(g *Game) {
		if err := g.do(a); err != nil {
			g.showNotes([]string{err.Error()})
		}
	}
}

// keyTable is every key the explorer reads, the first binding of a key
// whose scope and shift hold winning: a tour's steps before the camera's
// arrows, lesion mode's [ ] before a trace's.
var keyTable = []binding{
	{ebiten.KeyEscape, anyShift, always, false, "back", func(g *Game) {
		// The keyboard leaves the toolbar too, so that Space and Enter
		// mean the explorer's keys again.
		g.focused = false
		g.act(explorer.Back)
	}},
	{ebiten.KeyTab, noShift, always, false, "next button", func(g *Game) { g.moveFocus(1) }},
	{ebiten.KeyTab, withShift, always, false, "previous button", func(g *Game) { g.moveFocus(-1) }},
	{ebiten.KeyEnter, anyShift, inFocus, false, "press button", (*Game).pressFocused},
	{ebiten.KeyNumpadEnter, anyShift, inFocus, false, "press button", (*Game).pressFocused},
	{ebiten.KeySpace, anyShift, inFocus, false, "press button", (*Game).pressFocused},
	{ebiten.KeyArrowRight, anyShift, inTour, false, "next step", ex(explorer.TourNext)},
	{ebiten.KeyArrowDown, anyShift, inTour, false, "next step", ex(explorer.TourNext)},
	{ebiten.KeyPageDown, anyShift, inTour, false, "next step", ex(explorer.TourNext)},
	{ebiten.KeySpace, anyShift, inTour, false, "next step", ex(explorer.TourNext)},
	{ebiten.KeyArrowLeft, anyShift, inTour, false, "step back", ex(explorer.TourBack)},
	{ebiten.KeyArrowUp, anyShift, inTour, false, "step back", ex(explorer.TourBack)},
	{ebiten.KeyPageUp, anyShift, inTour, false, "step back", ex(explorer.TourBack)},
	{ebiten.KeyBackspace, anyShift, inTour, false, "step back", ex(explorer.TourBack)},
	{ebiten.KeyO, anyShift, always, false, "next tour", exWith(explorer.Action{Kind: explorer.StartTour, Tour: -1})},
	{ebiten.KeyP, anyShift, always, false, "presenter", ex(explorer.TogglePresenter)},

	{ebiten.KeyArrowLeft, anyShift, always, true, "turn left", camera(actOrbitLeft)},
	{ebiten.KeyArrowRight, anyShift, always, true, "turn right", camera(actOrbitRight)},
	{ebiten.KeyArrowUp, anyShift, always, true, "turn up", camera(actOrbitUp)},
	{ebiten.KeyArrowDown, anyShift, always, true, "turn down", camera(actOrbitDown)},
	{ebiten.KeyEqual, anyShift, always, true, "zoom in", camera(actZoomIn)},
	{ebiten.KeyNumpadAdd, anyShift, always, true, "zoom in", camera(actZoomIn)},
	{ebiten.KeyMinus, anyShift, always, true, "zoom out", camera(actZoomOut)},
	{ebiten.KeyNumpadSubtract, anyShift, always, true, "zoom out", camera(actZoomOut)},
	{ebiten.KeyL, anyShift, always, false, "labels", ex(explorer.ToggleLabels)},
	{ebiten.KeyT, anyShift, always, false, "proportions", ex(explorer.ToggleProportions)},
	{ebiten.KeyH, anyShift, always, false, "help", ex(explorer.ToggleHelp)},
	{ebiten.KeyR, anyShift, always, false, "reset view", ex(explorer.ResetView)},
	{ebiten.KeyF, anyShift, always, false, "full screen", camera(actFullscreen)},
	{ebiten.KeyDigit1, anyShift, always, false, "front view", camera(actViewFront)},
	{ebiten.KeyDigit2, anyShift, always, false, "left view", camera(actViewLeft)},
	{ebiten.KeyDigit3, anyShift, always, false, "right view", camera(actViewRight)},
	{ebiten.KeyDigit4, anyShift, always, false, "back view", camera(actViewBack)},
	{ebiten.KeyDigit5, anyShift, always, false, "top view", camera(actViewTop)},
	{ebiten.KeyDigit6, anyShift, always, false, "bottom view", camera(actViewBottom)},
	{ebiten.KeyDigit0, anyShift, always, false, "oblique view", camera(actViewOblique)},

	{ebiten.KeyS, noShift, noTour, false, "save picture", func(g *Game) { g.export.start(g, false) }},
	{ebiten.KeyS, withShift, noTour, false, "save picture on white", func(g *Game) { g.export.start(g, true) }},
	{ebiten.KeyE, anyShift, noTour, false, "lesion mode", ex(explorer.ToggleLesion)},
	{ebiten.KeyG, noShift, withPatient, false, "next examination", func(g *Game) { g.patient.step(1) }},
	{ebiten.KeyG, withShift, withPatient, false, "previous examination", func(g *Game) { g.patient.step(-1) }},
	{ebiten.KeyQ, anyShift, noTour, false, "quiz", (*Game).askQuiz},
	{ebiten.KeyI, anyShift, inQuiz, false, "hint", func(g *Game) { g.quizHint = g.quiz.hint(g.atlas) }},
	{ebiten.KeyBracketLeft, anyShift, inLesion, true, "smaller lesion", exWith(explorer.Action{Kind: explorer.ResizeLesion, Factor: 1 / 1.25})},
	{ebiten.KeyBracketRight, anyShift, inLesion, true, "larger lesion", exWith(explorer.Action{Kind: explorer.ResizeLesion, Factor: 1.25})},
	{ebiten.KeyDelete, anyShift, inLesion, false, "remove lesion", ex(explorer.RemoveLesion)},
	{ebiten.KeyBackspace, anyShift, inLesion, false, "remove lesion", ex(explorer.RemoveLesion)},
	{ebiten.KeyZ, anyShift, inLesion, false, "undo", ex(explorer.UndoLesion)},
	{ebiten.KeyA, anyShift, inLesion, false, "acute or chronic", ex(explorer.TogglePhase)},
	{ebiten.KeyN, noShift, notInLesion, false, "next trace", cycleTrace(explorer.NextTrace)},
	{ebiten.KeyN, withShift, notInLesion, false, "previous trace", cycleTrace(explorer.PrevTrace)},
	{ebiten.KeyB, anyShift, notInLesion, false, "previous trace", cycleTrace(explorer.PrevTrace)},
	{ebiten.KeySpace, anyShift, inTrace, false, "pause", ex(explorer.PauseTrace)},
	{ebiten.KeyPeriod, anyShift, inTrace, false, "step", ex(explorer.StepTrace)},
	{ebiten.KeyBracketLeft, anyShift, inTrace, true, "slower", exWith(explorer.Action{Kind: explorer.TraceSpeed, Factor: 1 / 1.5})},
	{ebiten.KeyBracketRight, anyShift, inTrace, true, "faster", exWith(explorer.Action{Kind: explorer.TraceSpeed, Factor: 1.5})},
	{ebiten.KeyC, anyShift, inTrace, false, "camera follows", ex(explorer.FollowTrace)},
	{ebiten.KeyX, anyShift, noTour, false, "section", ex(explorer.ToggleSection)},
	{ebiten.KeyPageDown, anyShift, inSection, true, "section down", ex(explorer.SectionDown)},
	{ebiten.KeyPageUp, anyShift, inSection, true, "section up", ex(explorer.SectionUp)},
}

// charTable holds the keys read as characters, so that '?' and '/' mean
// the same on every keyboard layout.
var charTable = []struct {
	char  rune
	where scope
	name  string
	run   func(g *Game)
}{
	{'?', always, "help", ex(explorer.ToggleHelp)},
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
	st := g.ex.State()
	switch s {
	case inTour:
		return touring
	case noTour:
		return !touring
	case inLesion:
		return !touring && st.Lesioning()
	case inQuiz:
		return !touring && st.Mode == explorer.Quiz
	case inTrace:
		return !touring && st.Mode == explorer.Trace
	case inSection:
		return !touring && st.Section != ""
	case notInLesion:
		return !touring && !st.Lesioning()
	case withPatient:
		return st.Lesioning()
	case inFocus:
		return g.focused
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
			b.run(g)
		}
	}
	g.ptr.chars = ebiten.AppendInputChars(g.ptr.chars[:0])
	for _, c := range charTable {
		if g.ptr.typed(c.char) && g.holds(c.where) {
			c.run(g)
		}
	}
}

// cycleTrace returns a command tracing the next or previous classic start.
func cycleTrace(k explorer.Kind) func(g *Game) {
	return func(g *Game) { g.report(g.do(explorer.Act(k))) }
}
