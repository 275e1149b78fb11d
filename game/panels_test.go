package game

import (
	"github.com/decussate/decussate/scene/explorer/screen"
	"path/filepath"
	"testing"

	"github.com/decussate/decussate/internal/golden"
	"github.com/decussate/decussate/scene/raster"
)

// panelTolerance allows for the rasteriser's antialiasing, not for a panel
// moved or a line of text changed.
var panelTolerance = golden.Tolerance{Levels: 24, MaxShare: 0.004}

// TestPanelGoldens draws the overlay's panels alone (no model: the meshes
// have goldens of their own) for a few modes at 1280 × 720, through
// scene/raster, and compares them with goldens: a panel that moves, a
// line that wraps differently or a word that changes shows up here.
func TestPanelGoldens(t *testing.T) {
	for _, mode := range []string{"explore", "help", "trace", "lesion-long", "picker", "quiz", "tour-start", "menu"} {
		t.Run(mode, func(t *testing.T) {
			g, err := New()
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range modeSetups {
				if s.name == mode {
					s.setup(t, g)
				}
			}
			d := devices[0]
			drawOn(g, d)
			L := g.placeScreen(screen.NewMetrics(d.w, d.h, d.ratio, g.ex.Presenter()))
			g.dl.Reset(d.w, d.h)
			g.screen.Draw(&g.dl, &L, g.content(-1, -1))
			img, err := raster.NewPainter().Draw(&g.dl)
			if err != nil {
				t.Fatal(err)
			}
			golden.Compare(t, img, filepath.Join("testdata", "panels_"+mode+".png"), panelTolerance)
		})
	}
}
