package game

import (
	"fmt"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"os"
	"strings"
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
		if !g.quiz.active {
			t.Fatal("no quiz asked")
		}
		g.quizHint = g.quiz.hint(g.atlas)
	}},
	{"menu", func(t *testing.T, g *Game) { g.act(explorer.ToggleMenu) }},
	{"tour-start", func(t *testing.T, g *Game) { g.startTour(-1) }},
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

// checkLayout reports every way the frame's boxes collide: a box off the
// screen, two panels overlapping, a text across a panel's edge or over
// another text, and text too small to read.
func checkLayout(g *Game, d device, boxes []view.Box) []string {
	var faults []string
	screen := view.Box{W: float32(g.dl.Width), H: float32(g.dl.Height)}
	var panels, texts []view.Box
	var sizes []float32
	ti := 0
	for _, b := range boxes {
		if b.ID == "text" {
			texts = append(texts, b)
			sizes = append(sizes, g.dl.Texts[ti].Size)
			ti++
			continue
		}
		panels = append(panels, b)
	}
	name := func(i int) string { return fmt.Sprintf("text %q", g.dl.Texts[i].S) }
	for _, p := range panels {
		if !p.Inside(screen, 1) {
			faults = append(faults, fmt.Sprintf("panel %s %v leaves the screen", p.ID, p))
		}
	}
	for i, p := range panels {
		for _, q := range panels[i+1:] {
			// A panel within another (a button in the menu) is nested,
			// not in the way.
			if p.Overlaps(q, 1) && !p.Inside(q, 1) && !q.Inside(p, 1) {
				faults = append(faults, fmt.Sprintf("panels %s and %s overlap", p.ID, q.ID))
			}
		}
	}
	minCSS := float32(11)
	for i, tb := range texts {
		if !tb.Inside(screen, 1) {
			faults = append(faults, fmt.Sprintf("%s leaves the screen (%v)", name(i), tb))
		}
		for _, p := range panels {
			if tb.Overlaps(p, 1) && !tb.Inside(p, 1) && !p.Inside(tb, 1) {
				faults = append(faults, fmt.Sprintf("%s runs across the edge of panel %s", name(i), p.ID))
			}
		}
		for j := i + 1; j < len(texts); j++ {
			if tb.Overlaps(texts[j], 2) {
				faults = append(faults, fmt.Sprintf("%s and %s overlap", name(i), name(j)))
			}
		}
		if css := sizes[i] / d.ratio; css < minCSS {
			faults = append(faults, fmt.Sprintf("%s is %.1f CSS px, below %.0f", name(i), css, minCSS))
		}
	}
	return faults
}

// TestLayoutNeverCollides draws every mode on every device with presenter
// mode off and on, and checks that nothing overlaps, leaves the screen or
// is too small to read.
func TestLayoutNeverCollides(t *testing.T) {
	for _, d := range devices {
		for _, presenter := range []bool{false, true} {
			for _, m := range modeSetups {
				name := fmt.Sprintf("%s/%s/presenter=%v", d.name, m.name, presenter)
				t.Run(name, func(t *testing.T) {
					g, err := New()
					if err != nil {
						t.Fatal(err)
					}
					if presenter {
						g.act(explorer.TogglePresenter)
					}
					m.setup(t, g)
					drawOn(g, d) // the first frame settles what follows input
					faults := checkLayout(g, d, drawOn(g, d))
					if len(faults) > 0 {
						t.Errorf("%d faults:\n  %s", len(faults), strings.Join(faults, "\n  "))
					}
				})
			}
		}
	}
}

// TestLayoutTours steps through every tour on a projector in presenter
// mode and on a laptop, checking every step's frame.
func TestLayoutTours(t *testing.T) {
	for _, d := range []device{devices[0], devices[3]} {
		for _, presenter := range []bool{false, true} {
			g, err := New()
			if err != nil {
				t.Fatal(err)
			}
			if presenter {
				g.act(explorer.TogglePresenter)
			}
			for i := range g.ex.Tours() {
				g.startTour(i)
				for step := 0; ; step++ {
					drawOn(g, d)
					if faults := checkLayout(g, d, drawOn(g, d)); len(faults) > 0 {
						t.Errorf("%s presenter=%v, tour %q step %d: %d faults:\n  %s", d.name, presenter,
							g.ex.Player().Tour().Title, step+1, len(faults), strings.Join(faults, "\n  "))
					}
					if g.ex.Player().AtEnd() {
						break
					}
					g.act(explorer.TourNext)
				}
			}
		}
	}
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

// BenchmarkLayout measures what a frame adds over the model: placing every
// panel and drawing them into the list, in lesion mode with a long report
// (the busiest screen), at 1920×1080.
func BenchmarkLayout(b *testing.B) {
	g, err := New()
	if err != nil {
		b.Fatal(err)
	}
	choosePreset(&testing.T{}, g, "locked_in")
	m := screen.NewMetrics(1920, 1080, 1, false)
	g.dl.Reset(1920, 1080)
	b.ReportAllocs()
	for b.Loop() {
		g.dl.Reset(1920, 1080)
		L := g.placeScreen(m)
		g.frameLayout = L
		g.screen.Draw(&g.dl, &L, g.content(0, 0))
	}
}
