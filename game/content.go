package game

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
)

// content fills what this frame shows over the model from the explorer's
// state and the adapter's own (the pointer's hover, notes, the keyboard's
// focus), for scene/explorer/screen to place and draw.
func (g *Game) content(px, py float32) *screen.Content {
	c := &g.screenContent
	mode := g.mode()
	*c = screen.Content{
		Title:      g.titleText(),
		Hover:      g.hoverName,
		Tags:       g.tagsText(),
		Note:       g.noteText(),
		Hint:       mode.Hint(false),
		NarrowHint: mode.Hint(true),
		Menu:       g.ex.Menu(),
		Help:       g.ex.Help(),
		About:      g.ex.About(),
		Lesion:     g.lesions.active,
		Picker:     g.ex.Picker(),
		Quiz:       g.quizText(),
		Touring:    g.ex.Player() != nil,
		Closable:   mode != explorer.Explore || g.ex.Help() || g.ex.About() || g.ex.Picker() || g.ex.Menu(),
		Focus:      g.focus,
		Focused:    g.focused,
		Ring:       g.ex.Presenter(),
		PointerX:   px,
		PointerY:   py,
		Patient:    g.patient,
		Report:     g.lesions.words(),
		Presets:    &g.presets.PresetList,
	}
	if c.About {
		c.AboutLines = g.aboutLines()
	}
	c.Caption, c.TourCaption = g.captionText()
	for t := range c.On {
		c.On[t] = g.on(screen.Tool(t))
	}
	return c
}

// placeScreen lays this frame's panels out on a screen of metrics m.
func (g *Game) placeScreen(m screen.Metrics) screen.Layout {
	return g.screen.Place(m, g.content(-1, -1))
}

// captionText returns the caption band's words, and whether they are a
// tour's, drawn large for a room.
func (g *Game) captionText() (string, bool) {
	if g.ex.Player() != nil {
		return g.tourCaption(), true
	}
	return g.tracer.caption, false
}

// titleText returns the title over the model: a tour's and its progress,
// or what a trace starts from.
func (g *Game) titleText() string {
	if p := g.ex.Player(); p != nil {
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
	if g.proportion() != 0 {
		tags = append(tags, "true scale")
	}
	if g.sectionOn() && g.ex.Player() == nil {
		tags = append(tags, "Section: "+g.ex.Level().Name+"  (Page Up / Page Down)")
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
