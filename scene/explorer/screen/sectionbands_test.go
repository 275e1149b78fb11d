package screen_test

import (
	"fmt"
	"image"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/raster"
	"github.com/decussate/decussate/scene/view"
)

// TestTourSectionsKeepFibresOffTheBands: in every tour step showing a
// section, on a laptop, a large monitor and a phone, presenter mode off
// and on, no lesion-red fibre is drawn in the title's band or the
// caption's: at Millard-Gubler a cut fibre ran on behind the cut face,
// up through the title into the cut.
func TestTourSectionsKeepFibresOffTheBands(t *testing.T) {
	if testing.Short() {
		t.Skip("draws every tour's section steps on six screens")
	}
	for _, d := range []device{devices[0], devices[1], devices[3]} {
		for _, presenter := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/presenter=%v", d.name, presenter), func(t *testing.T) {
				s := newSession(t)
				if presenter {
					s.do(t, act(explorer.TogglePresenter))
				}
				checked := 0
				for ti := range s.ex.Tours() {
					s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: ti})
					last := -1
					for {
						for range view.MoveTicks + 2 {
							s.ex.Tick(1.0 / 60)
						}
						p := s.ex.Player()
						if p.Index() != last && p.Step().Section != "" && s.ex.State().Lesioning() {
							last = p.Index()
							L := s.draw(d)
							img, err := raster.NewScreenPainter().Draw(&s.dl)
							if err != nil {
								t.Fatal(err)
							}
							for _, b := range []view.Box{L.Top, L.Caption} {
								if n := redPixels(img, b); n > 0 {
									t.Errorf("tour %d step %d: %d lesion-red pixels in the %s band", ti+1, p.Index()+1, n, b.ID)
								}
							}
							checked++
						}
						if p.AtEnd() {
							break
						}
						s.do(t, act(explorer.TourNext))
					}
					s.do(t, act(explorer.EndTour))
				}
				if checked < 4 {
					t.Errorf("only %d lesion steps with a section checked", checked)
				}
			})
		}
	}
}

// redPixels counts the pixels of img inside b (in pixels) coloured as a
// lesion's cut fibres are, lit: strongly red.
func redPixels(img *image.RGBA, b view.Box) int {
	n := 0
	r := image.Rect(int(b.X), int(b.Y), int(b.X+b.W), int(b.Y+b.H)).Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if c.R > 120 && int(c.R) > 3*int(c.G) && int(c.R) > 3*int(c.B) {
				n++
			}
		}
	}
	return n
}
