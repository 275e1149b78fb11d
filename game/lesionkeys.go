package game

import (
	"github.com/decussate/decussate/scene/explorer"
	"github.com/hajimehoshi/ebiten/v2"
)

// openPicker opens the list of classic lesions, its query empty.
func (g *Game) openPicker() {
	g.loadLibrary()
	g.presets.Query = g.presets.Query[:0]
	g.presets.search()
	g.act(explorer.OpenPicker)
}

// clickLesion places a lesion where lesion mode's click landed on the
// model, or moves the selected one there with Shift; the new lesion takes
// the selected sphere's size.
func (g *Game) clickLesion() {
	px, py := g.pointerInFrame()
	_, pos, ok := g.renderer.PickPoint(&g.dl, px, py)
	if !ok {
		return
	}
	// The size is the selected sphere's, or the size a click there takes
	// (smaller in the brainstem and cord), judged where the surface was hit.
	radius := explorer.RadiusAt(g.proportion().Unwarp(pos))
	lesions, selected := g.ex.State().Lesions, g.ex.Selected()
	if selected >= 0 && lesions[selected].Sphere() {
		radius = lesions[selected].Radius
	}
	cam := g.ex.Camera()
	a := explorer.Action{Kind: explorer.PlaceLesion, At: placeAt(pos, cam.Eye(), radius, g.proportion()), Radius: radius}
	if ebiten.IsKeyPressed(ebiten.KeyShift) && selected >= 0 {
		a.Kind = explorer.MoveLesion
	}
	if err := g.do(a); err != nil {
		g.showNotes([]string{err.Error() + "."})
	}
}
