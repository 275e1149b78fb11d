package screen_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// lesionDevices are the screens lesion mode's panels are checked on: a
// phone at ratio 3 by touch, a laptop and a projector.
var lesionDevices = []device{{"390x844@3", 390, 844, 3, words.Touch}, devices[0], devices[1]}

// reportAim is the most pages a classic lesion's report may take on d,
// and the most Locked-in syndrome's (the longest) may: a report read in a
// few turns, a teacher paging with a clicker, not ten. Presenter mode is
// brief (its signs without their lists of reflexes; every fact is in
// the report without it) and gets the patient's spare room, but keeps
// its size whatever the report's length (TestPresenterReportSize): four
// pages on a wide screen; on a phone, whose presenter text is not doubled
// but set so that a line of its narrow panel holds a few words, five.
func reportAim(d device, presenter bool) (any, lockedIn int) {
	switch {
	case d.w < 700 && presenter:
		return 5, 5
	case d.w < 700:
		return 4, 4
	case presenter:
		return 4, 4
	}
	return 2, 2
}

// tourAim is the most pages a tour step's report may take in presenter
// mode on a wide screen: its column stands beside the step's caption
// from the top of the screen to the toolbar (tourside.go), and the
// report leaves its summary to the caption, which says it. A teacher
// pages a step with at most two presses of → before the next step.
const tourAim = 3

// bracketed is a bracket and the space before it: a brief report leaves
// lists and explanations in brackets out.
var bracketed = regexp.MustCompile(` \([^)]*\)`)

// minViewCSS is the least each way, in CSS pixels, of the larger view of
// the patient (its figure or its close-up) on every screen.
const minViewCSS = 120

// TestLesionPanelsFit places every classic lesion on a phone, a laptop
// and a projector, presenter mode off and on, and checks every page of
// its report and every examination of its patient: nothing collides or
// leaves the screen; the patient is drawn at least minViewCSS each way
// whatever the examination; the report's summary and signs are whole on
// its pages (in presenter mode, the signs' words outside brackets),
// within the aim's pages, its text at least a phone's 14 CSS
// pixels (on a wide screen the MRC note, the cue and the legend may be
// the 12 of notes; TestPhoneTextSize holds a phone's to 14) and, in
// presenter mode on a wide screen, twice the size it has without.
func TestLesionPanelsFit(t *testing.T) {
	load(t)
	for _, d := range lesionDevices {
		// least is the report's smallest row text per lesion with presenter
		// mode off, to check presenter mode doubles it.
		least := map[string]float32{}
		for _, presenter := range []bool{false, true} {
			aim, lockedAim := reportAim(d, presenter)
			for _, p := range cfg.Presets {
				t.Run(fmt.Sprintf("%s/presenter=%v/%s", d.name, presenter, p.ID), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID}, act(explorer.TogglePanels))
					m := screen.NewMetrics(int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio), d.ratio, presenter)
					pages := pageTexts(t, s, d, explorer.ReportPage, (*screen.Layout).ReportPages, m.Least(),
						func(L *screen.Layout) view.Box { return L.Right })
					if want := map[bool]int{false: aim, true: lockedAim}[p.ID == "locked_in"]; want > 0 && len(pages) > want {
						t.Errorf("the report takes %d pages, over the aim of %d", len(pages), want)
					}
					var all []string
					for _, pg := range pages {
						all = append(all, pg...)
					}
					have := map[string]bool{}
					for w := range wordsOf(all) {
						have[strings.Trim(w, ",:;.()")] = true
					}
					r := s.ex.Report()
					signs := r.Signs
					if presenter {
						signs = bracketed.ReplaceAllString(signs, "")
					}
					for _, w := range strings.Fields(r.Summary + " " + signs) {
						if !have[strings.Trim(w, ",:;.()")] {
							t.Errorf("%q of the summary or the signs is on no page of %d", w, len(pages))
						}
					}
					rowLeast := float32(1e9)
					L := s.draw(d)
					for _, tx := range s.dl.Texts {
						if (screen.In(L.Right, tx.X, tx.Y) || screen.In(L.Left, tx.X, tx.Y)) && strings.HasSuffix(tx.S, "…") {
							t.Errorf("%q is cut", tx.S)
						}
						note := tx.S == "UMN" || tx.S == "LMN" || tx.S == "mixed" || strings.Contains(words.MRCNote, tx.S) || strings.Contains(tx.S, " / ")
						if !screen.In(L.Right, tx.X, tx.Y) || note {
							continue
						}
						rowLeast = min(rowLeast, tx.Size)
						if tx.Size < minTextCSS*d.ratio-0.01 {
							t.Errorf("%q is %.1f CSS px, below %d", tx.S, tx.Size/d.ratio, minTextCSS)
						}
					}
					if !presenter {
						least[p.ID] = rowLeast
					} else if d.w >= 700 && rowLeast < 2*least[p.ID]-0.5 {
						t.Errorf("presenter mode's report text is %.1f px, not twice %.1f", rowLeast, least[p.ID])
					}
					// Every examination: the patient stays a figure a room
					// can read.
					for a := 0; a < int(body.NumActions); a++ {
						L := s.screen.Place(m, s.content())
						closeUp, figure := L.PatientViews()
						big := closeUp
						if min(figure.W, figure.H) > min(big.W, big.H) {
							big = figure
						}
						if min(big.W, big.H) < minViewCSS*d.ratio {
							t.Errorf("%s: the patient's larger view is %.0f×%.0f CSS px, under %d each way", s.patient.Action(), big.W/d.ratio, big.H/d.ratio, minViewCSS)
						}
						for _, v := range []view.Box{closeUp, figure} {
							if v.W > 0 && !v.Inside(L.Left, 1) {
								t.Errorf("%s: the view %v leaves the patient's panel %v", s.patient.Action(), v, L.Left)
							}
						}
						s.patient.Step(1)
					}
				})
			}
		}
	}
}

// TestPhoneSaysItOnce: on a phone the quiz tells how to place a lesion
// once (its own words; not the report, not the hint bar), and the list of
// classic lesions, whose foot says how to use it, has no hint bar under
// it; on a laptop the hint bar stays.
func TestPhoneSaysItOnce(t *testing.T) {
	phone := lesionDevices[0]
	for _, c := range []struct {
		name  string
		setup []explorer.Action
	}{
		{"quiz", []explorer.Action{{Kind: explorer.AskQuiz, Preset: "weber"}}},
		{"picker", []explorer.Action{act(explorer.EnterLesion), act(explorer.OpenPicker)}},
	} {
		for _, d := range []device{phone, devices[0]} {
			s := newSession(t)
			s.do(t, c.setup...)
			L := s.draw(d)
			if got := L.Hint.H > 0; got != (d.w >= 700) {
				t.Errorf("%s on %s: hint bar shown %v", c.name, d.name, got)
			}
			if c.name != "quiz" || d.w >= 700 {
				continue
			}
			var all []string
			for _, tx := range s.dl.Texts {
				all = append(all, tx.S)
			}
			text := strings.ToLower(strings.Join(all, " "))
			if n := strings.Count(text, "tap the model"); n != 1 {
				t.Errorf("the quiz on a phone says %d times how to place a lesion:\n%s", n, strings.Join(all, "\n"))
			}
		}
	}
}

// minTextCSS is a phone's least text, in CSS pixels.
const minTextCSS = 14
