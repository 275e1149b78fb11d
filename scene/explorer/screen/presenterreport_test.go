package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// projectors are the screens a teacher presents on: presenter mode there
// doubles the text and must still fit.
var projectors = []device{devices[0], devices[1]}

// presenterPage is one page of a report in presenter mode as drawn.
type presenterPage struct {
	// name says which report and page it is, for a failure's message.
	name string
	// texts are the report's texts, the legend's kinds left out; cue
	// is the page cue's words.
	texts []view.Text
	cue   string
	// page and pages count the report's pages; last says a tour is at
	// its last step.
	page, pages int
	tour, last  bool
}

// reportTexts returns the report's texts drawn in L.Right, the legend's
// kinds left out, and its page cue: the page's number, or on a tour
// step's last page where → goes.
func reportTexts(s *session, L *screen.Layout) (texts []view.Text, cue string) {
	number := fmt.Sprintf("%d / %d", s.ex.ReportPage()%max(1, L.ReportPages())+1, L.ReportPages())
	for _, tx := range s.dl.Texts {
		if !screen.In(L.Right, tx.X, tx.Y) || tx.S == "UMN" || tx.S == "LMN" || tx.S == "mixed" {
			continue
		}
		if strings.HasPrefix(tx.S, number) || strings.HasPrefix(tx.S, "→ ") {
			cue = tx.S
		}
		texts = append(texts, tx)
	}
	return texts, cue
}

// presenterPages draws, in presenter mode on d, every page of every
// classic lesion's report and of the quiz's, turned with → (ReportPage), and every page of
// every tour step's report, the tour played with → alone (TourNext, which
// shows a step's report page by page before the next step), and calls
// check with each.
func presenterPages(t *testing.T, d device, check func(p presenterPage)) {
	t.Helper()
	for _, p := range cfg.Presets {
		s := newSession(t)
		s.do(t, act(explorer.TogglePresenter), explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID})
		L := s.draw(d)
		n := L.ReportPages()
		for pg := 0; pg < n; pg++ {
			if pg > 0 {
				s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
				L = s.draw(d)
			}
			texts, cue := reportTexts(s, &L)
			check(presenterPage{name: fmt.Sprintf("%s on %s, page %d of %d", p.ID, d.name, pg+1, n), texts: texts, cue: cue, page: pg, pages: n})
		}
	}
	// The quiz: its report asks where the lesion is, then heads the
	// student's guess.
	for _, guess := range []string{"", "capsular_lacune", "weber"} {
		s := newSession(t)
		s.do(t, act(explorer.TogglePresenter), explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"})
		if guess != "" {
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: guess})
		}
		L := s.draw(d)
		n := L.ReportPages()
		for pg := 0; pg < n; pg++ {
			if pg > 0 {
				s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
				L = s.draw(d)
			}
			texts, cue := reportTexts(s, &L)
			check(presenterPage{name: fmt.Sprintf("the quiz, guess %q, on %s, page %d of %d", guess, d.name, pg+1, n), texts: texts, cue: cue, page: pg, pages: n})
		}
	}
	s := newSession(t)
	s.do(t, act(explorer.TogglePresenter))
	for i, tr := range s.ex.Tours() {
		s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
		for range 500 {
			L := s.draw(d)
			if n := L.ReportPages(); n > 0 {
				pg := s.ex.ReportPage() % n
				texts, cue := reportTexts(s, &L)
				check(presenterPage{name: fmt.Sprintf("%s step %d on %s, page %d of %d", tr.ID, s.ex.Player().Index()+1, d.name, pg+1, n),
					texts: texts, cue: cue, page: pg, pages: n, tour: true, last: s.ex.Player().AtEnd()})
				if pg+1 < n {
					s.do(t, act(explorer.TourNext))
					continue
				}
			}
			if s.ex.Player().AtEnd() {
				break
			}
			s.do(t, act(explorer.TourNext))
		}
		if s.ex.Player() == nil || !s.ex.Player().AtEnd() {
			t.Fatalf("%s: → did not reach the tour's end", tr.ID)
		}
	}
}

