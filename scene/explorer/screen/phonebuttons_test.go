package screen_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// phones are the phones held upright the toolbar is checked on: the
// common 390 × 844 and a narrower 360 × 740, at the pixel ratios phones
// have.
var phones = []device{
	{"390x844@1", 390, 844, 1, words.Touch}, {"390x844@2", 390, 844, 2, words.Touch}, {"390x844@3", 390, 844, 3, words.Touch},
	{"360x740@1", 360, 740, 1, words.Touch}, {"360x740@2", 360, 740, 2, words.Touch}, {"360x740@3", 360, 740, 3, words.Touch},
}

// phoneSetups are modeSetups and the states a phone's toolbar and text
// change with besides: the quiz's lesion found, a trace paused, the menu
// open in lesion mode and a tour's step with a patient.
var phoneSetups = append(modeSetups[:len(modeSetups):len(modeSetups)], []struct {
	name  string
	setup func(t *testing.T, s *session)
}{
	{"quiz-found", quizFound},
	{"trace-paused", func(t *testing.T, s *session) { s.do(t, act(explorer.NextTrace), act(explorer.PauseTrace)) }},
	{"menu-in-lesion", func(t *testing.T, s *session) {
		s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"}, act(explorer.ToggleMenu))
	}},
	{"tour-lesion", tourLesion},
}...)

// tourLesion goes to the first tour step with a patient and a report.
func tourLesion(t *testing.T, s *session) {
	for i, tr := range s.ex.Tours() {
		s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
		for range tr.Steps {
			if s.content().Lesion {
				return
			}
			s.do(t, act(explorer.TourNext))
		}
		s.do(t, act(explorer.EndTour))
	}
	t.Fatal("no tour step places a lesion")
}

// TestPhoneButtons draws every mode on phones, presenter mode off and on,
// and checks the toolbar a thumb uses: every button's words are at least
// a phone's 14 CSS px and inside their button, every button a fingertip
// high, on the screen and clear of the others, the row at most two rows
// high (the mode's buttons above the menu's row), holding all the mode's
// buttons, the menu, full screen and Close when something is open; and
// the menu, when open, holds every tool.
func TestPhoneButtons(t *testing.T) {
	eachPhoneState(t, phones, phoneSetups, func(t *testing.T, s *session, L screen.Layout, d device) {
		checkPhoneButtons(t, s, &L, d)
	})
}

// eachPhoneState runs check, as a subtest, on each of devices with
// presenter mode off and on, in each state setups make, drawn once.
func eachPhoneState(t *testing.T, devices []device, setups []struct {
	name  string
	setup func(t *testing.T, s *session)
}, check func(t *testing.T, s *session, L screen.Layout, d device)) {
	for _, d := range devices {
		for _, presenter := range []bool{false, true} {
			for _, m := range setups {
				t.Run(fmt.Sprintf("%s/presenter=%v/%s", d.name, presenter, m.name), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					m.setup(t, s)
					check(t, s, s.draw(d), d)
				})
			}
		}
	}
}

// checkPhoneButtons checks the toolbar of the frame drawn last on the
// phone d (TestPhoneButtons).
func checkPhoneButtons(t *testing.T, s *session, L *screen.Layout, d device) {
	t.Helper()
	c := s.content()
	screenBox := view.Box{W: float32(d.w) * d.ratio, H: float32(d.h) * d.ratio}
	rows := map[float32]bool{}
	var row []screen.Tool
	for i, b := range L.Tools {
		if b.Box.H < screen.FingertipCSS*d.ratio-0.01 {
			t.Errorf("%s is %.1f CSS px high, under a fingertip's %d", b.Tool, b.Box.H/d.ratio, screen.FingertipCSS)
		}
		if !b.Box.Inside(screenBox, 0.5) {
			t.Errorf("%s at %v leaves the screen", b.Tool, b.Box)
		}
		for _, o := range L.Tools[i+1:] {
			if overlaps(b.Box, o.Box) {
				t.Errorf("%s at %v overlaps %s at %v", b.Tool, b.Box, o.Tool, o.Box)
			}
		}
		if L.Menu.W > 0 && b.Box.Inside(L.Menu, 0.5) {
			continue
		}
		rows[b.Box.Y] = true
		row = append(row, b.Tool)
		var words []view.Text
		for _, tx := range s.dl.Texts {
			if screen.In(b.Box, tx.X, tx.Y) {
				words = append(words, tx)
			}
		}
		if len(words) != 1 {
			t.Errorf("%s has %d texts on it, not its words", b.Tool, len(words))
			continue
		}
		tx := words[0]
		if tx.Size < minTextCSS*d.ratio-0.01 {
			t.Errorf("%s's %q is %.1f CSS px, under a phone's %d", b.Tool, tx.S, tx.Size/d.ratio, minTextCSS)
		}
		if w := face.Width(tx.S, tx.Size); w > b.Box.W {
			t.Errorf("%s's %q is %.1f CSS px wide, over its button's %.1f", b.Tool, tx.S, w/d.ratio, b.Box.W/d.ratio)
		}
	}
	if len(rows) > 2 {
		t.Errorf("the toolbar takes %d rows: %v", len(rows), row)
	}
	// Full screen keeps its place at the row's right end on a phone: a
	// rounding once moved it into the menu on a 360 CSS px phone.
	want := []screen.Tool{screen.ToolMenu, screen.ToolFullscreen}
	if !c.Touring {
		switch {
		case c.Lesion:
			want = append(want, screen.LesionTools...)
		case c.Tracing:
			want = append(want, screen.TraceTools...)
		}
	}
	if c.Closable {
		want = append(want, screen.ToolClose)
	}
	for _, tool := range want {
		if !slices.Contains(row, tool) {
			t.Errorf("no %s in the toolbar %v", tool, row)
		}
	}
	if L.Menu.W == 0 {
		return
	}
	for _, tool := range screen.MenuTools {
		if !slices.ContainsFunc(L.Tools, func(b screen.Button) bool { return b.Tool == tool && b.Box.Inside(L.Menu, 0.5) }) {
			t.Errorf("no %s in the open menu", tool)
		}
	}
}
