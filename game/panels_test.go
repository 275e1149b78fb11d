package game

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
)

// swipe runs a one-finger gesture on g through the pointer's touch steps:
// down at (x, y) screen pixels, moved by dx, dy over a few ticks, and
// lifted. It reports whether the gesture ended in a click.
func swipe(g *Game, x, y, dx, dy float32) bool {
	g.ptr.panels = g.panelBoxes(g.ptr.panels)
	p := &g.ptr
	const steps = 4
	for i := 0; i <= steps; i++ {
		f := float32(i) / steps
		p.touch.ids = append(p.touch.ids[:0], ebiten.TouchID(1))
		p.touchStep(&g.ctl, [2][2]float32{{x + f*dx, y + f*dy}}, g.screenW, g.screenH, g.scale)
	}
	p.clicked = false
	p.touch.ids = p.touch.ids[:0]
	p.touchStep(&g.ctl, [2][2]float32{}, g.screenW, g.screenH, g.scale)
	return p.clicked
}

// centreOf returns the middle of box b of the frame, in screen pixels.
func centreOf(g *Game, b view.Box) (float32, float32) {
	s := g.onScreen(b)
	return s.X + s.W/2, s.Y + s.H/2
}

// TestTouchOnPanelKeepsCamera: a tap, and a swipe, that begins on a panel
// or a button (the report, the patient, the strip, the toolbar) leaves
// the camera where it was; one that begins on the model turns it.
func TestTouchOnPanelKeepsCamera(t *testing.T) {
	phone, laptop := devices[3], devices[0]
	lesion := func(t *testing.T, g *Game) { choosePreset(t, g, "locked_in") }
	cases := []struct {
		name   string
		d      device
		setup  func(t *testing.T, g *Game)
		box    func(g *Game) view.Box
		dx, dy float32
		turns  bool
	}{
		{"report tap", laptop, lesion, func(g *Game) view.Box { return g.frameLayout.Right }, 6, 3, false},
		{"report swipe", laptop, lesion, func(g *Game) view.Box { return g.frameLayout.Right }, 120, 40, false},
		{"patient tap", laptop, lesion, func(g *Game) view.Box { return g.frameLayout.Left }, 5, -4, false},
		{"strip tap", phone, lesion, func(g *Game) view.Box { return g.frameLayout.Strip }, 8, 2, false},
		{"toolbar tap", phone, func(t *testing.T, g *Game) {}, func(g *Game) view.Box { return g.frameLayout.Tools[0].Box }, 6, 4, false},
		{"model swipe", laptop, func(t *testing.T, g *Game) {}, func(g *Game) view.Box { return g.frameLayout.Centre }, 120, 40, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := touchGame(t)
			c.setup(t, g)
			for range 240 {
				g.advance() // the framing settles
			}
			drawOn(g, c.d)
			b := c.box(g)
			if b.W <= 0 {
				t.Fatalf("no box on %s: %v", c.d.name, b)
			}
			before := g.ex.Camera()
			x, y := centreOf(g, b)
			swipe(g, x, y, c.dx, c.dy)
			if turned := g.ex.Camera() != before; turned != c.turns {
				t.Errorf("a touch from %v moved by %v,%v: camera moved %v, want %v (%+v → %+v)",
					b, c.dx, c.dy, turned, c.turns, before, g.ex.Camera())
			}
		})
	}
}

// TestTapOnPanelIsNoModelClick: a tap on a panel that takes no taps is
// not a click on the model behind it: the game drops it.
func TestTapOnPanelIsNoModelClick(t *testing.T) {
	g := touchGame(t)
	g.act(explorer.EnterLesion)
	drawOn(g, devices[0])
	g.ptr.panels = g.panelBoxes(g.ptr.panels)
	x, y := centreOf(g, g.frameLayout.Left)
	if !g.ptr.onPanel(x, y) {
		t.Fatalf("the patient %v is not a panel", g.frameLayout.Left)
	}
	x, y = centreOf(g, g.frameLayout.Centre)
	if g.ptr.onPanel(x, y) {
		t.Fatalf("the model's centre %v is a panel", g.frameLayout.Centre)
	}
}
