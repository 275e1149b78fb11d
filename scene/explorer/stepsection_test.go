package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestTourSectionsFillTheFreeArea: every tour step showing a section, on
// every screen, presenter mode off and on, frames the cut as the section
// mode does: its box (geom.SectionBox: the brainstem's own cut, the
// cord's widest segment) spans at least half the free area's shorter
// side, inside it. Nothing from the camera's side of the plane is drawn
// over the cut face: the trace's tubes and action potentials, which the
// section mode keeps in a thin slab there, are left out (the cut lights
// the traced fibres), and the rest of the model is clipped at the plane.
func TestTourSectionsFillTheFreeArea(t *testing.T) {
	a := config(t).Atlas
	eachScreen(t, func(t *testing.T, w *window) {
		for i, tr := range w.ex.Tours() {
			w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
			for step := 1; ; step++ {
				w.ticks(view.MoveTicks + 2)
				if st := w.ex.State(); st.Section != "" {
					what := tr.ID + " step " + string(rune('0'+step/10)) + string(rune('0'+step%10)) + " at " + st.Section
					lo, hi, ok := geom.SectionBox(a, w.ex.Level())
					if !ok {
						t.Fatalf("%s: no section box", what)
					}
					p := w.ex.Proportions()
					box := []mgl32.Vec3{p.Warp(lo), p.Warp(mgl32.Vec3{hi[0], lo[1], lo[2]}), p.Warp(mgl32.Vec3{lo[0], hi[1], lo[2]}), p.Warp(hi)}
					if f := w.framedIn(t, what+": the cut", box).fill(); f < 0.5 {
						t.Errorf("%s: the cut spans %.0f%% of the free area's shorter side, want 50%% or more", what, 100*f)
					}
					f := w.ex.Frame(w.w, w.h, w.ratio)
					if !f.Options.Clip {
						t.Errorf("%s: the model is not clipped at the cut", what)
					}
					if len(f.Options.Markers) > 0 {
						t.Errorf("%s: %d action potentials drawn by the cut", what, len(f.Options.Markers))
					}
					for _, m := range f.Overlay {
						if strings.HasPrefix(m.ID, "trace.") {
							t.Errorf("%s: the trace's tube %s is drawn by the cut", what, m.ID)
							break
						}
					}
				}
				if w.ex.Player().AtEnd() {
					break
				}
				w.do(t, act(explorer.TourNext))
			}
			w.do(t, act(explorer.EndTour))
			w.ticks(1)
		}
	})
}
