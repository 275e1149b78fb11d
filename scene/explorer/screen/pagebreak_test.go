package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// reportPage is one page of a report as drawn: its body's lines (the
// title, the legend and the cue left out) and its cue.
type reportPage struct {
	body []string
	cue  view.Text
	// texts are body's lines as drawn, their colours with them.
	texts []view.Text
}

// reportPagesDrawn turns through the report shown in L.Right and returns
// its pages.
func reportPagesDrawn(t *testing.T, s *session, d device) []reportPage {
	t.Helper()
	L := s.draw(d)
	var out []reportPage
	for p := 0; p < L.ReportPages(); p++ {
		if p > 0 {
			s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
			L = s.draw(d)
		}
		var pg reportPage
		r := s.ex.Report()
		// The quiz's report is titled as the quiz, whatever is placed.
		heading := r.Title
		if at := strings.LastIndex(heading, " · "); s.ex.QuizPreset() != "" && r.Placed && at >= 0 {
			heading = screen.QuizTitle + heading[at:]
		}
		inTitle, title := true, strings.Fields(heading)
		for _, tx := range s.dl.Texts {
			if !screen.In(L.Right, tx.X, tx.Y) {
				continue
			}
			switch {
			case strings.Contains(tx.S, fmt.Sprintf("%d / %d", p+1, L.ReportPages())) || strings.HasPrefix(tx.S, "→ "):
				// The cue: the page's number, or on a tour step's last
				// page where → goes.
				pg.cue = tx
			case tx.S == "UMN" || tx.S == "LMN" || tx.S == "mixed":
			case inTitle && len(title) > 0 && strings.HasPrefix(strings.Join(title, " "), strings.Join(strings.Fields(tx.S), " ")):
				title = title[len(strings.Fields(tx.S)):]
			default:
				inTitle = false
				pg.body = append(pg.body, tx.S)
				pg.texts = append(pg.texts, tx)
			}
		}
		out = append(out, pg)
	}
	s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
	return out
}

// checkPageBreaks fails t when a page of the report in s, on d, ends
// inside a sentence (its last line neither ends a sentence or clause nor
// ends one of the report's paragraphs or rows), or when the cue moves
// between pages.
func checkPageBreaks(t *testing.T, s *session, d device) {
	t.Helper()
	r := s.ex.Report()
	ends := []string{r.Summary, words.MRCNote}
	ends = append(ends, strings.Split(r.Signs, "\n")...)
	for _, row := range r.Rows {
		ends = append(ends, row.Text, row.Region, row.Heading, row.Group, row.Grade)
	}
	pages := reportPagesDrawn(t, s, d)
	for i, pg := range pages {
		if i+1 < len(pages) && len(pg.body) > 0 {
			last := pg.body[len(pg.body)-1]
			word := last[strings.LastIndex(last, " ")+1:]
			ok := strings.ContainsAny(word[len(word)-1:], ".;?!")
			for _, e := range ends {
				ok = ok || (e != "" && strings.HasSuffix(strings.TrimRight(e, "."), strings.TrimRight(word, ".")))
			}
			if !ok {
				t.Errorf("page %d of %d ends inside a sentence: %q, then %q", i+1, len(pages), last, pages[i+1].body)
			}
		}
		if c0 := pages[0].cue; pg.cue.Y != c0.Y || pg.cue.Align != c0.Align || (pg.cue.Align == view.AlignRight && pg.cue.X != c0.X) ||
			(pg.cue.Align == view.AlignLeft && pg.cue.X != c0.X) {
			t.Errorf("page %d's cue %q is at (%.0f, %.0f, %v), page 1's %q at (%.0f, %.0f, %v)",
				i+1, pg.cue.S, pg.cue.X, pg.cue.Y, pg.cue.Align, c0.S, c0.X, c0.Y, c0.Align)
		}
	}
}

// TestReportPagesBreakBetweenSentences places every classic lesion and
// plays every tour's steps on a phone, a laptop and a projector,
// presenter mode off and on: no page of a report ends inside a sentence
// (a paragraph that runs on breaks after a sentence or a clause), and the
// page's cue is in the same place on every page.
func TestReportPagesBreakBetweenSentences(t *testing.T) {
	load(t)
	for _, d := range lesionDevices {
		for _, presenter := range []bool{false, true} {
			for _, p := range cfg.Presets {
				t.Run(fmt.Sprintf("%s/presenter=%v/%s", d.name, presenter, p.ID), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID}, act(explorer.TogglePanels))
					checkPageBreaks(t, s, d)
				})
			}
			s := newSession(t)
			if presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			for i, tr := range s.ex.Tours() {
				s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
				// → shows a step's report page by page before the next
				// step: each step is checked once, from its first page.
				checked := -1
				for {
					step := s.ex.Player().Index() + 1
					if L := s.draw(d); L.ReportPages() > 1 && step != checked {
						checked = step
						t.Run(fmt.Sprintf("%s/presenter=%v/tour=%s/%d", d.name, presenter, tr.ID, step), func(t *testing.T) {
							checkPageBreaks(t, s, d)
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
