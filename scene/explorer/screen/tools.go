package screen

import (
	"slices"

	"github.com/decussate/decussate/scene/view"
)

// Tool is one of the toolbar's buttons: what a key does, for a person
// with a mouse, a finger or a clicker instead of a keyboard.
type Tool int

// The tools, in the toolbar's order.
const (
	ToolTrace Tool = iota
	ToolLesion
	ToolClassic
	ToolQuiz
	ToolTour
	ToolSection
	ToolLabels
	ToolLook
	ToolPresenter
	ToolHelp
	ToolAbout
	ToolReset
	ToolSave
	ToolPrev
	ToolNext
	ToolClose
	ToolMenu
	ToolFullscreen
	// ToolHint, ToolLevelUp and ToolLevelDown join the row while the quiz
	// asks and while a section is shown: what I and Page Up / Page Down
	// do, for a finger.
	ToolHint
	ToolLevelUp
	ToolLevelDown
	// Lesion mode's tools (LesionTools): what Z, Delete, [ ], A and
	// Shift-click do, for a finger. ToolMove arms the next tap to move
	// the selected lesion.
	ToolUndo
	ToolRemove
	ToolSmaller
	ToolLarger
	ToolPhase
	ToolMove
	// A trace's tools (TraceTools): what Space, ., [ ] and C do.
	ToolPause
	ToolStep
	ToolSlower
	ToolFaster
	ToolFollow
	NumTools
)

// toolNames are the buttons' words, and toolIDs their boxes' names for
// the page: fixed strings, so a frame's boxes allocate nothing.
var (
	toolNames = [NumTools]string{
		ToolTrace: "Trace", ToolLesion: "Lesion", ToolClassic: "Classic lesions", ToolQuiz: "Quiz",
		ToolTour: "Tour", ToolSection: "Section", ToolLabels: "Labels", ToolLook: "Look", ToolPresenter: "Presenter",
		ToolHelp: "Help", ToolAbout: "About", ToolReset: "Reset view", ToolSave: "Save picture", ToolPrev: "‹ Back",
		ToolNext: "Next ›", ToolClose: "Close", ToolMenu: "Menu", ToolFullscreen: "Full screen",
		ToolHint: "Hint", ToolLevelUp: "Level ↑", ToolLevelDown: "Level ↓",
		ToolUndo: "Undo", ToolRemove: "Remove", ToolSmaller: "Smaller", ToolLarger: "Larger", ToolPhase: "Acute",
		ToolMove: "Move", ToolPause: "Pause", ToolStep: "Step", ToolSlower: "Slower", ToolFaster: "Faster", ToolFollow: "Follow",
	}
	toolIDs = [NumTools]string{
		ToolTrace: "tool-trace", ToolLesion: "tool-lesion", ToolClassic: "tool-classic", ToolQuiz: "tool-quiz",
		ToolTour: "tool-tour", ToolSection: "tool-section", ToolLabels: "tool-labels", ToolLook: "tool-look", ToolPresenter: "tool-presenter",
		ToolHelp: "tool-help", ToolAbout: "tool-about", ToolReset: "tool-reset", ToolSave: "tool-save", ToolPrev: "tool-prev",
		ToolNext: "tool-next", ToolClose: "tool-close", ToolMenu: "tool-menu", ToolFullscreen: "tool-fullscreen",
		ToolHint: "tool-hint", ToolLevelUp: "tool-level-up", ToolLevelDown: "tool-level-down",
		ToolUndo: "tool-undo", ToolRemove: "tool-remove", ToolSmaller: "tool-smaller", ToolLarger: "tool-larger", ToolPhase: "tool-phase",
		ToolMove: "tool-move", ToolPause: "tool-pause", ToolStep: "tool-step", ToolSlower: "tool-slower", ToolFaster: "tool-faster", ToolFollow: "tool-follow",
	}
)

