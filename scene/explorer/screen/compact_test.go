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

// phone3 is a phone held upright at ratio 3, by touch.
var phone3 = device{"390x844@3", 390, 844, 3, words.Touch}

// stripTexts returns the texts drawn on the strip.
func stripTexts(s *session, L *screen.Layout) []string {
	var got []string
	for _, tx := range s.dl.Texts {
		if screen.In(L.Strip, tx.X, tx.Y) {
			got = append(got, tx.S)
		}
	}
	return got
}

// overlaps reports whether two boxes with width share any area.
func overlaps(a, b view.Box) bool {
	return a.W > 0 && b.W > 0 && a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

// TestCompactPanels: on a phone held upright lesion mode (and the quiz)
// shows a strip under the model, naming the patient and the findings and
// giving the summary's first words, and the model the rest of the middle;
// TogglePanels opens the patient and the report above the strip, the
// model smaller but still there, nothing overlapping, and Back folds them
// without leaving the mode. Presenter mode on the phone too.
func TestCompactPanels(t *testing.T) {
	setups := []struct {
		name  string
		setup []explorer.Action
		mode  explorer.Mode
	}{
		{"lesion", []explorer.Action{{Kind: explorer.PlacePreset, Preset: "brown_sequard_c5"}}, explorer.Lesion},
		{"quiz", []explorer.Action{{Kind: explorer.AskQuiz, Preset: "weber"}}, explorer.Quiz},
	}
	for _, c := range setups {
		for _, presenter := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/presenter=%v", c.name, presenter), func(t *testing.T) {
				s := newSession(t)
				if presenter {
					s.do(t, act(explorer.TogglePresenter))
				}
				s.do(t, c.setup...)
				folded := s.draw(phone3)
				if folded.Strip.W == 0 || folded.Left.W > 0 || folded.Right.W > 0 {
					t.Fatalf("folded: strip %v, patient %v, report %v; want the strip alone", folded.Strip, folded.Left, folded.Right)
				}
				if !folded.StripOpens() {
					t.Error("folded, a tap on the strip does not open it")
				}
				text := strings.Join(stripTexts(s, &folded), " ")
				if !strings.Contains(text, "Patient · Findings") {
					t.Errorf("the strip says %q, not what it opens", text)
				}
				if r := s.ex.Report(); c.name == "lesion" && !strings.HasPrefix(text, "Patient · Findings ▲ Open "+strings.Fields(r.Summary)[0]) {
					t.Errorf("the strip says %q, want the summary %q begun", text, r.Summary)
				}
				if c := folded.Centre; c.Y+c.H > folded.Strip.Y {
					t.Errorf("the model's area %v runs under the strip %v", c, folded.Strip)
				}
				if overlaps(folded.Strip, folded.Hint) || overlaps(folded.Strip, folded.Quiz) {
					t.Errorf("the strip %v overlaps the hint %v or the quiz %v", folded.Strip, folded.Hint, folded.Quiz)
				}
				if min(folded.Strip.H, folded.Strip.W) < 44*phone3.ratio {
					t.Errorf("the strip is %.0f CSS px high, under a fingertip's 44", folded.Strip.H/phone3.ratio)
				}

				s.do(t, act(explorer.TogglePanels))
				opened := s.draw(phone3)
				if !s.ex.PanelsOpen() || opened.Left.W == 0 || opened.Right.W == 0 || opened.Strip.W == 0 {
					t.Fatalf("opened: patient %v, report %v, strip %v", opened.Left, opened.Right, opened.Strip)
				}
				if opened.StripOpens() {
					t.Error("opened, a tap on the strip does not fold it")
				}
				if opened.ReportPages() == 0 {
					t.Error("opened, the report has no pages")
				}
				boxes := []view.Box{opened.Centre, opened.Left, opened.Right, opened.Strip, opened.Hint, opened.Quiz}
				for i := range boxes {
					for j := i + 1; j < len(boxes); j++ {
						if overlaps(boxes[i], boxes[j]) {
							t.Errorf("opened: %v overlaps %v", boxes[i], boxes[j])
						}
					}
				}
				// Folded, the model has the panels' room.
				if opened.Centre.H <= 0 || folded.Centre.H < opened.Centre.H*1.4 {
					t.Errorf("the model's area is %.0f px high folded, %.0f opened", folded.Centre.H, opened.Centre.H)
				}
				// Back folds the panels first, and leaves the mode on.
				s.do(t, act(explorer.Back))
				if s.ex.PanelsOpen() || s.ex.State().Mode != c.mode {
					t.Errorf("after Back: open %v, mode %v; want folded in %v", s.ex.PanelsOpen(), s.ex.State().Mode, c.mode)
				}
				if L := s.draw(phone3); L.Left.W > 0 || L.Strip.W == 0 {
					t.Errorf("after Back the panels are not folded: %v, %v", L.Left, L.Strip)
				}
				s.do(t, act(explorer.Back))
				if s.ex.State().Lesioning() {
					t.Error("a second Back leaves the mode on")
				}
				if *walkDir != "" {
					s = newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					s.do(t, c.setup...)
					s.draw(phone3)
					s.writeFrame(t, fmt.Sprintf("compact_%s_p%v_folded.png", c.name, presenter))
					s.do(t, act(explorer.TogglePanels))
					s.draw(phone3)
					s.writeFrame(t, fmt.Sprintf("compact_%s_p%v_opened.png", c.name, presenter))
				}
			})
		}
	}
}

