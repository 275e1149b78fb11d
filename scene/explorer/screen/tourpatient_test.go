package screen_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/explorer"
)

// TestBrainstemTourShowsTheFace: each lesion step of the brainstem tour
// (Weber, Millard-Gubler, Foville, the medullary syndromes, locked-in), in
// presenter mode on a laptop and a projector, shows the patient's face, a
// view a room reads (minViewCSS each way), at rest as in every
// examination: a crossed syndrome is told by its face (ptosis, the eye
// down and out, the facial palsy). At 1280x720 the body is shown with it
// at rest, as a step opens, where the patient's column is 320 px tall or
// more (not above a caption of six lines); a longer command, or a projector's presenter
// text, which asks larger views than its panel holds two of, leaves the
// face alone (the legs for their reflexes).
func TestBrainstemTourShowsTheFace(t *testing.T) {
	load(t)
	s := newSession(t)
	s.do(t, act(explorer.TogglePresenter))
	tour := -1
	for i, tr := range s.ex.Tours() {
		if tr.ID == "brainstem_syndromes" {
			tour = i
		}
	}
	if tour < 0 {
		t.Fatal("no brainstem tour")
	}
	for _, d := range devices[:2] {
		s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: tour})
		for step := 1; ; step++ {
			L := s.draw(d)
			if L.Left.W > 0 {
				t.Run(fmt.Sprintf("%s/%d", d.name, step), func(t *testing.T) {
					for a := 0; a < int(body.NumActions); a++ {
						L := s.draw(d)
						closeUp, figure := L.PatientViews()
						if min(closeUp.W, closeUp.H) < minViewCSS*d.ratio {
							t.Errorf("%s: the face is %.0f×%.0f px, under %d each way", s.patient.Action(), closeUp.W, closeUp.H, minViewCSS)
						}
						// Beside a tour's report (tourside.go) the patient's
						// column ends at the caption: a caption of six lines
						// leaves it room for the face alone.
						if d.w == 1280 && s.patient.Action() == body.Rest && figure.W == 0 && L.Left.H >= 320 {
							t.Errorf("%s: no figure beside the face", s.patient.Action())
						}
						s.patient.Step(1)
					}
				})
			}
			if s.ex.Player().AtEnd() {
				break
			}
			s.do(t, act(explorer.TourNext))
		}
		s.do(t, act(explorer.EndTour))
	}
}