// LesionTools are lesion mode's buttons, and TraceTools a trace's, in
// their row's order: shown only in their mode, outside a tour.
var (
	LesionTools = []Tool{ToolUndo, ToolRemove, ToolSmaller, ToolLarger, ToolPhase, ToolMove}
	TraceTools  = []Tool{ToolPause, ToolStep, ToolSlower, ToolFaster, ToolFollow}
)

// label returns a button's words as c shows it. The pause button names
// what a press does, as a player's does: Play while paused, Replay once
// the volley has arrived. The phase
// button is a switch, as Labels and Follow are: Acute, lit while the
// acute phase shows (Content.On), unlit in the chronic phase, the
// default; one word, so that lesion mode's buttons keep to one row on a
// phone.
func label(t Tool, c *Content) string {
	switch {
	case t == ToolPause && c.Arrived:
		return "Replay"
	case t == ToolPause && c.Paused:
		return "Play"
	}
	return toolNames[t]
}

// modeTools returns the buttons of the mode c shows: lesion mode's or a
// trace's, none during a tour (which steps on its own).
func modeTools(c *Content) []Tool {
	switch {
	case c.Touring:
		return nil
	case c.Lesion:
		return LesionTools
	case c.Tracing:
		return TraceTools
	}
	return nil
}

// String returns the button's words.
func (t Tool) String() string {
	if t < 0 || t >= NumTools {
		return "?"
	}
	return toolNames[t]
}

// MenuTools are the tools the menu holds on a screen too narrow for a
// row of them all, and the wide row's, in order.
var MenuTools = []Tool{ToolTrace, ToolLesion, ToolClassic, ToolQuiz, ToolTour, ToolSection,
	ToolLabels, ToolLook, ToolPresenter, ToolHelp, ToolAbout, ToolReset, ToolSave}

// Button is a tool placed on the screen.
type Button struct {
	Tool Tool
	Box  view.Box
}

// rowTools returns the tools of the bottom row: all of them on a wide
// screen, or the menu; the tour's steps while one plays, a section's
// levels while one shows, the quiz's hint while it asks, with mode the
// mode's tools (modeTools); Close when something is open; with full,
// full screen last.
func rowTools(dst []Tool, c *Content, all, mode, full bool) []Tool {
	switch {
	case c.Touring:
		dst = append(dst, ToolPrev, ToolNext)
	case c.On[ToolSection]:
		dst = append(dst, ToolLevelUp, ToolLevelDown)
	}
	if c.Quiz != "" {
		dst = append(dst, ToolHint)
	}
	if mode {
		dst = append(dst, modeTools(c)...)
	}
	if all {
		dst = append(dst, MenuTools...)
	} else {
		dst = append(dst, ToolMenu)
	}
	if c.Closable {
		dst = append(dst, ToolClose)
	}
	if full {
		dst = append(dst, ToolFullscreen)
	}
	return dst
}

// Buttons have buttonInset of the text's size beside their words, or
// tightInset where that keeps full screen on a row that would otherwise
// give it to the menu, or a phone's mode buttons on one row (modeInset).
const (
	buttonInset = 1.4
	tightInset  = 0.8
)

// placeTools lays the bottom row's tools out from the left, full screen
// at the right end, buttons bh high on the row at y, inset beside their
// words, and returns them; nil when all the tools, or the mode's, were
// asked for and they do not fit w.
func (s *Screen) placeTools(dst []Button, c *Content, size, bh, gap, y, w, inset float32, all, mode, full bool) []Button {
	tools := rowTools(s.toolBuf[:0], c, all, mode, full)
	s.toolBuf = tools
	x := gap
	for i, t := range tools {
		bw := s.t.Width(label(t, c), size) + inset*size
		if x+bw > w-gap {
			if all || (mode && len(modeTools(c)) > 0) {
				return nil
			}
			break
		}
		if full && i == len(tools)-1 {
			// Full screen at the right end, checked before it is moved
			// there: w-gap-bw+bw can round over w-gap, which left a
			// phone in presenter mode without it.
			x = w - gap - bw
		}
		dst = append(dst, Button{Tool: t, Box: view.Box{ID: toolIDs[t], X: x, Y: y, W: bw, H: bh}})
		x += bw + gap
	}
	return dst
}

