package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// The colours a report draws a side's list of signs in, and the quiz's
// words at its head.
var (
	signsRGB = [3]float32{0.80, 0.84, 0.88}
	leadRGB  = [3]float32{1, 0.93, 0.7}
)

func rgbOf(tx view.Text) [3]float32 { return [3]float32{tx.R, tx.G, tx.B} }

// checkListBreaks fails t when a page of the report in s, on d, ends
// inside a side's list of signs or inside a sentence of the quiz's words
// (the paragraph runs on, in its colour, on the next page), or when a page
// begins with a dangling ";" or "and".
func checkListBreaks(t *testing.T, s *session, d device) int {
	t.Helper()
	pages := reportPagesDrawn(t, s, d)
	defer func() {
		if t.Failed() {
			for i, pg := range pages {
				t.Logf("page %d:\n  %s", i+1, strings.Join(pg.body, "\n  "))
			}
		}
	}()
	for i := 0; i+1 < len(pages); i++ {
		a, b := pages[i].texts, pages[i+1].texts
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		last, next := a[len(a)-1], b[0]
		if first := strings.TrimSpace(next.S); strings.HasPrefix(first, ";") || strings.HasPrefix(first, "and ") {
			t.Errorf("page %d of %d begins with a dangling %q", i+2, len(pages), first)
		}
		if rgbOf(last) != rgbOf(next) {
			continue
		}
		end := strings.TrimRight(last.S, ")")
		switch rgbOf(last) {
		case signsRGB:
			if !strings.HasSuffix(end, ".") {
				t.Errorf("page %d of %d ends inside a list of signs: %q, then %q", i+1, len(pages), last.S, next.S)
			}
		case leadRGB:
			// A sentence taller than the page may break between its
			// lists' items, never inside one.
			if !strings.ContainsAny(end[len(end)-1:], ".?!;") {
				t.Errorf("page %d of %d ends inside the quiz's sentence: %q, then %q", i+1, len(pages), last.S, next.S)
			}
		}
	}
	return len(pages)
}

// TestSignListsStayWhole places every classic lesion on a phone, a
// laptop and a projector, presenter mode off and on, and asks every one
// in the quiz with another placed as the wrong answer: no page of the
// report or of the quiz's feedback ends inside a list of signs or a
// sentence, and none begins with a dangling ";" or "and".
func TestSignListsStayWhole(t *testing.T) {
	load(t)
	for _, d := range lesionDevices {
		for _, presenter := range []bool{false, true} {
			for i, p := range cfg.Presets {
				t.Run(fmt.Sprintf("%s/presenter=%v/%s", d.name, presenter, p.ID), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID}, act(explorer.TogglePanels))
					checkListBreaks(t, s, d)
					q := newSession(t)
					if presenter {
						q.do(t, act(explorer.TogglePresenter))
					}
					wrong := cfg.Presets[(i+7)%len(cfg.Presets)].ID
					q.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: p.ID}, act(explorer.TogglePanels),
						explorer.Action{Kind: explorer.PlacePreset, Preset: wrong})
					checkListBreaks(t, q, d)
				})
			}
		}
	}
}

// TestRowsTurnWithTheirHeading: without presenter mode, a page that
// begins with a row of weak regions begins with its type's heading: a
// grade atop a page without it reads as no one's.
func TestRowsTurnWithTheirHeading(t *testing.T) {
	load(t)
	kinds := map[[3]float32]bool{{0.34, 0.71, 0.91}: true, {0.90, 0.62, 0.00}: true, {0.80, 0.47, 0.65}: true}
	for _, d := range lesionDevices {
		for _, p := range cfg.Presets {
			s := newSession(t)
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID}, act(explorer.TogglePanels))
			for i, pg := range reportPagesDrawn(t, s, d) {
				if i == 0 || len(pg.texts) == 0 || !kinds[rgbOf(pg.texts[0])] {
					continue
				}
				if first := pg.texts[0].S; !strings.HasPrefix(first, "Upper motor") && !strings.HasPrefix(first, "Lower motor") && !strings.HasPrefix(first, "Mixed") {
					t.Errorf("%s on %s: page %d begins with a row without its heading: %q", p.ID, d.name, i+1, first)
				}
			}
		}
	}
}
