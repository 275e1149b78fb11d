package game

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// wheelOver turns the wheel n notches over the middle of box b of the
// frame as a tick does (the list of classic lesions scrolling by it while
// open), and draws the frame again on d.
func wheelOver(g *Game, d device, b view.Box, n float32) {
	g.ptr.panels = g.panelBoxes(g.ptr.panels)
	if g.ex.Picker() {
		g.ptr.list.box = g.onScreen(g.frameLayout.Left)
	}
	x, y := centreOf(g, b)
	g.wheelAt(n, x, y)
	if g.ex.Picker() {
		g.scrollList(g.frameLayout.Size, 0, g.ptr.list.notches)
		g.ptr.list.notches, g.ptr.list.box = 0, view.Box{}
	}
	drawOn(g, d)
}

// TestWheelScrollsPanels: the wheel (and a trackpad's small steps, in
// proportion) over the list of classic lesions scrolls it, over the list
// of controls, the About panel and lesion mode's report turns their pages,
// never past the first or the last; over any of them, in presenter mode
// or not, it never zooms the model, which it zooms over the model alone.
func TestWheelScrollsPanels(t *testing.T) {
	for _, presenter := range []bool{false, true} {
		for _, d := range []device{devices[0], devices[1], devices[2]} {
			name := d.name
			if presenter {
				name += " presenter"
			}
			t.Run(name, func(t *testing.T) {
				open := func(t *testing.T, kinds ...explorer.Kind) *Game {
					g, err := New()
					if err != nil {
						t.Fatal(err)
					}
					g.loadLibrary() // the classic lesions, as a tick after the first frame
					if presenter {
						g.act(explorer.TogglePresenter)
					}
					for _, k := range kinds {
						g.act(k)
					}
					for range 120 {
						g.advance()
					}
					drawOn(g, d)
					return g
				}
				t.Run("classic lesions", func(t *testing.T) {
					g := open(t, explorer.EnterLesion, explorer.OpenPicker)
					cam := g.ex.Camera()
					for range 10 {
						wheelOver(g, d, g.frameLayout.Left, -2)
					}
					if g.ex.Camera() != cam {
						t.Errorf("ten notches over the list moved the camera: distance %.0f → %.0f mm", cam.Distance, g.ex.Camera().Distance)
					}
					first := g.ex.PresetList().First
					if first == 0 {
						t.Fatal("ten notches down did not scroll the list")
					}
					for range 20 {
						wheelOver(g, d, g.frameLayout.Left, 0.05) // a trackpad's small steps up
					}
					if got := g.ex.PresetList().First; got >= first {
						t.Errorf("a trackpad's steps up left the list at row %d (was %d)", got, first)
					}
				})
				paged := []struct {
					name  string
					kinds []explorer.Kind
					box   func(g *Game) view.Box
					page  func(g *Game) (int, int)
				}{
					{"controls", []explorer.Kind{explorer.ToggleHelp}, func(g *Game) view.Box { return g.frameLayout.Help },
						func(g *Game) (int, int) { return g.ex.HelpPage(), g.frameLayout.HelpPages() }},
					{"about", []explorer.Kind{explorer.ToggleAbout}, func(g *Game) view.Box { return g.frameLayout.About },
						func(g *Game) (int, int) { return g.ex.HelpPage(), g.frameLayout.HelpPages() }},
				}
				for _, c := range paged {
					t.Run(c.name, func(t *testing.T) {
						g := open(t, c.kinds...)
						cam := g.ex.Camera()
						if c.box(g).W <= 0 {
							t.Fatalf("no %s panel", c.name)
						}
						wheelOver(g, d, c.box(g), 1) // up on the first page: stays
						if p, _ := c.page(g); p != 0 {
							t.Errorf("a notch up on the first page turned to page %d", p)
						}
						_, pages := c.page(g)
						for i := 1; i < pages+2; i++ {
							wheelOver(g, d, c.box(g), -1)
							if p, _ := c.page(g); p != min(i, pages-1) {
								t.Errorf("after %d notches down: page %d of %d, want %d", i, p, pages, min(i, pages-1))
							}
						}
						if g.ex.Camera() != cam {
							t.Errorf("the wheel over the %s moved the camera", c.name)
						}
					})
				}
				t.Run("report", func(t *testing.T) {
					g := open(t)
					choosePreset(t, g, "locked_in")
					for range 240 {
						g.advance()
					}
					drawOn(g, d)
					cam := g.ex.Camera()
					pages := g.frameLayout.ReportPages()
					wheelOver(g, d, g.frameLayout.Right, -1)
					if want := min(1, pages-1); g.ex.ReportPage() != want {
						t.Errorf("a notch down over the report of %d pages: page %d, want %d", pages, g.ex.ReportPage(), want)
					}
					if g.ex.Camera() != cam {
						t.Error("the wheel over the report moved the camera")
					}
				})
				t.Run("model", func(t *testing.T) {
					g := open(t)
					cam := g.ex.Camera()
					wheelOver(g, d, g.frameLayout.Centre, -1)
					if g.ex.Camera().Distance <= cam.Distance {
						t.Errorf("a notch down over the model left it at %.0f mm (was %.0f)", g.ex.Camera().Distance, cam.Distance)
					}
				})
			})
		}
	}
}
