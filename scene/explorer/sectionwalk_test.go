package explorer_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestSectionLeftReturnsTheCamera walks the sections as a student did on
// a ratio-2 laptop: X, Page Down seven times, Page Up twelve times (past
// the top level), X. The camera goes back to where it was before X.
func TestSectionLeftReturnsTheCamera(t *testing.T) {
	w := newWindow(t, 2880, 1800, 2)
	w.ticks(view.MoveTicks + 1)
	before := w.ex.MoveGoal()
	w.do(t, act(explorer.ToggleSection))
	w.ticks(20)
	for range 7 {
		w.do(t, act(explorer.SectionDown))
		w.ticks(20)
	}
	for range 12 {
		w.do(t, act(explorer.SectionUp))
		w.ticks(20)
	}
	w.do(t, act(explorer.ToggleSection))
	w.ticks(view.MoveTicks + 1)
	if got := w.ex.Camera(); !sameCamera(got, before) {
		t.Errorf("after the section the camera is %+v, want %+v as before it", got, before)
	}
}

// TestEverySectionFramedWhole steps through every section level, as Page
// Up and Page Down do, on a phone held upright, a projector and a large
// monitor: each level's whole cut face (the hemispheres' and the
// cerebellum's outlines too, the slice as a scan shows it) lands inside
// the part of the screen the panels leave, under none of them, but for
// the cerebellum behind the brainstem, which may run off; Page Up
// past the top level leaves it framed.
func TestEverySectionFramedWhole(t *testing.T) {
	for _, s := range screens {
		t.Run(s.name, func(t *testing.T) {
			w := newWindow(t, s.w, s.h, s.ratio)
			w.do(t, act(explorer.ToggleSection))
			for range 8 {
				w.do(t, act(explorer.SectionUp))
			}
			for i := 0; ; i++ {
				w.ticks(view.MoveTicks + 1)
				id := w.ex.Level().ID
				var pts []mgl32.Vec3
				p := w.ex.Proportions()
				for _, m := range w.ex.SectionMeshes() {
					if strings.HasPrefix(m.ID, "section.cerebellum") {
						// Context behind the brainstem, free to run off.
						continue
					}
					for _, v := range m.Positions {
						pts = append(pts, p.Warp(v))
					}
				}
				w.framedIn(t, "section "+id, pts)
				if i == 0 {
					// Past the top: nothing changes.
					w.do(t, act(explorer.SectionUp))
					continue
				}
				w.do(t, act(explorer.SectionDown))
				if w.ex.Level().ID == id {
					break
				}
			}
		})
	}
}

// TestCordSectionsAtOneScale: stepping through the cord, every segment is
// seen at one scale, so that on the screen C6's section is wider than
// C2's and T6's by the measured ratio of their widths (segments.json),
// not framed each to fill the screen alike.
func TestCordSectionsAtOneScale(t *testing.T) {
	for _, s := range screens {
		t.Run(s.name, func(t *testing.T) {
			w := newWindow(t, s.w, s.h, s.ratio)
			px := map[string]float32{}
			for _, id := range []string{"C2", "C6", "T6"} {
				w.cut(t, id)
				w.ticks(view.MoveTicks + 1)
				p := w.ex.Proportions()
				x0, x1 := float32(math.MaxFloat32), float32(-math.MaxFloat32)
				for _, m := range w.ex.SectionMeshes() {
					if m.ID != "section.face" {
						continue
					}
					for _, v := range m.Positions {
						x, _, _ := w.lands(p.Warp(v), 0)
						x0, x1 = min(x0, x), max(x1, x)
					}
				}
				px[id] = x1 - x0
			}
			a := config(t).Atlas
			for _, small := range []string{"C2", "T6"} {
				l, _ := anatomy.ParseLevel(small)
				c6, _ := anatomy.ParseLevel("C6")
				want := a.Segment(c6).RX / a.Segment(l).RX
				if got := float64(px["C6"] / px[small]); got <= 1 || math.Abs(got-want) > 0.02*want {
					t.Errorf("C6's section is drawn %.0f px wide, %s's %.0f px: %.3f times, want the measured %.3f", px["C6"], small, px[small], got, want)
				}
			}
		})
	}
}

