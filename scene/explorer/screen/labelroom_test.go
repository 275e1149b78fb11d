package screen_test

import (
	"fmt"
	"image"
	"os"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/raster"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// TestLabelsKeepOffTheModel: with the model's labels on (the Labels
// toggle, a tour's first step, every section level), on a phone held
// upright and on a laptop and a desktop screen, no label's text lies over
// the model as drawn without labels (for a section, its cut face), over
// another label or over a panel, and no two leader lines cross. With
// -walk DIR it writes each frame there, to look at.
func TestLabelsKeepOffTheModel(t *testing.T) {
	if testing.Short() {
		t.Skip("draws every section level on three screens")
	}
	phone := device{"390x844@3", 390, 844, 3, words.Touch}
	for _, d := range []device{phone, devices[0], devices[1]} {
		t.Run(d.name, func(t *testing.T) {
			s := newSession(t)
			s.do(t, act(explorer.ToggleLabels))
			s.settle(d, 60)
			checkLabels(t, s, d, "explore", 6)

			s = newSession(t)
			s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: 0})
			s.settle(d, 120)
			checkLabels(t, s, d, "tour1_step1", 4)

			s = newSession(t)
			s.do(t, act(explorer.ToggleLabels))
			s.draw(d)
			s.do(t, act(explorer.ToggleSection))
			for range 16 {
				s.do(t, act(explorer.SectionUp))
			}
			for i := 0; i < 40; i++ {
				s.settle(d, 40)
				id := s.ex.Level().ID
				checkLabels(t, s, d, fmt.Sprintf("section%02d_%s", i, id), 2)
				s.do(t, act(explorer.SectionDown))
				if s.ex.Level().ID == id {
					break
				}
			}
		})
	}
}

// settle draws n frames of a sixtieth of a second on d, so that the
// camera's moves are done.
func (s *session) settle(d device, n int) {
	for range n {
		s.ex.Tick(1.0 / 60)
		s.draw(d)
	}
}

// checkLabels draws the frame on d as the window does, and the model
// alone, and checks the labels against both; a frame with fewer than
// least labels fails too. It returns the frame's leader lines; the
// renderer's last frame is the one with labels.
func checkLabels(t *testing.T, s *session, d device, name string, least int) [][4]float32 {
	t.Helper()
	w, h := int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio)
	m := screen.NewMetrics(w, h, d.ratio, s.ex.Presenter())
	c := s.content()
	L := s.screen.Place(m, c)
	f := s.ex.Frame(w, h, d.ratio)
	opt := f.Options
	opt.LabelSize, opt.LabelMin = m.LabelSize(), m.LabelLeast()
	area, ok := L.LabelArea()
	if !ok || !opt.Labels {
		t.Errorf("%s: no labels (room for them: %v)", name, ok)
		return nil
	}
	opt.LabelArea = area
	s.renderer.SetOverlay(f.Overlay)
	// The model alone: for a section, its cut face alone (the overlay's
	// names are the section's; the brain behind it is not theirs to
	// keep off), as the labels see it.
	bare := opt
	bare.Labels = false
	var alone view.DrawList
	s.renderer.Frame(&alone, &f.Camera, w, h, bare)
	ownNames := false
	for _, o := range f.Overlay {
		ownNames = ownNames || o.Major
	}
	if ownNames {
		alone.Indices = onlyFrom(alone.Indices, overlayStart(&alone, len(f.Overlay), s, &f, w, h, bare))
	}
	img, err := raster.NewScreenPainter().Draw(&alone)
	if err != nil {
		t.Fatal(err)
	}
	s.dl.Reset(w, h)
	s.renderer.Frame(&s.dl, &f.Camera, w, h, opt)
	texts := append([]view.Text(nil), s.dl.Texts...)
	var leaders [][4]float32
	for v := len(alone.Vertices); v+3 < len(s.dl.Vertices); v += 4 {
		q := s.dl.Vertices[v : v+4]
		leaders = append(leaders, [4]float32{(q[0].X + q[3].X) / 2, (q[0].Y + q[3].Y) / 2, (q[1].X + q[2].X) / 2, (q[1].Y + q[2].Y) / 2})
	}
	s.screen.Draw(&s.dl, &L, c)
	if *walkDir != "" {
		if err := os.MkdirAll(*walkDir, 0o755); err != nil {
			t.Fatal(err)
		}
		s.writeFrame(t, fmt.Sprintf("labels_%s_%s.png", d.name, name))
	}
	if len(texts) < least {
		t.Errorf("%s: %d lines of labels, want at least %d", name, len(texts), least)
	}
	bg := s.dl.Background
	min := 14 * d.ratio
	for i := range texts {
		tx := &texts[i]
		if tx.Size < min-0.5 {
			t.Errorf("%s: label %q is %.1f px, under %.0f (14 CSS px)", name, tx.S, tx.Size, min)
		}
		b := screen.TextBox(face, tx)
		if n := modelPixels(img, b, bg); n > 0.01*b.W*b.H {
			t.Errorf("%s: label %q at (%.0f, %.0f) lies over %.0f pixels of the model", name, tx.S, b.X, b.Y, n)
		}
		for _, p := range s.dl.Boxes {
			if b.Overlaps(p, 1) {
				t.Errorf("%s: label %q lies over the panel %s", name, tx.S, p.ID)
			}
		}
		for j := i + 1; j < len(texts); j++ {
			if o := screen.TextBox(face, &texts[j]); b.Overlaps(o, 1) {
				t.Errorf("%s: labels %q and %q overlap", name, tx.S, texts[j].S)
			}
		}
	}
	for i, a := range leaders {
		for _, b := range leaders[i+1:] {
			if segmentsCross(a, b) {
				t.Errorf("%s: leader lines %v and %v cross", name, a, b)
			}
		}
		for _, k := range opt.LabelKeepOff {
			if k != (view.Area{}) && segmentHitsBox(a, k) {
				t.Errorf("%s: leader line %v runs under the mark at %v (a section's side letter)", name, a, k)
			}
		}
	}
	return leaders
}