// placeRows lays the toolbar out with its bottom row at y and returns its
// buttons and the top of its rows. The mode's tools join the row when
// they fit beside every tool; else the row stays as in every mode (every
// tool) with the mode's tools on a row above it; else they join the menu
// on one row when they fit beside it (a projector in presenter mode: the
// panels keep a row's height), the buttons narrower about their words
// where that keeps full screen on the row (the same projector in the
// quiz, whose Hint takes a button's room: full screen is how a teacher
// leaves it), or with full screen moved to the menu; else the menu's row
// has the mode's tools on a row of their own above it, or two.
func (s *Screen) placeRows(dst []Button, c *Content, size, bh, gap, y, w float32) ([]Button, float32) {
	if row := s.placeTools(dst, c, size, bh, gap, y, w, buttonInset, true, true, true); row != nil {
		return row, y
	}
	if row := s.placeTools(dst, c, size, bh, gap, y, w, buttonInset, true, false, true); row != nil {
		return s.placeModeRows(row, c, size, bh, gap, y, w)
	}
	if len(modeTools(c)) > 0 {
		for _, inset := range []float32{buttonInset, tightInset} {
			if row := s.placeTools(dst, c, size, bh, gap, y, w, inset, false, true, true); row != nil {
				return row, y
			}
		}
		if row := s.placeTools(dst, c, size, bh, gap, y, w, buttonInset, false, true, false); row != nil {
			return row, y
		}
	}
	return s.placeModeRows(s.placeTools(dst, c, size, bh, gap, y, w, buttonInset, false, false, true), c, size, bh, gap, y, w)
}

// placeModeRows lays the mode's tools (modeTools) out in rows above the
// bottom row at y, from the left, and returns them added to dst and the
// top of the rows (y when there are none): a phone's second row, where
// the bottom one holds the menu. They keep to one row, the buttons
// narrower about their words down to tightInset, where that fits w (a
// phone's 14 CSS px words, modeInset); else as many to a row as fit.
func (s *Screen) placeModeRows(dst []Button, c *Content, size, bh, gap, y, w float32) ([]Button, float32) {
	tools := modeTools(c)
	if len(tools) == 0 {
		return dst, y
	}
	inset := s.modeInset(tools, c, size, gap, w)
	// Fill rows from the top one down, so that the row nearest the
	// thumb is the last and the order reads as on a wide screen.
	var rows [][2]int // each row's first and end index in tools
	x, first := gap, 0
	for i, t := range tools {
		bw := s.t.Width(label(t, c), size) + inset*size
		if x+bw > w-gap && i > first {
			rows = append(rows, [2]int{first, i})
			x, first = gap, i
		}
		x += bw + gap
	}
	rows = append(rows, [2]int{first, len(tools)})
	top := y - float32(len(rows))*(bh+gap)
	for r, span := range rows {
		x := gap
		ry := top + float32(r)*(bh+gap)
		for _, t := range tools[span[0]:span[1]] {
			bw := min(s.t.Width(label(t, c), size)+inset*size, w-2*gap)
			dst = append(dst, Button{Tool: t, Box: view.Box{ID: toolIDs[t], X: x, Y: ry, W: bw, H: bh}})
			x += bw + gap
		}
	}
	return dst, top
}

// modeInset returns how much of the text's size the mode's buttons have
// beside their words: buttonInset where the row has room, less where
// that keeps them on one row, down to tightInset; buttonInset again where
// even tightInset does not, the buttons then wrapping to a second row.
// Lesion mode's six words at a phone's 14 CSS px take 250 of a 360 CSS
// px phone's width: at buttonInset they would take three rows with the
// menu's, the model and the report losing a row's height.
func (s *Screen) modeInset(tools []Tool, c *Content, size, gap, w float32) float32 {
	words := float32(0)
	for _, t := range tools {
		words += s.t.Width(label(t, c), size)
	}
	n := float32(len(tools))
	// The row's buttons and their gaps, one before each and one after
	// the last, as placeTools leaves them, and a pixel to spare: summed
	// again button by button, the widths can round over w.
	fit := (w - (n+1)*gap - words - 1) / (n * size)
	if fit < tightInset {
		return buttonInset
	}
	return min(buttonInset, fit)
}

