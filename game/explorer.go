package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
)

// The explorer's state has one owner, scene/explorer: the game asks it for
// changes (do, set; the pointer turns its camera through controls) and
// then brings what it draws from that state in step (follow): the trace's
// tubes, the lesions' meshes, presenter mode's renderer.

// do carries out an action on the explorer and brings the game in step
// with the result.
func (g *Game) do(a explorer.Action) error {
	err := g.ex.Do(a)
	g.follow()
	return err
}

// act carries out an action without parameters; an error is shown as a
// note, as a refused link part is.
func (g *Game) act(k explorer.Kind) {
	if err := g.do(explorer.Act(k)); err != nil {
		g.showNotes([]string{err.Error()})
	}
}

// set opens a state (a link, a tour step, -state) and brings the game in
// step.
func (g *Game) set(s explorer.State) error {
	err := g.ex.Set(s)
	g.follow()
	return err
}

// state returns the explorer's state.
func (g *Game) state() explorer.State { return g.ex.State() }

// follow brings what the game draws in step with the explorer's state.
// The meshes over the model are rebuilt only when what they show changed:
// follow runs every tick.
func (g *Game) follow() {
	s := g.ex.State()
	if g.seenCam != s.Camera {
		// Moved by the explorer (a framing move, the trace's camera)
		// or by the person: the coarse meshes for a while.
		g.seenCam = s.Camera
		g.ctl.moved()
	}
	changed := false
	if g.present.on != s.Presenter {
		g.present.on = s.Presenter
		g.renderer = g.present.renderer()
		changed = true
	}
	switch {
	case s.Mode == explorer.Trace && (!g.tracer.active || g.tracer.start != s.Trace):
		g.tracer.begin(s.Trace, g.ex.Chain(geom.TrueScale), g.ex.Chain(geom.Teaching))
		changed = true
	case s.Mode != explorer.Trace && g.tracer.active:
		g.tracer.end()
		changed = true
	}
	if g.lesions.follow(g.ex) {
		changed = true
	}
	if g.overlaid != s.Section {
		g.overlaid = s.Section
		changed = true
	}
	if changed {
		g.refreshOverlay()
	}
}

// mode returns the explorer's mode: a tour over everything, the quiz over
// lesion mode, lesion mode over a trace, a trace over a section.
func (g *Game) mode() explorer.Mode { return g.ex.Mode() }

// sectionOn tells whether the model is cut at a section.
func (g *Game) sectionOn() bool { return g.ex.Section() != "" }

// proportion returns the proportions the model is drawn in.
func (g *Game) proportion() geom.Proportions { return g.ex.Proportions() }

// startTour plays tour i from its first step (-1: the next tour).
func (g *Game) startTour(i int) {
	g.loadLibrary()
	if err := g.do(explorer.Action{Kind: explorer.StartTour, Tour: i}); err != nil {
		g.showNotes([]string{err.Error()})
	}
}
