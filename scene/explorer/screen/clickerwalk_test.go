package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
)

// clickerLesions are the classic lesions a teacher shows in lesion mode
// after the tour: a short report, a long one and the longest.
var clickerLesions = []string{"capsular_lacune", "weber", "locked_in"}

// TestClickerWalk walks the explorer as a teacher with a clicker does, in
// presenter mode on a 1280×720 and a 1920×1080 projector: the
// corticospinal tour from its start to its end pressing only → (TourNext,
// which shows a step's report page by page), then lesion mode with three
// classic lesions, each report turned with → (ReportPage). Every frame is
// checked: nothing overlaps, leaves the screen or is cut; → from a tour
// step's report's last page opens the next step (and from the last
// step's, ends the tour), and from a classic lesion's last page shows its
// first again. With -walk DIR every frame is written, for a person to
// look at.
func TestClickerWalk(t *testing.T) {
	load(t)
	for _, d := range projectors {
		s := newSession(t)
		s.do(t, act(explorer.TogglePresenter), explorer.Action{Kind: explorer.StartTour, Tour: 0})
		frame := 0
		look := func(what string) {
			t.Helper()
			frame++
			if faults := checkLayout(&s.dl, d); len(faults) > 0 {
				t.Errorf("%s, %s: %d faults:\n  %s", d.name, what, len(faults), strings.Join(faults, "\n  "))
			}
			for _, tx := range s.dl.Texts {
				if strings.HasSuffix(tx.S, "…") {
					t.Errorf("%s, %s: %q is cut", d.name, what, tx.S)
				}
			}
			if *walkDir != "" {
				s.writeFrame(t, fmt.Sprintf("clicker_%s_%03d.png", d.name, frame))
			}
		}
		for press := 0; s.ex.Player() != nil; press++ {
			if press > 200 {
				t.Fatalf("%s: 200 presses of → did not end the tour", d.name)
			}
			for range 120 {
				s.ex.Tick(1.0 / 60) // the camera's move done
			}
			L := s.draw(d)
			p := s.ex.Player()
			step, pages := p.Index(), L.ReportPages()
			look(fmt.Sprintf("tour step %d, page %d of %d", step+1, s.ex.ReportPage()+1, pages))
			last, end := pages == 0 || s.ex.ReportPage() == pages-1, p.AtEnd()
			s.do(t, act(explorer.TourNext))
			switch {
			case end && last:
				if s.ex.Player() != nil {
					t.Errorf("%s: → on the last step's last page did not end the tour", d.name)
				}
			case last:
				if s.ex.Player() == nil || s.ex.Player().Index() != step+1 || s.ex.ReportPage() != 0 {
					t.Errorf("%s: → on step %d's last page did not open step %d at its first page", d.name, step+1, step+2)
				}
			default:
				if s.ex.Player() == nil || s.ex.Player().Index() != step {
					t.Errorf("%s: → on step %d's page %d of %d left the step", d.name, step+1, s.ex.ReportPage(), pages)
				}
			}
		}
		for _, id := range clickerLesions {
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: id})
			for range 120 {
				s.ex.Tick(1.0 / 60)
			}
			L := s.draw(d)
			pages := L.ReportPages()
			for pg := 0; pg < pages; pg++ {
				if pg > 0 {
					s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
					L = s.draw(d)
				}
				look(fmt.Sprintf("%s page %d of %d", id, pg+1, L.ReportPages()))
			}
			s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
			s.draw(d)
			if pages > 1 && s.ex.ReportPage()%pages != 0 {
				t.Errorf("%s: → on %s's last page shows page %d, not the first", d.name, id, s.ex.ReportPage()%pages+1)
			}
		}
	}
}
