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

// pagedDevices are the screens the paged panels are checked on.
var pagedDevices = []device{devices[0], devices[1], devices[3]}

// pageTexts draws every page of a paged panel, turning it with kind, and
// returns each page's texts, failing on a collision or a text smaller than
// least frame pixels (the legend's and the toolbar's excepted).
func pageTexts(t *testing.T, s *session, d device, kind explorer.Kind, pages func(*screen.Layout) int, least float32, panel func(*screen.Layout) view.Box) [][]string {
	t.Helper()
	L := s.draw(d)
	n := pages(&L)
	if n == 0 {
		t.Fatal("the panel is not shown")
	}
	var out [][]string
	for p := 0; p < n; p++ {
		if p > 0 {
			s.do(t, explorer.Action{Kind: kind, Row: 1})
			L = s.draw(d)
		}
		if faults := checkLayout(&s.dl, d); len(faults) > 0 {
			t.Errorf("page %d of %d: %d faults:\n  %s", p+1, n, len(faults), strings.Join(faults, "\n  "))
		}
		b := panel(&L)
		var texts []string
		for _, tx := range s.dl.Texts {
			if !screen.In(b, tx.X, tx.Y) || tx.S == "UMN" || tx.S == "LMN" || tx.S == "mixed" {
				continue
			}
			if tx.Size < least-0.01 {
				t.Errorf("page %d: %q is %.1f px, below %.1f", p+1, tx.S, tx.Size, least)
			}
			texts = append(texts, tx.S)
		}
		out = append(out, texts)
	}
	s.do(t, explorer.Action{Kind: kind, Row: 1})
	s.draw(d)
	var again []string
	for _, tx := range s.dl.Texts {
		again = append(again, tx.S)
	}
	if n > 1 && !strings.Contains(strings.Join(again, "\n"), fmt.Sprintf("1 / %d", n)) {
		t.Errorf("turning on from the last of %d pages does not come round to the first", n)
	}
	return out
}

// wordsOf returns the words of texts, a word broken with a hyphen at a
// line's end joined again.
func wordsOf(texts []string) map[string]bool {
	w := map[string]bool{}
	for _, f := range strings.Fields(strings.ReplaceAll(strings.Join(texts, "\n"), "-\n", "")) {
		w[f] = true
	}
	return w
}

// TestHelpPagesReachEveryLine: on a laptop, a projector and a phone,
// presenter mode off and on, the list of controls and the About panel are
// set at the frame's text size (presenter mode's twice the normal one
// where a line still holds 32 characters), never smaller, every page
// collision-free, and every word of every line is on some page.
func TestHelpPagesReachEveryLine(t *testing.T) {
	for _, d := range pagedDevices {
		for _, presenter := range []bool{false, true} {
			for _, panel := range []explorer.Kind{explorer.ToggleHelp, explorer.ToggleAbout} {
				name := map[explorer.Kind]string{explorer.ToggleHelp: "help", explorer.ToggleAbout: "about"}[panel]
				t.Run(fmt.Sprintf("%s/%s/presenter=%v", d.name, name, presenter), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					s.do(t, act(panel))
					m := screen.NewMetrics(int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio), d.ratio, presenter)
					size := m.Size()
					if normal := screen.NewMetrics(m.W, m.H, d.ratio, false).Size(); presenter && size < min(2*normal, m.CSSW()/(32*0.52)*d.ratio)-1 {
						t.Errorf("presenter text %.1f px, want twice %.1f or a 32-character line", size, normal)
					}
					lines := screen.Help(d.input)
					box := func(L *screen.Layout) view.Box { return L.Help }
					if panel == explorer.ToggleAbout {
						lines = s.ex.AboutLines()
						box = func(L *screen.Layout) view.Box { return L.About }
					}
					pages := pageTexts(t, s, d, explorer.HelpPage, (*screen.Layout).HelpPages, size, box)
					var all []string
					for _, p := range pages {
						all = append(all, p...)
					}
					have := wordsOf(all)
					for _, line := range lines {
						for _, w := range strings.Fields(line) {
							if !have[w] && w != "·" {
								t.Errorf("%q of %q is on no page of %d", w, line, len(pages))
							}
						}
					}
				})
			}
		}
	}
}

// TestReportPagesReachEveryRow: locked-in syndrome's long report, on every
// screen with presenter mode off and on, is never summarised into "…
// and N more": every row's words are on some page, its headings whole,
// every page collision-free, its text no smaller than 0.7 of the frame's
// size (twice that in presenter mode on a wide screen; on a phone in
// presenter mode, the notes' 12 CSS px).
func TestReportPagesReachEveryRow(t *testing.T) {
	for _, d := range pagedDevices {
		for _, presenter := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/presenter=%v", d.name, presenter), func(t *testing.T) {
				s := newSession(t)
				if presenter {
					s.do(t, act(explorer.TogglePresenter))
				}
				s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"}, act(explorer.TogglePanels))
				m := screen.NewMetrics(int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio), d.ratio, presenter)
				least := 0.7 * m.Size()
				if presenter && d.w < 700 {
					// A phone's brief report is set so that a line of
					// its narrow panel holds a few words: no smaller
					// than the notes' least (its rows' 14 CSS px below).
					least = m.Least()
				}
				pages := pageTexts(t, s, d, explorer.ReportPage, (*screen.Layout).ReportPages, least,
					func(L *screen.Layout) view.Box { return L.Right })
				var all []string
				for _, p := range pages {
					all = append(all, p...)
				}
				// The rows read at a phone's 14 CSS pixels at least (only
				// the MRC note and the page's cue may be the 12 of notes).
				L := s.draw(d)
				for _, tx := range s.dl.Texts {
					small := tx.S == "UMN" || tx.S == "LMN" || tx.S == "mixed" || strings.Contains(words.MRCNote, tx.S) || strings.Contains(tx.S, "more")
					if screen.In(L.Right, tx.X, tx.Y) && !small && tx.Size < 14*d.ratio-0.01 {
						t.Errorf("%q is %.1f CSS px, below 14", tx.S, tx.Size/d.ratio)
					}
				}
				text := strings.Join(all, "\n")
				if strings.Contains(text, "more") && strings.Contains(text, "… and") {
					t.Errorf("the report is summarised:\n%s", text)
				}
				// Every row's words, as the report groups them (its type,
				// its side's group, its region, its grade), punctuation
				// aside.
				have := map[string]bool{}
				for w := range wordsOf(all) {
					have[strings.ToLower(strings.Trim(w, ",:;."))] = true
				}
				for _, row := range s.ex.Report().Rows {
					shown := row.Heading + " " + row.Group + " " + row.Region + " " + row.Grade
					for _, w := range strings.Fields(shown) {
						if !have[strings.ToLower(strings.Trim(w, ",:;."))] {
							t.Errorf("%q of %q is on no page of %d", w, shown, len(pages))
						}
					}
				}
			})
		}
	}
}

// BenchmarkLayoutHelp measures a frame with presenter mode's paged list
// of controls open at 1280×720: its page is set once, not every frame.
func BenchmarkLayoutHelp(b *testing.B) {
	s := newSession(b)
	s.do(b, act(explorer.TogglePresenter), act(explorer.ToggleHelp), explorer.Action{Kind: explorer.HelpPage, Row: 1})
	m := screen.NewMetrics(1280, 720, 1, true)
	b.ReportAllocs()
	for b.Loop() {
		s.dl.Reset(1280, 720)
		c := s.content()
		L := s.screen.Place(m, c)
		s.screen.Draw(&s.dl, &L, c)
	}
}
