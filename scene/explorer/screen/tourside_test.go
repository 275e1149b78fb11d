package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// TestTourSideLayout plays every tour in presenter mode on a 1280×720 and
// a 1920×1080 projector and a Retina laptop, → alone, and checks every page of every step
// whose report is shown: the report is a column from the top of the
// screen to the toolbar, beside the caption; the model keeps at least
// two fifths of the width and a quarter of the height; the patient's
// face is a view a room reads; nothing overlaps (a hover name and a note
// too), leaves the screen or is cut.
func TestTourSideLayout(t *testing.T) {
	load(t)
	for _, d := range append(projectors[:len(projectors):len(projectors)], devices[2]) {
		s := newSession(t)
		s.do(t, act(explorer.TogglePresenter))
		w, h := float32(d.w)*d.ratio, float32(d.h)*d.ratio
		for i, tr := range s.ex.Tours() {
			s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
			for range 200 {
				L := s.draw(d)
				what := fmt.Sprintf("%s: %s step %d, page %d", d.name, tr.ID, s.ex.Player().Index()+1, s.ex.ReportPage()+1)
				if L.ReportPages() > 0 {
					r, c := L.Right, L.Centre
					if r.Y > L.Size || r.Y+r.H < L.Caption.Y+L.Caption.H-L.Pad {
						t.Errorf("%s: the report %+v does not run from the top to the caption's foot %+v", what, r, L.Caption)
					}
					if L.Caption.X+L.Caption.W > r.X {
						t.Errorf("%s: the caption %+v runs under the report %+v", what, L.Caption, r)
					}
					if c.W < 0.4*w || c.H < 0.25*h {
						t.Errorf("%s: the model keeps %.0f×%.0f px, under two fifths of the width or a quarter of the height", what, c.W, c.H)
					}
					if face, _ := L.PatientViews(); min(face.W, face.H) < minViewCSS*d.ratio {
						t.Errorf("%s: the patient's face is %.0f×%.0f px", what, face.W, face.H)
					}
					if faults := checkLayout(&s.dl, d); len(faults) > 0 {
						t.Errorf("%s: %d faults:\n  %s", what, len(faults), strings.Join(faults, "\n  "))
					}
					for _, tx := range s.dl.Texts {
						if strings.HasSuffix(tx.S, "…") {
							t.Errorf("%s: %q is cut", what, tx.S)
						}
					}
					// The pointer over the model names what it is on, and
					// a note says what a link could not open: over the
					// model, not the patient's column, which goes up to
					// the top.
					s.hover = "Left corticospinal tract (posterior limb of the internal capsule)"
					s.note = "The link names no lesion this explorer knows."
					s.draw(d)
					if faults := checkLayout(&s.dl, d); len(faults) > 0 {
						t.Errorf("%s, a hover name and a note: %d faults:\n  %s", what, len(faults), strings.Join(faults, "\n  "))
					}
					s.hover, s.note = "", ""
				}
				if s.ex.Player().AtEnd() && s.ex.ReportPage()+1 >= max(1, L.ReportPages()) {
					break
				}
				s.do(t, act(explorer.TourNext))
			}
			s.do(t, act(explorer.EndTour))
		}
	}
}