// TestSectionSaysWhatItShows: a section's level and how it is seen are in
// the caption band, on its backing (not over the slice), the cord's with
// its measured width; its sides are marked where they lie, the patient's
// R on the viewer's left as a scan shows it, A at the top, each inside
// the free area; and the hint bar gives the section's own keys, not
// explore's.
func TestSectionSaysWhatItShows(t *testing.T) {
	for _, s := range screens {
		t.Run(s.name, func(t *testing.T) {
			w := newWindow(t, s.w, s.h, s.ratio)
			for _, c := range []struct{ level, says string }{
				{"capsule", "internal capsule"},
				{"C6", "C6, 12.7 × 7.4 mm"},
			} {
				w.cut(t, c.level)
				w.ticks(view.MoveTicks + 1)
				f := w.ex.Frame(w.w, w.h, w.ratio)
				caption := f.Content.Caption
				if !strings.Contains(caption, c.says) || !strings.Contains(caption, "the patient's right on your left") || f.Layout.Caption.H == 0 {
					t.Errorf("%s: caption %q in %+v, want it to name %q and say how it is seen", c.level, caption, f.Layout.Caption, c.says)
				}
				if strings.Contains(f.Content.Tags, "Section") {
					t.Errorf("%s: the tags %q name the section over the model", c.level, f.Content.Tags)
				}
				if hint := f.Content.Hint; !strings.Contains(hint, "Page Up") || !strings.Contains(hint, "Esc: leave") || strings.Contains(hint, "gyrus") {
					t.Errorf("%s: the hint is %q, want the section's levels and how to leave it", c.level, hint)
				}
				at := map[string][2]float32{}
				for _, m := range f.Content.Marks {
					at[m.Text] = [2]float32{m.X, m.Y}
					b := f.Layout.Centre
					if m.X < b.X || m.X > b.X+b.W || m.Y < b.Y || m.Y > b.Y+b.H {
						t.Errorf("%s: mark %s at (%.0f, %.0f) outside the free area %+v", c.level, m.Text, m.X, m.Y, b)
					}
				}
				if len(at) != 4 {
					t.Fatalf("%s: marks %v, want R, L, A and P", c.level, f.Content.Marks)
				}
				if at["R"][0] >= at["L"][0] || at["A"][1] >= at["P"][1] {
					t.Errorf("%s: R at %v, L at %v, A at %v, P at %v: want R on the left and A at the top, as a scan", c.level, at["R"], at["L"], at["A"], at["P"])
				}
			}
		})
	}
}

// TestBrainstemSectionFillsTheFrame: at the midbrain, the pons and the
// medulla the brainstem's cut (without the cerebellum behind it) spans at
// least half the free area's smaller side, and the R, L, A and P marks lie
// off it, outside its box on the screen.
func TestBrainstemSectionFillsTheFrame(t *testing.T) {
	for _, s := range screens {
		t.Run(s.name, func(t *testing.T) {
			w := newWindow(t, s.w, s.h, s.ratio)
			real, err := geom.ShippedSectionAnatomy()
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{"midbrain", "pons", "caudal_pons", "medulla"} {
				w.cut(t, id)
				w.ticks(view.MoveTicks + 1)
				blo, bhi, ok := real.FaceBounds(w.ex.Level().Z)
				if !ok {
					t.Fatalf("%s: no brainstem cut", id)
				}
				z := float32(w.ex.Level().Z)
				lo, hi := blo.Vec3(z), bhi.Vec3(z)
				p := w.ex.Proportions()
				x0, y0 := float32(math.MaxFloat32), float32(math.MaxFloat32)
				x1, y1 := -x0, -y0
				for _, c := range []mgl32.Vec3{lo, {hi[0], lo[1], lo[2]}, {lo[0], hi[1], lo[2]}, hi} {
					x, y, _ := w.lands(p.Warp(c), 0)
					x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
				}
				f := w.ex.Frame(w.w, w.h, w.ratio)
				c := f.Layout.Centre
				if span, side := max(x1-x0, y1-y0), min(c.W, c.H); span < side/2 {
					t.Errorf("%s: the brainstem's cut spans %.0f px of the free area's %.0f: want at least half", id, span, side)
				}
				for _, m := range f.Content.Marks {
					if m.X > x0 && m.X < x1 && m.Y > y0 && m.Y < y1 {
						t.Errorf("%s: mark %s at (%.0f, %.0f) on the brainstem's cut (%.0f, %.0f)-(%.0f, %.0f)", id, m.Text, m.X, m.Y, x0, y0, x1, y1)
					}
				}
			}
		})
	}
}

// TestSectionSidesMarkedWithLabels: with the labels on, every side's
// letter is drawn at the brainstem's and the cord's levels on every
// screen: none is left out for lying over a label's name.
func TestSectionSidesMarkedWithLabels(t *testing.T) {
	for _, s := range screens {
		t.Run(s.name, func(t *testing.T) {
			w := newWindow(t, s.w, s.h, s.ratio)
			st := w.ex.State()
			st.Labels = true
			if err := w.ex.Set(st); err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{"midbrain", "pons", "caudal_pons", "medulla", "C1", "C6", "T6", "L4"} {
				w.cut(t, id)
				w.ticks(view.MoveTicks + 1)
				f, dl := w.drawnFrame()
				w.ex.DrawPanels(dl, &f)
				for _, side := range []string{"R", "L", "A", "P"} {
					drawn := false
					for _, tx := range dl.Texts {
						drawn = drawn || tx.S == side
					}
					if !drawn {
						t.Errorf("%s: the side %s is not marked", id, side)
					}
				}
			}
		})
	}
}
