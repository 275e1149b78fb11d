package screen_test

import (
	"path/filepath"
	"testing"

	"github.com/decussate/decussate/internal/golden"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/raster"
)

// panelTolerance allows for the rasteriser's antialiasing, not for a panel
// moved or a line of text changed.
var panelTolerance = golden.Tolerance{Levels: 24, MaxShare: 0.004}

// background is the model's background (view.Renderer's), behind the
// panels as on screen.
var background = [4]float32{0.063, 0.078, 0.094, 1}

// TestPanelGoldens draws the overlay's panels alone (no model: the meshes
// have goldens of their own) for a few modes at 1280 × 720, through
// scene/raster, and compares them with goldens: a panel that moves, a
// line that wraps differently or a word that changes shows up here.
func TestPanelGoldens(t *testing.T) {
	for _, mode := range []string{"explore", "help", "trace", "lesion-long", "picker", "quiz", "tour-start", "menu"} {
		t.Run(mode, func(t *testing.T) {
			s := newSession(t)
			for _, m := range modeSetups {
				if m.name == mode {
					m.setup(t, s)
				}
			}
			d := devices[0]
			c := s.content()
			L := s.screen.Place(screen.NewMetrics(d.w, d.h, d.ratio, s.ex.Presenter()), c)
			s.dl.Reset(d.w, d.h)
			s.dl.Background = background
			s.screen.Draw(&s.dl, &L, c)
			img, err := raster.NewScreenPainter().Draw(&s.dl)
			if err != nil {
				t.Fatal(err)
			}
			golden.Compare(t, img, filepath.Join("testdata", "panels_"+mode+".png"), panelTolerance)
		})
	}
}
