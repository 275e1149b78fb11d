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
		_, dl := w.drawnFrame()
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
			if !namedOnScreen(dl, want) {
				t.Errorf("the mark %q is not named on the screen", want)
			}
		}
		// Step 3 talks about the capsule: it names it, not the areas.
		w.do(t, act(explorer.TourNext))
		w.ticks(view.MoveTicks + 2)
		w.checkNamed(t, "step 3", "internal capsule (left)")
		meshes, _ = w.ex.OverlayMeshes()
		for _, m := range meshes {
			if strings.HasPrefix(m.ID, "mark.") && m.Name != "internal capsule (left)" {
				t.Errorf("step 3 still marks %q", m.Name)
			}
		}
	})
}

// checkNamed checks that the step open marks want in the free area, and
// that its name is drawn on the screen.
func (w *window) checkNamed(t *testing.T, what, want string) {
	t.Helper()
	_, dl := w.drawnFrame()
	meshes, _ := w.ex.OverlayMeshes()
	found := false
	for _, m := range meshes {
		if strings.HasPrefix(m.ID, "mark.") && m.Name == want && m.Major {
			found = true
			w.framedIn(t, what+": "+m.Name, m.Positions)
		}
	}
	if !found {
		t.Errorf("%s: no mark named %q", what, want)
	}
	if !namedOnScreen(dl, want) {
		t.Errorf("%s: the mark %q is not named on the screen", what, want)
	}
}

// TestStepMarksStations: a mark names a station of the pathway by the
// atlas's name without its bracket, at the middle of the fibres passing
// it on its side.
func TestStepMarksStations(t *testing.T) {
	a := config(t).Atlas
	for _, c := range []struct {
		mark, name string
		left       bool
	}{
		{"station:internal_capsule:L", "internal capsule (left)", true},
		{"station:crus:R", "crus cerebri (right)", false},
		{"station:pyramid:L", "medullary pyramid (left)", true},
	} {
		marks := explorer.StepMarks(a, []string{c.mark})
		if len(marks) != 1 {
			t.Fatalf("%s: %d marks", c.mark, len(marks))
		}
		if marks[0].Name != c.name {
			t.Errorf("%s: named %q, want %q", c.mark, marks[0].Name, c.name)
		}
		if x := marks[0].Anchor[0]; (x < 0) != c.left || x == 0 {
			t.Errorf("%s: at x %.1f, on the wrong side", c.mark, x)
		}
	}
	if marks := explorer.StepMarks(a, []string{"station:thalamus:L", "station:crus:X"}); len(marks) != 0 {
		t.Errorf("marks naming no station marked %d", len(marks))
	}
}

// namedOnScreen tells whether name is drawn among dl's texts, whole or
// wrapped over lines that follow one another ("leg and foot area",
// "(left)" on a phone).
func namedOnScreen(dl *view.DrawList, name string) bool {
	for i := range dl.Texts {
		joined := ""
		for _, tx := range dl.Texts[i:] {
			joined = strings.TrimSpace(joined + " " + tx.S)
			if joined == name {
				return true
			}
			if !strings.HasPrefix(name, joined) {
				break
			}
		}
	}
	return false
}