// segmentHitsBox reports whether the segment s runs into box b: an end
// inside it, or across one of its edges.
func segmentHitsBox(s [4]float32, b view.Area) bool {
	in := func(x, y float32) bool { return x > b.X0 && x < b.X1 && y > b.Y0 && y < b.Y1 }
	if in(s[0], s[1]) || in(s[2], s[3]) {
		return true
	}
	for _, e := range [][4]float32{{b.X0, b.Y0, b.X1, b.Y0}, {b.X1, b.Y0, b.X1, b.Y1}, {b.X1, b.Y1, b.X0, b.Y1}, {b.X0, b.Y1, b.X0, b.Y0}} {
		if segmentsCross(s, e) {
			return true
		}
	}
	return false
}

// overlayStart returns where the overlay's vertices start in the model
// drawn without it and with it: the number of vertices the model alone
// makes.
func overlayStart(dl *view.DrawList, n int, s *session, f *explorer.Frame, w, h int, opt view.FrameOptions) int {
	if n == 0 {
		return len(dl.Vertices)
	}
	var none view.DrawList
	s.renderer.SetOverlay(nil)
	s.renderer.Frame(&none, &f.Camera, w, h, opt)
	s.renderer.SetOverlay(f.Overlay)
	return len(none.Vertices)
}

// onlyFrom keeps the triangles of idx whose vertices are from from on.
func onlyFrom(idx []uint32, from int) []uint32 {
	var out []uint32
	for t := 0; t+2 < len(idx); t += 3 {
		if int(idx[t]) >= from {
			out = append(out, idx[t:t+3]...)
		}
	}
	return out
}

// modelPixels counts the pixels of img in b that are not the background.
func modelPixels(img *image.RGBA, b view.Box, bg [4]float32) float32 {
	r := image.Rect(int(b.X), int(b.Y), int(b.X+b.W), int(b.Y+b.H)).Intersect(img.Bounds())
	want := [3]int{int(bg[0]*255 + 0.5), int(bg[1]*255 + 0.5), int(bg[2]*255 + 0.5)}
	n := float32(0)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			o := img.PixOffset(x, y)
			for k := range 3 {
				if d := int(img.Pix[o+k]) - want[k]; d > 10 || d < -10 {
					n++
					break
				}
			}
		}
	}
	return n
}

// segmentsCross reports whether two segments cross, other than at an end.
func segmentsCross(a, b [4]float32) bool {
	side := func(px, py, qx, qy, rx, ry float32) float32 {
		return (qx-px)*(ry-py) - (qy-py)*(rx-px)
	}
	d1 := side(a[0], a[1], a[2], a[3], b[0], b[1])
	d2 := side(a[0], a[1], a[2], a[3], b[2], b[3])
	d3 := side(b[0], b[1], b[2], b[3], a[0], a[1])
	d4 := side(b[0], b[1], b[2], b[3], a[2], a[3])
	return (d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0)
}
