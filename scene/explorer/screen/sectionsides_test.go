package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// TestSectionLabelsOnTheirSide plays every tour on a laptop, a projector
// in presenter mode and a phone, and checks at each step showing a
// labelled section (the brainstem's or the cord's) that no sided name's
// leader crosses the drawn midline: a part beside the midline (a pyramid, a crus) is named
// on its own side of the cut, not from across the section, where its
// leader would cross its twin's and the student would take one for the
// other.
func TestSectionLabelsOnTheirSide(t *testing.T) {
	if testing.Short() {
		t.Skip("draws every tour step on three screens")
	}
	for _, c := range []struct {
		d         device
		presenter bool
	}{
		{devices[0], false},
		{device{"1280x720", 1280, 720, 1, words.Keyboard}, true},
		{device{"390x844@3", 390, 844, 3, words.Touch}, false},
	} {
		t.Run(fmt.Sprintf("%s_p%v", c.d.name, c.presenter), func(t *testing.T) {
			for ti, tr := range newSession(t).ex.Tours() {
				s := newSession(t)
				if c.presenter {
					s.do(t, act(explorer.TogglePresenter))
				}
				s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: ti})
				for si := range tr.Steps {
					if si > 0 {
						s.do(t, act(explorer.TourNext))
					}
					st := s.ex.State()
					if st.Section == "" {
						continue
					}
					s.settle(c.d, 90)
					checkSectionSides(t, s, c.d, st.Section, fmt.Sprintf("tour%d step %d (%s)", ti+1, si+1, st.Section))
				}
			}
		})
	}
}

// checkSectionSides draws the frame on d with its labels and fails for a
// leader of a sided name ("left pyramid") whose two ends lie on either
// side of the midline of the section at level (seen face on, a line down
// the screen through the cut).
func checkSectionSides(t *testing.T, s *session, d device, level, name string) {
	t.Helper()
	w, h := int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio)
	m := screen.NewMetrics(w, h, d.ratio, s.ex.Presenter())
	L := s.screen.Place(m, s.content())
	f := s.ex.Frame(w, h, d.ratio)
	opt := f.Options
	area, ok := L.LabelArea()
	if !ok || !opt.Labels {
		return
	}
	opt.LabelSize, opt.LabelMin, opt.LabelArea = m.LabelSize(), m.LabelLeast(), area
	l, err := geom.FindSectionLevel(cfg.Atlas, level)
	if err != nil {
		t.Fatal(err)
	}
	// The midline, seen face on: through the brainstem's front and back,
	// or the cord's.
	ya, yp := float32(-20), float32(-50)
	if l.Z < cfg.Atlas.Segment(0).Top {
		y := float32(cfg.Atlas.Segment(0).Y)
		ya, yp = y+3, y-3
	}
	s.renderer.SetOverlay(f.Overlay)
	bare := opt
	bare.Labels = false
	var alone view.DrawList
	s.renderer.Frame(&alone, &f.Camera, w, h, bare)
	s.dl.Reset(w, h)
	s.renderer.Frame(&s.dl, &f.Camera, w, h, opt)
	z := float32(l.Z)
	x0, _, ok0 := f.Camera.Project(opt.Proportions.Warp(mgl32.Vec3{0, yp, z}), w, h)
	x1, _, ok1 := f.Camera.Project(opt.Proportions.Warp(mgl32.Vec3{0, ya, z}), w, h)
	if !ok0 || !ok1 || x1-x0 > 2 || x0-x1 > 2 {
		return // the cut not seen face on
	}
	mid := (x0 + x1) / 2
	for v := len(alone.Vertices); v+3 < len(s.dl.Vertices); v += 4 {
		q := s.dl.Vertices[v : v+4]
		from, to := (q[0].X+q[3].X)/2, (q[1].X+q[2].X)/2
		if to-mid > -2 && to-mid < 2 || !sidedNear(s.dl.Texts, from, (q[0].Y+q[3].Y)/2) {
			continue // an anchor on the midline, or a name of both sides' parts
		}
		if (from-mid)*(to-mid) < 0 {
			t.Errorf("%s on %s: a leader from x %.0f to its anchor at (%.0f, %.0f) crosses the section's midline at x %.0f",
				name, d.name, from, to, (q[1].Y+q[2].Y)/2, mid)
		}
	}
}

// sidedNear reports whether a label's line within about a line of the
// point (x, y), where a leader starts, names a side ("left pyramid",
// "precentral gyrus (right)").
func sidedNear(texts []view.Text, x, y float32) bool {
	for i := range texts {
		tx := &texts[i]
		b := screen.TextBox(face, tx)
		reach := 1.5 * tx.Size
		if x < b.X-reach || x > b.X+b.W+reach || y < b.Y-reach || y > b.Y+b.H+reach {
			continue
		}
		if strings.HasPrefix(tx.S, "left ") || strings.HasPrefix(tx.S, "right ") ||
			strings.HasSuffix(tx.S, "(left)") || strings.HasSuffix(tx.S, "(right)") {
			return true
		}
	}
	return false
}
