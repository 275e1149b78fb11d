package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// TestLabelsButtonShowsTheLabels: at every step of every tour, the
// toolbar's Labels button is on exactly when the model is drawn with its
// labels (a step's section and marks name parts whatever the state's
// Labels say, and the button said "off" over them), and pressing it
// turns off what is shown and on again.
func TestLabelsButtonShowsTheLabels(t *testing.T) {
	w := newWindow(t, 1440, 900, 1)
	check := func(what string) bool {
		t.Helper()
		f := w.ex.Frame(w.w, w.h, w.ratio)
		drawn, on := w.ex.Options().Labels, f.Content.On[screen.ToolLabels]
		if drawn != on {
			t.Errorf("%s: labels drawn %v, the Labels button on %v", what, drawn, on)
		}
		return drawn
	}
	forced := 0
	for i, tr := range w.ex.Tours() {
		w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
		for step := 1; ; step++ {
			w.ticks(view.MoveTicks + 2)
			what := tr.ID + " step " + itoa(step)
			was := check(what)
			if was && !w.ex.Labels() {
				forced++
				w.do(t, act(explorer.ToggleLabels))
				if check(what + ", Labels pressed once") {
					t.Errorf("%s: pressing Labels over forced labels left them shown", what)
				}
				w.do(t, act(explorer.ToggleLabels))
				if !check(what + ", Labels pressed twice") {
					t.Errorf("%s: pressing Labels twice left them hidden", what)
				}
				w.do(t, act(explorer.ToggleLabels))
			}
			if w.ex.Player().AtEnd() {
				break
			}
			w.do(t, act(explorer.TourNext))
			if !check(tr.ID+" step "+itoa(step+1)+", opened") && len(w.ex.Player().Step().Marks) > 0 {
				t.Errorf("%s: the next step's marks are not named after the labels were turned off", tr.ID)
			}
		}
		w.do(t, act(explorer.EndTour))
		w.ticks(1)
	}
	if forced == 0 {
		t.Error("no tour step names its parts with the state's labels off: the test tests nothing")
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
