package game

import (
	"github.com/decussate/decussate/scene/geom"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// updateTrace reads trace mode's keys and clicks and advances the impulse:
// N and B step through the starts, a click on the precentral gyrus, a
// pathway, a cranial nucleus or a ventral horn traces from it; Space
// pauses, . steps, [ and ] change the speed, C makes the camera follow,
// Esc ends the trace.
func (g *Game) updateTrace() {
	tr := g.tracer
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	switch {
	case g.lesions.active:
		// Lesion mode owns the screen: a trace would be drawn under its
		// panels and dropped from the link.
	case inpututil.IsKeyJustPressed(ebiten.KeyN) && !shift:
		g.report(tr.cycle(1, g.renderer))
		g.refreshOverlay()
	case inpututil.IsKeyJustPressed(ebiten.KeyB) || (inpututil.IsKeyJustPressed(ebiten.KeyN) && shift):
		g.report(tr.cycle(-1, g.renderer))
		g.refreshOverlay()
	}
	if g.ptr.clicked && !g.lesions.active {
		g.clickTrace()
	}
	g.updateSection()
	if !tr.active {
		return
	}
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeySpace):
		tr.paused = !tr.paused
	case inpututil.IsKeyJustPressed(ebiten.KeyPeriod):
		tr.stepOnce()
	case inpututil.IsKeyJustPressed(ebiten.KeyBracketLeft):
		tr.faster(1 / 1.5)
	case inpututil.IsKeyJustPressed(ebiten.KeyBracketRight):
		tr.faster(1.5)
	case inpututil.IsKeyJustPressed(ebiten.KeyC):
		tr.follow = !tr.follow
	}
	tr.tick()
}

// clickTrace starts a trace from the part of the model clicked, if it is
// one a trace can start from.
func (g *Game) clickTrace() {
	px, py := g.pointerInFrame()
	mesh, pos, ok := g.renderer.PickPoint(&g.dl, px, py)
	if !ok {
		return
	}
	start := startAt(g.atlas, &g.renderer.Model().Meshes[mesh], pos, g.ctl.proportion)
	if start != "" {
		g.report(g.tracer.begin(start, g.renderer))
		g.refreshOverlay()
	}
}

// report shows an error of a trace start as the caption: a start from the
// list or a click that cannot be traced is the atlas's fault, not the
// student's, and must not stop the program.
func (g *Game) report(err error) {
	if err != nil {
		g.tracer.caption = "Cannot trace: " + err.Error()
	}
}

// updateSection reads the section's keys: X cuts or restores the model,
// Page Down and Page Up step the section down and up the neuraxis.
func (g *Game) updateSection() {
	sec := g.section
	changed := false
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyX):
		g.toggleSection()
	case sec.on && inpututil.IsKeyJustPressed(ebiten.KeyPageDown):
		sec.step(1)
		changed = true
	case sec.on && inpututil.IsKeyJustPressed(ebiten.KeyPageUp):
		sec.step(-1)
		changed = true
	}
	if changed {
		if sec.on {
			sec.aim(&g.ctl.cam, g.ctl.proportion)
			g.ctl.moved()
		}
		g.refreshOverlay()
	}
}

// toggleSection cuts the model at the section's level, or restores it.
func (g *Game) toggleSection() {
	sec := g.section
	sec.on = !sec.on
	if sec.on {
		sec.aim(&g.ctl.cam, g.ctl.proportion)
		g.ctl.moved()
	}
	g.refreshOverlay()
}

// refreshOverlay puts the traced chain and the section's cut face over
// the model, whichever are on.
func (g *Game) refreshOverlay() {
	meshes := append([]geom.Mesh(nil), g.tracer.meshes...)
	meshes = append(meshes, g.section.meshes(g.tracer)...)
	meshes = append(meshes, g.lesions.meshes()...)
	g.renderer.SetOverlay(meshes)
}