// placeMenu lays the menu's tools out in a grid inside area, as many
// columns as fit, and returns the menu's panel and the tools added to dst.
func (s *Screen) placeMenu(dst []Button, area view.Box, size, bh, gap float32) (view.Box, []Button) {
	tools := MenuTools
	if !slices.ContainsFunc(dst, func(b Button) bool { return b.Tool == ToolFullscreen }) {
		// The row had no room for it (a phone in presenter mode, in a
		// tour): the menu holds it.
		tools = append(s.toolBuf[:0], MenuTools...)
		tools = append(tools, ToolFullscreen)
		s.toolBuf = tools
	}
	cw := float32(0)
	for _, t := range tools {
		cw = max(cw, s.t.Width(toolNames[t], size)+2*size)
	}
	cols := max(1, min(3, int((area.W-gap)/(cw+gap))))
	cw = (area.W-gap)/float32(cols) - gap
	rows := (len(tools) + cols - 1) / cols
	menu := view.Box{ID: "menu", X: area.X, Y: area.Y, W: area.W, H: min(area.H, float32(rows)*(bh+gap)+gap)}
	for i, t := range tools {
		x := area.X + gap + float32(i%cols)*(cw+gap)
		y := area.Y + gap + float32(i/cols)*(bh+gap)
		if y+bh > menu.Y+menu.H {
			break
		}
		dst = append(dst, Button{Tool: t, Box: view.Box{ID: toolIDs[t], X: x, Y: y, W: cw, H: bh}})
	}
	return menu, dst
}

// drawTools draws the toolbar's buttons and, when open, the menu.
func drawTools(dl *view.DrawList, L *Layout, c *Content) {
	if L.Menu.W > 0 {
		dl.Panel(L.Menu.ID, L.Menu.X, L.Menu.Y, L.Menu.W, L.Menu.H, panelColor)
	}
	for _, b := range L.Tools {
		bg, fg := buttonColor, buttonBorder
		switch {
		case c.On[b.Tool]:
			bg, fg = buttonOnColor, hoverColor
		case c.Idle[b.Tool]:
			bg, fg = buttonIdle, buttonIdleText
		}
		x := b.Box
		dl.Panel(x.ID, x.X, x.Y, x.W, x.H, bg)
		dl.Label(x.X+x.W/2, x.Y+x.H/2+L.btnSize*0.35, L.btnSize, fg, view.AlignCenter, label(b.Tool, c))
		if c.Focused && b.Tool == c.Focus {
			drawFocus(dl, x, L.M.Ratio)
		}
	}
}

// drawFocus draws the ring around the focused button, outside its edge so
// that its words stay readable.
func drawFocus(dl *view.DrawList, b view.Box, ratio float32) {
	w := max(2, 3*ratio)
	x0, y0, x1, y1 := b.X-w, b.Y-w, b.X+b.W+w, b.Y+b.H+w
	dl.Line(x0, y0, x1, y0, w, focusRing)
	dl.Line(x1, y0, x1, y1, w, focusRing)
	dl.Line(x1, y1, x0, y1, w, focusRing)
	dl.Line(x0, y1, x0, y0, w, focusRing)
}

// ToolAt returns the button at (x, y) of the frame, if any.
func (L *Layout) ToolAt(x, y float32) (Tool, bool) {
	for _, b := range L.Tools {
		if In(b.Box, x, y) {
			return b.Tool, true
		}
	}
	return 0, false
}

// In reports whether (x, y) is on b.
func In(b view.Box, x, y float32) bool {
	return b.W > 0 && x >= b.X && x <= b.X+b.W && y >= b.Y && y <= b.Y+b.H
}
