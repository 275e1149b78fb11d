package game

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/view"
)

// What the panels say, by mode: the layout sizes them from these, and
// drawPanels draws them.

// hints are the hint bar's words by mode: the keys on a wide screen, and
// what fingers do on a narrow one. The quiz is lesion mode's, a section
// explore's.
var hints = [2][modeTour + 1]string{
	{modeExplore: hint, modeSection: hint, modeTrace: traceHint, modeLesion: lesionHint, modeQuiz: lesionHint, modeTour: tourHint},
	{
		modeExplore: narrowHint, modeSection: narrowHint,
		modeTrace:  "Drag to turn · Menu, Trace: the next start · Close ends the trace",
		modeLesion: "Tap the model to place a lesion · Classic lesions: Menu · Close leaves",
		modeQuiz:   "Tap the model to place a lesion · Classic lesions: Menu · Close leaves",
		modeTour:   "Next › and ‹ Back step the tour · Close ends it",
	},
}

// narrowHint is the hint on a narrow screen while exploring.
const narrowHint = "Drag to turn · pinch to zoom · tap the gyrus to trace · Menu for the rest"

// hintText returns the hint bar's words for the mode, on a narrow screen
// or a wide one.
func (g *Game) hintText(narrow bool) string {
	i := 0
	if narrow {
		i = 1
	}
	return hints[i][g.mode()]
}

// captionText returns the caption band's words, and whether they are a
// tour's, drawn large for a room.
func (g *Game) captionText() (string, bool) {
	if g.tours.player != nil {
		return g.tours.caption(), true
	}
	return g.tracer.caption, false
}

// titleText returns the title over the model: a tour's and its progress,
// or what a trace starts from.
func (g *Game) titleText() string {
	if p := g.tours.player; p != nil {
		return fmt.Sprintf("%s  (%d of %d)", p.Tour().Title, p.Index()+1, p.Len())
	}
	if g.tracer.active {
		return g.tracer.title
	}
	return ""
}

// tagsText returns the tags at the top right: the proportions when true
// to scale, and the section's level.
func (g *Game) tagsText() string {
	var tags []string
	if g.ctl.proportion != 0 {
		tags = append(tags, "true scale")
	}
	if g.section.on && g.tours.player == nil {
		tags = append(tags, "Section: "+g.section.level().Name+"  (Page Up / Page Down)")
	}
	return strings.Join(tags, "  ·  ")
}

// noteText returns a note for a while: an export's status, or what could
// not be opened of a link.
func (g *Game) noteText() string {
	if g.export.status != "" {
		return g.export.status
	}
	if g.notice.sentences == nil {
		return ""
	}
	return g.notice.text
}

// quizText returns what the quiz says, while it runs.
func (g *Game) quizText() string {
	if g.quiz.active {
		return g.quizHint
	}
	return ""
}

// drawPanels draws everything over the model where the layout put it.
func (g *Game) drawPanels(dl *view.DrawList, L *screenLayout, px, py float32) {
	size, pad := L.size, L.pad
	w := float32(L.m.w)
	f := g.drawer.fonts
	for i, line := range L.title {
		dl.Label(w/2, L.titleY+float32(i)*size*lineGap, size, captionColor, view.AlignCenter, line)
	}
	if g.hoverName != "" {
		dl.Label(pad*2, L.hoverY, size*1.1, hoverColor, view.AlignLeft, f.fitLine(g.hoverName, size*1.1, L.hoverW))
	}
	if tags := g.tagsText(); tags != "" {
		dl.Label(w-pad*2, L.tagsY, size, scaleColor, view.AlignRight, f.fitLine(tags, size, w-4*pad))
	}
	if len(L.notes) > 0 {
		b := L.note
		dl.Panel(b.ID, b.X, b.Y, b.W, b.H, noticePanelColor)
		for i, line := range L.notes {
			dl.Label(b.X+b.W/2, b.Y+size*0.9*(1.2+lineGap*float32(i)), size*0.9, captionColor, view.AlignCenter, line)
		}
	}
	if len(L.capText) > 0 {
		b := L.caption
		bg, fg := panelColor, captionColor
		if g.tours.player != nil {
			// Opaque: labels behind must not show through the words a
			// room reads.
			bg, fg = [4]float32{0.04, 0.05, 0.06, 1}, hoverColor
		}
		dl.Panel(b.ID, b.X, b.Y, b.W, b.H, bg)
		for i, line := range L.capText {
			dl.Label(w/2, b.Y+L.capSize*(1.15+lineGap*float32(i)), L.capSize, fg, view.AlignCenter, line)
		}
	}
	b := L.hint
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	for i, line := range L.hints {
		dl.Label(b.X+b.W/2, b.Y+L.hintSz*(1.15+lineGap*float32(i)), L.hintSz, hintColor, view.AlignCenter, line)
	}
	// The strip under the toolbar's buttons, so that they read over the
	// model.
	dl.Rect(0, b.Y+b.H, w, float32(L.m.h)-b.Y-b.H, panelColor)
	if L.help.W > 0 {
		b := L.help
		dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
		for i, line := range L.helpText {
			if line != "" {
				dl.Label(b.X+pad, b.Y+L.helpSize*(1.4+lineGap*float32(i)), L.helpSize, hoverColor, view.AlignLeft, line)
			}
		}
	}
	drawAbout(dl, L)
	if L.quiz.W > 0 {
		b := L.quiz
		dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
		for i, line := range L.quizText {
			y := b.Y + size*(1.2+lineGap*float32(i))
			if y > b.Y+b.H-size*0.2 {
				break
			}
			dl.Label(b.X+b.W/2, y, size, captionColor, view.AlignCenter, line)
		}
	}
	switch {
	case g.presets.open && L.left.W > 0:
		g.presets.draw(dl, f, L.left, size)
	case g.lesions.active && L.left.W > 0:
		g.patient.draw(dl, f, L.left, size, L.m.least())
	}
	if g.lesions.active && L.right.W > 0 {
		g.lesions.report(dl, f, L.right, size, L.m.least())
	}
	g.drawTools(dl, L)
	if g.present.on {
		drawPointerRing(dl, px, py)
	}
}

// fitLine returns s, or its longest beginning that fits width with "…".
func (f *fonts) fitLine(s string, size, width float32) string {
	if f.measure(s, size) <= width {
		return s
	}
	return f.cut(s, size, width)
}
