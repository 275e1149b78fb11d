package screen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/words"
)

// phonesBothWays are the phones every text is checked on (issue 11): the
// common 390 × 844 and a narrower 360 × 740, held upright and sideways,
// at the pixel ratios phones have.
var phonesBothWays = func() []device {
	var ds []device
	for _, wh := range [][2]int{{390, 844}, {360, 740}, {844, 390}, {740, 360}} {
		for _, r := range []float32{2, 3} {
			ds = append(ds, device{fmt.Sprintf("%dx%d@%v", wh[0], wh[1], r), wh[0], wh[1], r, words.Touch})
		}
	}
	return ds
}()

// TestPhoneTextSize draws every mode on phones held upright and
// sideways, presenter mode off and on, and checks that every text drawn
// (the panels, the model's labels, the hints, the notes, the patient, the
// report's legend and cue, the buttons) is at least a phone's 14 CSS px,
// and that nothing collides or leaves the screen; with the patient and
// the report shown, on every page of the report and every examination.
func TestPhoneTextSize(t *testing.T) {
	setups := append(phoneSetups[:len(phoneSetups):len(phoneSetups)], []struct {
		name  string
		setup func(t *testing.T, s *session)
	}{
		// Held upright, a phone folds the patient and the findings to a
		// strip: opened, they are drawn in full.
		{"lesion-open", func(t *testing.T, s *session) {
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"}, act(explorer.TogglePanels))
		}},
		{"lesion-cord-open", func(t *testing.T, s *session) {
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "brown_sequard_c5"}, act(explorer.TogglePanels))
		}},
		{"tour-lesion-open", func(t *testing.T, s *session) {
			tourLesion(t, s)
			s.do(t, act(explorer.TogglePanels))
		}},
		{"picker-nothing", func(t *testing.T, s *session) {
			s.do(t, act(explorer.EnterLesion), act(explorer.OpenPicker))
			s.presets.Matches = nil
		}},
	}...)
	eachPhoneState(t, phonesBothWays, setups, func(t *testing.T, s *session, L screen.Layout, d device) {
		check := func(at string) {
			t.Helper()
			for _, tx := range s.dl.Texts {
				if tx.Size < minTextCSS*d.ratio-0.01 {
					t.Errorf("%s%q is %.1f CSS px, under a phone's %d", at, tx.S, tx.Size/d.ratio, minTextCSS)
				}
			}
			if faults := checkLayout(&s.dl, d); len(faults) > 0 {
				t.Errorf("%s%d faults:\n  %s", at, len(faults), strings.Join(faults, "\n  "))
			}
		}
		check("")
		for p := 1; p < L.ReportPages(); p++ {
			s.do(t, explorer.Action{Kind: explorer.ReportPage, Row: 1})
			s.draw(d)
			check(fmt.Sprintf("page %d: ", p+1))
		}
		if L.Left.ID != "patient" {
			return
		}
		for a := 1; a < int(body.NumActions); a++ {
			s.patient.Step(1)
			s.draw(d)
			check(s.patient.Action().String() + ": ")
		}
	})
}
