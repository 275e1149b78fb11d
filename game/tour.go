package game

import (
	"github.com/decussate/decussate/scene/tour"
	"github.com/decussate/decussate/scene/words"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// touring plays the scripted lessons: O starts the next tour; while one
// plays, the arrow keys, Page Up / Page Down (a presentation clicker) and
// space step through it, and Esc ends it.
type touring struct {
	tours  []tour.Tour
	next   int
	player *tour.Player
	err    string
}

// caption returns what the step in play says, with the fault that stopped
// part of it from opening, if any.
func (t *touring) caption() string {
	text := t.player.Step().Caption
	if t.err != "" {
		text += "  [" + t.err + "]"
	}
	return text
}

// start plays tour i from its first step.
func (g *Game) startTour(i int) {
	t := g.tours
	t.player = tour.NewPlayer(t.tours[i])
	g.applyStep()
}

// updateTour reads the tour keys; it returns true when a tour has the
// keyboard this tick.
func (g *Game) updateTour() bool {
	t := g.tours
	if inpututil.IsKeyJustPressed(ebiten.KeyO) && len(t.tours) > 0 {
		g.nextTour()
		return true
	}
	if t.player == nil {
		return false
	}
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyArrowRight), inpututil.IsKeyJustPressed(ebiten.KeyPageDown),
		inpututil.IsKeyJustPressed(ebiten.KeySpace), inpututil.IsKeyJustPressed(ebiten.KeyArrowDown):
		g.stepTour(1)
	case inpututil.IsKeyJustPressed(ebiten.KeyArrowLeft), inpututil.IsKeyJustPressed(ebiten.KeyPageUp),
		inpututil.IsKeyJustPressed(ebiten.KeyArrowUp), inpututil.IsKeyJustPressed(ebiten.KeyBackspace):
		g.stepTour(-1)
	}
	return true
}

// applyStep puts the explorer in the state the tour's step describes:
// camera, labels, mode, trace, lesion, section.
func (g *Game) applyStep() {
	t := g.tours
	s := t.player.Step()
	t.err = ""
	if s.Camera != nil {
		if err := tour.ApplyCamera(&g.ctl.cam, s.Camera); err != nil {
			t.err = err.Error()
		}
		g.ctl.moved()
	}
	if s.Labels != nil {
		g.ctl.labels = *s.Labels
	}
	if g.tracer.active {
		g.tracer.end(g.renderer)
	}
	g.lesions.active = false
	switch s.EffectiveMode() {
	case tour.Trace:
		if err := g.tracer.begin(s.Trace, g.renderer); err != nil {
			t.err = err.Error()
		}
	case tour.Lesion:
		sites, err := s.LesionSites(g.lesions.engine, g.presets.all)
		if err != nil {
			t.err = err.Error()
			break
		}
		var texts []string
		for _, site := range sites {
			texts = append(texts, site.String())
		}
		g.lesions.active = true
		// The report is titled with what the step shows: its classic
		// lesion, or its sites by name.
		title := words.Capital(words.SiteNames(g.atlas, s.Sites))
		for _, p := range g.presets.all {
			if p.ID == s.Preset {
				title = p.Name
			}
		}
		g.lesions.setSites(title, texts)
		g.lesions.preset = s.Preset
		g.lesions.evaluate()
	}
	g.section.on = false
	if s.Section != "" {
		for i, l := range g.section.levels {
			if l.ID == s.Section {
				g.section.on, g.section.index = true, i
			}
		}
		// A section is seen as a scan is, whatever camera the step set.
		g.section.aim(&g.ctl.cam, g.ctl.proportion)
	}
	g.refreshOverlay()
}

// nextTour plays the next tour from its first step.
func (g *Game) nextTour() {
	t := g.tours
	if len(t.tours) == 0 {
		return
	}
	g.startTour(t.next)
	t.next = (t.next + 1) % len(t.tours)
}

// stepTour moves the tour in play one step on (n > 0) or back.
func (g *Game) stepTour(n int) {
	p := g.tours.player
	if p == nil {
		return
	}
	moved := false
	if n > 0 {
		moved = p.Next()
	} else {
		moved = p.Prev()
	}
	if moved {
		g.applyStep()
	}
}
