package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// TestStepMarksWhatItNames: the corticospinal tour's second step, whose
// caption says where the hand knob and the leg area lie, marks both on
// the model with their names, in the free area, on every screen,
// presenter mode off and on; the next step, which names neither, drops
// the marks.
func TestStepMarksWhatItNames(t *testing.T) {
	eachScreen(t, func(t *testing.T, w *window) {
		w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: 0}, act(explorer.TourNext))
		w.ticks(view.MoveTicks + 2)
		if !strings.Contains(w.ex.Player().Step().Caption, "hand knob") {
			t.Fatalf("step 2 says %q", w.ex.Player().Step().Caption)
		}
		if !w.ex.Options().Labels {
			t.Error("the marks' names are not drawn: the labels are off")
		}
		// The frame as the window draws it, labels and all.
		f := w.ex.Frame(w.w, w.h, w.ratio)
		opt := f.Options
		opt.LabelSize, opt.LabelMin = f.Layout.Size*0.85, f.Layout.M.Least()
		if area, ok := f.Layout.LabelArea(); ok {
			opt.LabelArea = area
		}
		var dl view.DrawList
		w.r.Frame(&dl, &f.Camera, w.w, w.h, opt)
		meshes, _ := w.ex.OverlayMeshes()
		for _, want := range []string{"hand area (left)", "leg and foot area (left)"} {
			found := false
			for _, m := range meshes {
				if strings.HasPrefix(m.ID, "mark.") && m.Name == want && m.Major {
					found = true
					w.framedIn(t, m.Name, m.Positions)
				}
			}
			if !found {
				t.Errorf("no mark named %q", want)
			}
			named := false
			for _, tx := range dl.Texts {
				named = named || tx.S == want
			}
			if !named {
				t.Errorf("the mark %q is not named on the screen", want)
			}
		}
		w.do(t, act(explorer.TourNext))
		w.ticks(1)
		meshes, _ = w.ex.OverlayMeshes()
		for _, m := range meshes {
			if strings.HasPrefix(m.ID, "mark.") {
				t.Errorf("step 3 still marks %q", m.Name)
			}
		}
	})
}