// TestWidePanelsStay: on a laptop, a projector and a phone on its side
// lesion mode's panels are as they were, beside the model, whatever
// TogglePanels says, with no strip.
func TestWidePanelsStay(t *testing.T) {
	for _, d := range []device{devices[0], devices[1], {"844x390@3", 844, 390, 3, words.Touch}} {
		for _, presenter := range []bool{false, true} {
			s := newSession(t)
			if presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "capsular_lacune"})
			before := s.draw(d)
			s.do(t, act(explorer.TogglePanels))
			after := s.draw(d)
			if before.Strip.W > 0 || after.Strip.W > 0 {
				t.Errorf("%s presenter=%v: a strip %v", d.name, presenter, before.Strip)
			}
			if before.Centre != after.Centre || before.Left != after.Left || before.Right != after.Right {
				t.Errorf("%s presenter=%v: TogglePanels moved the panels: %v %v %v, then %v %v %v", d.name, presenter,
					before.Left, before.Centre, before.Right, after.Left, after.Centre, after.Right)
			}
			if before.Left.W == 0 || before.Right.W == 0 {
				t.Errorf("%s presenter=%v: the panels are not shown: %v %v", d.name, presenter, before.Left, before.Right)
			}
			// Back, with nothing folded to show, leaves lesion mode.
			s.do(t, act(explorer.Back))
			if s.ex.State().Lesioning() {
				t.Errorf("%s presenter=%v: Back stayed in lesion mode", d.name, presenter)
			}
		}
	}
}

// TestCloseLeavesWithPanelsOpen: the toolbar's Close, which says it leaves
// lesion mode, leaves it with the compact panels opened (Back folds them
// first).
func TestCloseLeavesWithPanelsOpen(t *testing.T) {
	s := newSession(t)
	s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "capsular_lacune"}, act(explorer.TogglePanels))
	s.draw(phone3)
	if _, err := s.ex.UseTool(screen.ToolClose); err != nil {
		t.Fatal(err)
	}
	if s.ex.State().Lesioning() || s.ex.PanelsOpen() {
		t.Errorf("after Close: lesion mode %v, panels open %v", s.ex.State().Lesioning(), s.ex.PanelsOpen())
	}
}

// narrowWindow is a desktop window made narrow, by keyboard and mouse.
var narrowWindow = device{"600x900", 600, 900, 1, words.Keyboard}

// TestStripNamesItsKey: in a narrow window the folded strip says which key
// opens it, and the opened one which folds it; the list of controls says
// so too; by touch the strip names no key.
func TestStripNamesItsKey(t *testing.T) {
	s := newSession(t)
	s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "capsular_lacune"})
	folded := s.draw(narrowWindow)
	if folded.Strip.W == 0 {
		t.Fatalf("a %s window shows no strip", narrowWindow.name)
	}
	key := "(" + screen.StripKey + ")"
	if text := strings.Join(stripTexts(s, &folded), " "); !strings.Contains(text, "▲ Open "+key) {
		t.Errorf("folded, the strip says %q: no %s to open it", text, key)
	}
	s.do(t, act(explorer.TogglePanels))
	opened := s.draw(narrowWindow)
	if text := strings.Join(stripTexts(s, &opened), " "); !strings.Contains(text, "▼ Fold "+key) {
		t.Errorf("opened, the strip says %q: no %s to fold it", text, key)
	}
	if help := strings.Join(screen.Help(words.Keyboard), " "); !strings.Contains(help, screen.StripKey+" (or a click on the strip)") {
		t.Errorf("the list of controls does not say %s opens the strip", screen.StripKey)
	}
	s = newSession(t)
	s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "capsular_lacune"})
	L := s.draw(phone3)
	if text := strings.Join(stripTexts(s, &L), " "); strings.Contains(text, key) {
		t.Errorf("by touch the strip says %q: a key no phone has", text)
	}
}