// TestPresenterReportSize: in presenter mode on a 1280×720 and a 1920×1080
// projector, every line of every classic lesion's report, of the quiz's
// (its title wrapping, not shrinking) and of every tour step's is drawn at presenter mode's report size (its title, body,
// rows, signs, footnote and cue alike): a long report, or a tour's short
// panel above its caption, takes more pages, never smaller type.
func TestPresenterReportSize(t *testing.T) {
	load(t)
	for _, d := range projectors {
		m := screen.NewMetrics(d.w, d.h, d.ratio, true)
		want := m.Size() * 0.9 // the report's size, a shade under the frame's
		presenterPages(t, d, func(p presenterPage) {
			if len(p.texts) == 0 {
				t.Errorf("%s: nothing drawn", p.name)
			}
			for _, tx := range p.texts {
				if tx.Size < want-0.01 || tx.Size > want+0.01 {
					t.Errorf("%s: %q is %.1f px, not presenter mode's %.1f", p.name, tx.S, tx.Size, want)
				}
			}
		})
	}
}

// TestPresenterCueSaysHow: in presenter mode on a projector, the cue of
// every page of a report that pages says how it turns, naming → (a
// clicker's key) in lesion mode and in a tour; on a report's last page it
// says where → goes: in a tour on to the next step, or to the tour's end
// at its last (never back to the first page, which a tour's → does not
// do), in lesion mode back to the first page.
func TestPresenterCueSaysHow(t *testing.T) {
	load(t)
	for _, d := range projectors {
		presenterPages(t, d, func(p presenterPage) {
			if p.pages < 2 {
				return
			}
			if !strings.Contains(p.cue, "→") {
				t.Errorf("%s: the cue %q does not name →", p.name, p.cue)
			}
			if p.page+1 < p.pages {
				return
			}
			// The last page says where → goes: in a tour the next step
			// (never back round, which a tour's → does not do), or the
			// tour's end at its last; in lesion mode the first page.
			want := "first page"
			switch {
			case p.tour && p.last:
				want = "end of"
			case p.tour:
				want = "next step"
			}
			if p.tour && strings.Contains(p.cue, "first") {
				t.Errorf("%s: the cue %q says → comes back round, which in a tour it does not", p.name, p.cue)
			}
			if !strings.Contains(p.cue, want) {
				t.Errorf("%s: the last page's cue %q does not say %q", p.name, p.cue, want)
			}
		})
	}
}

// TestPresenterRowsTurnWithTheirHeading: in presenter mode, as without
// it, a page of a report that begins with a row of weak regions begins
// with its type's heading, in lesion mode and in every tour step: "Mild:
// tongue" atop a page reads as no one's.
func TestPresenterRowsTurnWithTheirHeading(t *testing.T) {
	load(t)
	kinds := map[[3]float32]bool{{0.34, 0.71, 0.91}: true, {0.90, 0.62, 0.00}: true, {0.80, 0.47, 0.65}: true}
	for _, d := range projectors {
		presenterPages(t, d, func(p presenterPage) {
			if p.page == 0 {
				return
			}
			// The body's first line: after the title's, which is in
			// the caption's colour.
			i := 0
			for i < len(p.texts) && !kinds[rgbOf(p.texts[i])] && rgbOf(p.texts[i]) == rgbOf(p.texts[0]) {
				i++
			}
			if i == len(p.texts) || !kinds[rgbOf(p.texts[i])] {
				return
			}
			if first := p.texts[i].S; !strings.HasPrefix(first, "Upper motor") && !strings.HasPrefix(first, "Lower motor") && !strings.HasPrefix(first, "Mixed") {
				t.Errorf("%s begins with a row without its heading: %q", p.name, first)
			}
		})
	}
}

// TestPresenterNoHeadingAlone: in presenter mode on a projector, no page
// of a report (a classic lesion's, the quiz's, a tour step's) ends with a
// type's heading whose rows are all on the next page, nor holds a heading
// alone: a heading is drawn at the panel's margin in its type's colour,
// its rows indented under it.
func TestPresenterNoHeadingAlone(t *testing.T) {
	load(t)
	kinds := map[[3]float32]bool{{0.34, 0.71, 0.91}: true, {0.90, 0.62, 0.00}: true, {0.80, 0.47, 0.65}: true}
	for _, d := range projectors {
		presenterPages(t, d, func(p presenterPage) {
			var margin float32 = -1
			for _, tx := range p.texts {
				if margin < 0 || tx.X < margin {
					margin = tx.X
				}
			}
			// The last line in a type's colour: a heading's when it is at
			// the margin, which no row under it follows on the page.
			last := -1
			for i, tx := range p.texts {
				if kinds[rgbOf(tx)] {
					last = i
				}
			}
			if last >= 0 && p.texts[last].X < margin+1 {
				t.Errorf("%s ends with a heading whose rows are on the next page: %q", p.name, p.texts[last].S)
			}
		})
	}
}
