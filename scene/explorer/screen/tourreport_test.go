package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// TestTourReportsWithinBudget plays every tour on a phone, a laptop and a
// projector, presenter mode off and on, and checks that each step whose
// report is shown pages within the budget of a classic lesion's report
// (reportAim; tourAim in presenter mode on a wide screen): a tour's lesion
// is a classic one, and a teacher pages it with the same clicker. No line of it starts with the "·" before its
// title's phase.
func TestTourReportsWithinBudget(t *testing.T) {
	load(t)
	for _, d := range lesionDevices {
		for _, presenter := range []bool{false, true} {
			_, aim := reportAim(d, presenter)
			if presenter && d.w >= 700 {
				aim = tourAim
			}
			s := newSession(t)
			if presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			m := screen.NewMetrics(int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio), d.ratio, presenter)
			for i, tr := range s.ex.Tours() {
				s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
				// → shows a step's report page by page before the next
				// step: each step is checked once, from its first page.
				checked := -1
				for {
					L := s.draw(d)
					step := s.ex.Player().Index() + 1
					if n := L.ReportPages(); n > 0 && step != checked {
						checked = step
						t.Run(fmt.Sprintf("%s/presenter=%v/%s/%d", d.name, presenter, tr.ID, step), func(t *testing.T) {
							pages := pageTexts(t, s, d, explorer.ReportPage, (*screen.Layout).ReportPages, m.Least(),
								func(L *screen.Layout) view.Box { return L.Right })
							if len(pages) > aim {
								t.Errorf("the report takes %d pages, over the aim of %d", len(pages), aim)
							}
							for _, pg := range pages {
								for _, l := range pg {
									if strings.HasPrefix(l, "·") {
										t.Errorf("a line of the report starts with its \"·\": %q", pg)
									}
								}
							}
						})
					}
					if s.ex.Player().AtEnd() {
						break
					}
					s.do(t, act(explorer.TourNext))
				}
			}
		}
	}
}
