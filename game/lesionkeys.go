package game

import (
	"fmt"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/link"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// updateLesions reads lesion mode's keys and clicks: Tab enters and
// leaves it; a click places a lesion, Shift-click moves the selected one;
// [ and ] size it, Delete removes it, Z undoes; A switches between the
// acute and chronic picture; Esc leaves.
func (g *Game) updateLesions() {
	l := g.lesions
	if inpututil.IsKeyJustPressed(ebiten.KeySlash) && !ebiten.IsKeyPressed(ebiten.KeyShift) {
		g.presets.open = true
		g.presets.query = g.presets.query[:0]
		g.presets.search()
		return
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyTab) {
		l.active = !l.active
		if l.active && g.tracer.active {
			g.tracer.end(g.renderer)
		}
		g.refreshOverlay()
		return
	}
	if !l.active {
		return
	}
	changed := false
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyEscape) && !g.ctl.help:
		l.active = false
		g.refreshOverlay()
		return
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
		_, pos, ok := g.renderer.PickPoint(&g.dl, g.ptr.x, g.ptr.y)
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
