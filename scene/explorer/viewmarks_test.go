package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
)

// TestViewMarksNameTheSides: seen from above or below, the brain's front
// and back and the patient's right and left are marked where they are (A
// above P in both; R on the right from above and on the left from below,
// as scans are seen); from the side, the front or the first view, where
// the face and the cord say which way is which, nothing is marked; a
// section marks its own cut instead.
func TestViewMarksNameTheSides(t *testing.T) {
	cases := []struct {
		view    string
		section bool
		marked  bool
		rOnLeft bool
	}{
		{"top", false, true, false},
		{"bottom", false, true, true},
		{"front", false, false, false},
		{"left", false, false, false},
		{"oblique", false, false, false},
		{"top", true, false, false},
	}
	for _, c := range cases {
		name := c.view
		if c.section {
			name += ", a section"
		}
		t.Run(name, func(t *testing.T) {
			e := newExplorer(t)
			if c.section {
				run(t, e, []explorer.Action{act(explorer.ToggleSection)})
				e.Tick(1.0 / 60)
			}
			if err := e.LookFrom(c.view); err != nil {
				t.Fatal(err)
			}
			e.Frame(1280, 720, 1) // the marks land where the last frame was told
			marks := map[string]screen.Mark{}
			for _, m := range e.Frame(1280, 720, 1).Content.Marks {
				marks[m.Text] = m
			}
			if c.section {
				// The cut's sides, once each: not the brain's too.
				if n := len(e.Frame(1280, 720, 1).Content.Marks); n > 4 {
					t.Errorf("%d marks over a section, want its four sides alone", n)
				}
				return
			}
			if !c.marked {
				if len(marks) > 0 {
					t.Errorf("marks %v in the %s view", marks, c.view)
				}
				return
			}
			a, p, r, l := marks["A"], marks["P"], marks["R"], marks["L"]
			if len(marks) != 4 {
				t.Fatalf("marks %v, want A, P, R and L", marks)
			}
			if a.Y >= p.Y {
				t.Errorf("A at y=%.0f is not above P at y=%.0f", a.Y, p.Y)
			}
			if (r.X < l.X) != c.rOnLeft {
				t.Errorf("R at x=%.0f, L at x=%.0f; the patient's right on the left: want %v", r.X, l.X, c.rOnLeft)
			}
		})
	}
}
