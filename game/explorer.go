package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
)

// The explorer's state has one owner, scene/explorer: the game asks it for
// changes (do, set; the pointer turns its camera through controls) and
// then brings what it draws from that state in step (follow): the meshes
// over the model, presenter mode's renderer.

// tickSeconds is the time a tick advances the explorer by (Ebiten's 60
// ticks a second).
const tickSeconds = 1.0 / 60

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

// follow brings what the game draws in step with the explorer's state:
// the renderer presenter mode asks for, holding the explorer's meshes
// over the model (handed over only when they or the renderer changed:
// follow runs every tick).
func (g *Game) follow() {
	if c := g.ex.Camera(); g.seenCam != c {
		// Moved by the explorer (a framing move, the trace's camera)
		// or by the person: the coarse meshes for a while.
		g.seenCam = c
		g.ctl.moved()
	}
	r := g.present.renderer(g.ex.Presenter())
	meshes, version := g.ex.OverlayMeshes()
	if r != g.renderer || version != g.overlaid {
		r.SetOverlay(meshes)
		g.renderer, g.overlaid = r, version
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

// askQuiz hides the next classic lesion for the patient to act out, and
// opens lesion mode for the student's answer.
func (g *Game) askQuiz() {
	g.loadLibrary()
	if err := g.do(explorer.Act(explorer.NextQuiz)); err != nil {
		g.showNotes([]string{err.Error()})
	}
}

// loadLibrary loads the classic lesions and tours, once, checked against
// the lesion engine (wired now if it was not): after the first frame (and
// the full model, afterFirstFrame), so that the model shows sooner, or
// before that when a link or a tool asks for them. A library that does not
// load leaves the explorer working without it, and says so.
func (g *Game) loadLibrary() {
	if g.library {
		return
	}
	g.library = true
	eng, err := g.ex.Engine()
	if err != nil {
		g.showNotes([]string{err.Error()})
		return
	}
	cfg := explorer.Config{Atlas: g.atlas, Engine: eng}
	presets, tours, err := explorer.ShippedLibrary(cfg)
	if err != nil {
		g.showNotes([]string{err.Error()})
		return
	}
	g.ex.SetLibrary(presets, tours)
}
