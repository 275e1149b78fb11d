package game

import (
	"fmt"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"os"
	"testing"

	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
)

// device is a screen the explorer is used on: its CSS size and pixel ratio.
type device struct {
	name  string
	w, h  int
	ratio float32
}

// devices are the screens of the layout tests: a laptop and a projector at
// ratio 1, a Retina laptop, and a phone (ratio 3, which the explorer caps
// at 2).
var devices = []device{
	{"1280x720", 1280, 720, 1},
	{"1920x1080", 1920, 1080, 1},
	{"1280x720@2", 1280, 720, 2},
	{"390x844@2", 390, 844, 2},
}

// modeSetups put a fresh explorer in each mode a person meets, with the
// longest content each shows.
var modeSetups = []struct {
	name  string
	setup func(t *testing.T, g *Game)
}{
	{"explore", func(t *testing.T, g *Game) {}},
	{"explore-labels", func(t *testing.T, g *Game) { g.act(explorer.ToggleLabels) }},
	{"help", func(t *testing.T, g *Game) { g.act(explorer.ToggleHelp) }},
	{"about", func(t *testing.T, g *Game) { g.act(explorer.ToggleAbout) }},
	{"about-in-lesion", func(t *testing.T, g *Game) { choosePreset(t, g, "locked_in"); g.act(explorer.ToggleAbout) }},
	{"trace", func(t *testing.T, g *Game) {
		if err := g.do(explorer.Act(explorer.NextTrace)); err != nil {
			t.Fatal(err)
		}
		for range 240 {
			g.advance()
		}
	}},
	{"section", func(t *testing.T, g *Game) { cutAt(t, g, g.ex.Levels()[len(g.ex.Levels())/2].ID) }},
	{"lesion-long", func(t *testing.T, g *Game) { choosePreset(t, g, "locked_in") }},
	{"lesion-cord", func(t *testing.T, g *Game) { choosePreset(t, g, "brown_sequard_c5") }},
	{"picker", func(t *testing.T, g *Game) {
		g.act(explorer.EnterLesion)
		g.openPicker()
	}},
	{"quiz", func(t *testing.T, g *Game) {
		g.askQuiz()
		if g.ex.QuizPreset() == "" {
			t.Fatal("no quiz asked")
		}
		g.act(explorer.QuizHint)
	}},
	{"menu", func(t *testing.T, g *Game) { g.act(explorer.ToggleMenu) }},
	{"tour-start", func(t *testing.T, g *Game) { g.startTour(-1) }},
	{"tour-lesion", func(t *testing.T, g *Game) {
		// The corticospinal tour's last step: a lesion, its report and a
		// long caption at once.
		g.startTour(0)
		for range 30 {
			g.act(explorer.TourNext)
		}
	}},
	{"link-note", func(t *testing.T, g *Game) {
		g.showNotes([]string{"the lesion site pyramid0 does not exist", "the section xyz does not exist", "the camera is not four numbers"})
	}},
}

// drawOn draws g on a device, still (not moving), and returns the frame's
// boxes.
func drawOn(g *Game, d device) []view.Box {
	w, h := int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio)
	g.scale, g.screenW, g.screenH = d.ratio, w, h
	g.ctl.lastMove = g.ctl.tick - 10*movingTicks
	img := ebiten.NewImage(w, h)
	defer img.Deallocate()
	g.Draw(img)
	return screen.AppendBoxes(nil, g.face, &g.dl)
}

// TestLayoutPictures writes every mode on every device, presenter mode off
// and on, as PNGs when DECUSSATE_SHOTS names a directory (saveShot): for a
// person to look at, which no box check replaces.
func TestLayoutPictures(t *testing.T) {
	if os.Getenv("DECUSSATE_SHOTS") == "" {
		t.Skip("set DECUSSATE_SHOTS to a directory to write the pictures")
	}
	for _, d := range devices {
		for _, presenter := range []bool{false, true} {
			for _, m := range modeSetups {
				g, err := New()
				if err != nil {
					t.Fatal(err)
				}
				if presenter {
					g.act(explorer.TogglePresenter)
				}
				m.setup(t, g)
				drawOn(g, d)
				screen := ebiten.NewImage(int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio))
				saveShot(t, g, screen, fmt.Sprintf("layout-%s-%s-p%v", d.name, m.name, presenter))
				screen.Deallocate()
			}
		}
	}
}
