package game

import (
	"fmt"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/link"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// openPicker opens the list of classic lesions, its query empty.
func (g *Game) openPicker() {
	g.presets.open = true
	g.presets.query = g.presets.query[:0]
	g.presets.search()
}

// toggleLesionMode enters lesion mode, ending a trace, or leaves it.
func (g *Game) toggleLesionMode() {
	l := g.lesions
	l.active = !l.active
	if l.active && g.tracer.active {
		g.tracer.end(g.renderer)
	}
	g.refreshOverlay()
}

// updateLesions reads lesion mode's keys and clicks: Tab enters and
// leaves it; a click places a lesion, Shift-click moves the selected one;
// [ and ] size it, Delete removes it, Z undoes; A switches between the
// acute and chronic picture; Esc leaves.
func (g *Game) updateLesions() {
	l := g.lesions
	if g.ptr.typed('/') {
		g.openPicker()
		return
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyTab) {
		g.toggleLesionMode()
		return
	}
	if !l.active {
		return
	}
	changed := false
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyBracketLeft):
		l.resize(1 / 1.25)
		changed = true
	case inpututil.IsKeyJustPressed(ebiten.KeyBracketRight):
		l.resize(1.25)
		changed = true
	case inpututil.IsKeyJustPressed(ebiten.KeyDelete) || inpututil.IsKeyJustPressed(ebiten.KeyBackspace):
		l.remove()
		changed = true
	case inpututil.IsKeyJustPressed(ebiten.KeyZ):
		l.back()
		changed = true
	case inpututil.IsKeyJustPressed(ebiten.KeyA):
		l.phase = map[lesion.Phase]lesion.Phase{lesion.Acute: lesion.Chronic, lesion.Chronic: lesion.Acute}[l.phase]
		changed = true
	}
	if g.ptr.clicked {
		px, py := g.pointerInFrame()
		_, pos, ok := g.renderer.PickPoint(&g.dl, px, py)
		if ok {
			radius := float32(defaultLesionRadius)
			if l.selected >= 0 && l.lesions[l.selected].site == "" {
				radius = l.lesions[l.selected].radius
			}
			at := placeAt(pos, g.ctl.cam.Eye(), radius, g.ctl.proportion)
			if shift && l.selected >= 0 {
				l.move(at)
				changed = true
			} else if l.add(at, radius) {
				changed = true
			} else {
				g.showNotes([]string{fmt.Sprintf("At most %d lesions can be placed: Delete removes the selected one, Z undoes.", link.MaxLesions)})
			}
		}
	}
	if changed {
		l.evaluate()
		g.refreshOverlay()
	}
}
