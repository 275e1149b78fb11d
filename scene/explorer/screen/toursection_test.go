package screen_test

import (
	"image"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/raster"
)

// minMarkPixels is how many pixels of a lesion's mark on a section a
// 1280 × 720 frame must show for a class to see it.
const minMarkPixels = 150

// TestTourSectionsShowLesions plays every tour on a laptop and checks
// that each step showing a lesion on a section marks the lesion on the
// section's face, where the model is seen: a tour that cuts the medulla
// to show the lateral medullary syndrome must show where the lesion is.
// The frame is drawn with and without the marks; they must change enough
// of the model's area.
func TestTourSectionsShowLesions(t *testing.T) {
	d := devices[0]
	s := newSession(t)
	for i, tr := range s.ex.Tours() {
		s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
		for step := 1; ; step++ {
			st := s.ex.State()
			if st.Section != "" && len(st.Lesions) > 0 {
				for range 120 {
					s.ex.Tick(1.0 / 60) // the camera's move to the step
				}
				L := s.draw(d)
				with := s.frameImage(t, d, L, nil)
				without := s.frameImage(t, d, L, func(m *geom.Mesh) bool { return !isMark(m) })
				c := L.Centre
				n := 0
				for y := int(c.Y); y < int(c.Y+c.H); y++ {
					for x := int(c.X); x < int(c.X+c.W); x++ {
						if with.RGBAAt(x, y) != without.RGBAAt(x, y) {
							n++
						}
					}
				}
				if n < minMarkPixels {
					t.Errorf("tour %s step %d (%v at section %s): the lesion's marks show in %d pixels of the model's area, want %d or more",
						tr.ID, step, st.Lesions, st.Section, n, minMarkPixels)
				}
			}
			if s.ex.Player().AtEnd() {
				break
			}
			s.do(t, act(explorer.TourNext))
		}
	}
}

// isMark reports whether m is a lesion's mark on a section's face.
func isMark(m *geom.Mesh) bool {
	return strings.HasPrefix(m.ID, "section.lesion.") || strings.HasPrefix(m.ID, "section.destroyed.")
}

// frameImage draws the model of the explorer's frame, with the overlay's
// meshes keep keeps (all for nil), and the panels of layout L.
func (s *session) frameImage(t *testing.T, d device, L screen.Layout, keep func(*geom.Mesh) bool) *image.RGBA {
	t.Helper()
	w, h := int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio)
	f := s.ex.Frame(w, h, d.ratio)
	var overlay []geom.Mesh
	for i := range f.Overlay {
		if keep == nil || keep(&f.Overlay[i]) {
			overlay = append(overlay, f.Overlay[i])
		}
	}
	opt := f.Options
	opt.Labels = false
	s.renderer.SetOverlay(overlay)
	s.renderer.Frame(&s.dl, &f.Camera, w, h, opt)
	s.screen.Draw(&s.dl, &L, s.content())
	img, err := raster.NewScreenPainter().Draw(&s.dl)
	if err != nil {
		t.Fatal(err)
	}
	return img
}
