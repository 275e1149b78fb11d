package game

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestKeyTable: each key means what a person in that situation expects:
// a tour's keys step it, lesion mode's [ ] size a lesion and a trace's
// change its speed, Tab moves through the toolbar, Enter and space press
// the focused button, E enters lesion mode.
func TestKeyTable(t *testing.T) {
	in := func(scopes ...scope) func(scope) bool {
		return func(s scope) bool {
			if s == always {
				return true
			}
			for _, x := range scopes {
				if x == s {
					return true
				}
			}
			return false
		}
	}
	exploring := in(noTour, notInLesion)
	cases := []struct {
		what  string
		key   ebiten.Key
		shift bool
		holds func(scope) bool
		want  string
	}{
		{"Esc in a tour", ebiten.KeyEscape, false, in(inTour), "back"},
		{"→ in a tour", ebiten.KeyArrowRight, false, in(inTour), "next step"},
		{"→ exploring", ebiten.KeyArrowRight, false, exploring, "turn right"},
		{"space in a tour", ebiten.KeySpace, false, in(inTour), "next step"},
		{"space in a trace", ebiten.KeySpace, false, in(noTour, notInLesion, inTrace), "pause"},
		{"space on a focused button", ebiten.KeySpace, false, in(inFocus, noTour, inTrace), "press button"},
		{"space exploring", ebiten.KeySpace, false, exploring, ""},
		{"Enter on a focused button", ebiten.KeyEnter, false, in(inFocus), "press button"},
		{"Enter with nothing focused", ebiten.KeyEnter, false, exploring, ""},
		{"Enter in lesion mode, panels beside the model", ebiten.KeyEnter, false, in(noTour, inLesion, withPatient), ""},
		{"Enter on the compact strip", ebiten.KeyEnter, false, in(noTour, inLesion, withPatient, onStrip), "open or fold the findings"},
		{"Enter on a focused button over the strip", ebiten.KeyEnter, false, in(inFocus, noTour, inLesion, onStrip), "press button"},
		{"Tab", ebiten.KeyTab, false, exploring, "next button"},
		{"Shift-Tab", ebiten.KeyTab, true, exploring, "previous button"},
		{"Tab in lesion mode", ebiten.KeyTab, false, in(noTour, inLesion), "next button"},
		{"E", ebiten.KeyE, false, exploring, "lesion mode"},
		{"E in a tour", ebiten.KeyE, false, in(inTour), ""},
		{"[ in lesion mode", ebiten.KeyBracketLeft, false, in(noTour, inLesion), "smaller lesion"},
		{"[ in a trace", ebiten.KeyBracketLeft, false, in(noTour, notInLesion, inTrace), "slower"},
		{"Backspace in lesion mode", ebiten.KeyBackspace, false, in(noTour, inLesion), "remove lesion"},
		{"Backspace in a tour", ebiten.KeyBackspace, false, in(inTour), "step back"},
		{"N exploring", ebiten.KeyN, false, exploring, "next trace"},
		{"Shift-N", ebiten.KeyN, true, exploring, "previous trace"},
		{"N in lesion mode", ebiten.KeyN, false, in(noTour, inLesion), ""},
		{"Page Down in a section", ebiten.KeyPageDown, false, in(noTour, inSection), "section down"},
		// A clicker: →, ←, Page Down, Page Up, Space, B or the full stop.
		{"→ in a section", ebiten.KeyArrowRight, false, in(noTour, notInLesion, inSection), "section down"},
		{"space in a section", ebiten.KeySpace, false, in(noTour, notInLesion, inSection), "section down"},
		{"← in a section", ebiten.KeyArrowLeft, false, in(noTour, notInLesion, inSection), "section up"},
		{"Page Up in a section", ebiten.KeyPageUp, false, in(noTour, notInLesion, inSection), "section up"},
		{"↑ in a section", ebiten.KeyArrowUp, false, in(noTour, notInLesion, inSection), "turn up"},
		{"space in a trace over a section", ebiten.KeySpace, false, in(noTour, notInLesion, inTrace, inSection), "pause"},
		{"→ in a section in presenter mode", ebiten.KeyArrowRight, false, in(noTour, notInLesion, inSection, presenting), "section down"},
		{"→ in lesion mode", ebiten.KeyArrowRight, false, in(noTour, inLesion, withPatient), "report's next page"},
		{"Page Down in lesion mode", ebiten.KeyPageDown, false, in(noTour, inLesion, withPatient), "report's next page"},
		{"space in lesion mode", ebiten.KeySpace, false, in(noTour, inLesion, withPatient), "report's next page"},
		{"← in lesion mode", ebiten.KeyArrowLeft, false, in(noTour, inLesion, withPatient), "report's previous page"},
		{"Page Up in the quiz", ebiten.KeyPageUp, false, in(noTour, inLesion, inQuiz, withPatient), "report's previous page"},
		{"→ in lesion mode in presenter mode", ebiten.KeyArrowRight, false, in(noTour, inLesion, withPatient, presenting), "report's next page"},
		{"space on a focused button in lesion mode", ebiten.KeySpace, false, in(inFocus, noTour, inLesion, withPatient), "press button"},
		{"→ in a tour in presenter mode", ebiten.KeyArrowRight, false, in(inTour, withPatient, presenting), "next step"},
		{"B exploring", ebiten.KeyB, false, exploring, ""},
		{"B in presenter mode", ebiten.KeyB, false, in(noTour, notInLesion, presenting), "black screen"},
		{"B in lesion mode in presenter mode", ebiten.KeyB, false, in(noTour, inLesion, withPatient, presenting), "black screen"},
		{"B in a tour in presenter mode", ebiten.KeyB, false, in(inTour, presenting), "black screen"},
		{"B in a trace", ebiten.KeyB, false, in(noTour, notInLesion, inTrace), "previous trace"},
		{"B in a trace in presenter mode", ebiten.KeyB, false, in(noTour, notInLesion, inTrace, presenting), "black screen"},
		{"full stop exploring", ebiten.KeyPeriod, false, exploring, ""},
		{"full stop in presenter mode", ebiten.KeyPeriod, false, in(noTour, notInLesion, presenting), "black screen"},
		{"full stop in a tour in presenter mode", ebiten.KeyPeriod, false, in(inTour, presenting), "black screen"},
		{"full stop in a trace", ebiten.KeyPeriod, false, in(noTour, notInLesion, inTrace), "step"},
		{"full stop in a trace in presenter mode", ebiten.KeyPeriod, false, in(noTour, notInLesion, inTrace, presenting), "step"},
		{"Shift-N in a trace in presenter mode", ebiten.KeyN, true, in(noTour, notInLesion, inTrace, presenting), "previous trace"},
		{"Page Down in a tour over a section", ebiten.KeyPageDown, false, in(inTour, inSection), "next step"},
		{"S", ebiten.KeyS, false, exploring, "save picture"},
		{"Shift-S", ebiten.KeyS, true, exploring, "save picture on white"},
		{"P in a tour", ebiten.KeyP, false, in(inTour), "presenter"},
		{"G with the patient", ebiten.KeyG, false, in(noTour, inLesion, withPatient), "next examination"},
		{"G exploring", ebiten.KeyG, false, exploring, ""},
		{"I in the quiz", ebiten.KeyI, false, in(noTour, inLesion, inQuiz), "hint"},
		{"→ with the help open", ebiten.KeyArrowRight, false, in(inPanel, noTour, notInLesion), "next page"},
		{"→ with the help open in a tour", ebiten.KeyArrowRight, false, in(inPanel, inTour), "next page"},
		{"Page Down with the help open over a section", ebiten.KeyPageDown, false, in(inPanel, noTour, inSection), "next page"},
		{"space with the help open in a trace", ebiten.KeySpace, false, in(inPanel, noTour, notInLesion, inTrace), "next page"},
		{"← with the help open", ebiten.KeyArrowLeft, false, in(inPanel, noTour, notInLesion), "previous page"},
		{"Page Up with the help open", ebiten.KeyPageUp, false, in(inPanel, noTour, notInLesion), "previous page"},
		{"M in lesion mode", ebiten.KeyM, false, in(noTour, inLesion, withPatient), "report's next page"},
		{"Shift-M in lesion mode", ebiten.KeyM, true, in(noTour, inLesion, withPatient), "report's previous page"},
		{"M exploring", ebiten.KeyM, false, exploring, ""},
		// A clicker's start of the slideshow, F5 or Shift-F5, anywhere.
		{"F5 exploring", ebiten.KeyF5, false, exploring, "start presenting"},
		{"Shift-F5 exploring", ebiten.KeyF5, true, exploring, "start presenting"},
		{"F5 in a tour", ebiten.KeyF5, false, in(inTour), "start presenting"},
		{"F5 in lesion mode", ebiten.KeyF5, false, in(noTour, inLesion, withPatient), "start presenting"},
		{"F5 in presenter mode", ebiten.KeyF5, false, in(noTour, notInLesion, presenting), "start presenting"},
	}
	for _, c := range cases {
		got := ""
		if b := lookup(c.key, c.shift, c.holds); b != nil {
			got = b.name
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.what, got, c.want)
		}
	}
}

// TestKeyTableWellFormed: every binding is named and does something, and
// no binding hides behind an earlier one of the same key, shift and scope.
func TestKeyTableWellFormed(t *testing.T) {
	type slot struct {
		key   ebiten.Key
		shift shiftRule
		where scope
	}
	seen := map[slot]string{}
	for _, b := range keyTable {
		if b.name == "" || (b.run == nil && b.cam == actNone && b.ex == explorer.None) {
			t.Errorf("key %v: a binding without a name or a command", b.key)
		}
		s := slot{b.key, b.shift, b.where}
		if first, ok := seen[s]; ok {
			t.Errorf("key %v: %q is hidden by %q", b.key, b.name, first)
		}
		seen[s] = b.name
	}
}

// TestRepeatRule: a held key acts when pressed, waits a quarter second,
// then repeats twenty times a second.
func TestRepeatRule(t *testing.T) {
	var acted []int
	for d := 1; d <= 30; d++ {
		if repeats(d) {
			acted = append(acted, d)
		}
	}
	want := []int{1, 15, 18, 21, 24, 27, 30}
	if len(acted) != len(want) {
		t.Fatalf("a key held 30 ticks acts at %v, want %v", acted, want)
	}
	for i := range want {
		if acted[i] != want[i] {
			t.Fatalf("a key held 30 ticks acts at %v, want %v", acted, want)
		}
	}
}

// TestFocusMovesAndPresses: Tab walks the toolbar's buttons and wraps,
// Shift-Tab walks back, and pressing the focused button uses it; the ring
// is drawn around it.
func TestFocusMovesAndPresses(t *testing.T) {
	g, screen := framedGame(t)
	tools := g.frameLayout.Tools
	if len(tools) < 3 {
		t.Fatalf("the toolbar has %d buttons", len(tools))
	}
	g.moveFocus(1)
	if !g.focused || g.focus != tools[0].Tool {
		t.Fatalf("the first Tab focused %v (focused %v), want %v", g.focus, g.focused, tools[0].Tool)
	}
	g.moveFocus(-1)
	if g.focus != tools[len(tools)-1].Tool {
		t.Errorf("Shift-Tab from the first button focused %v, want the last, %v", g.focus, tools[len(tools)-1].Tool)
	}
	for g.focus != toolLabels {
		g.moveFocus(1)
	}
	before := g.ex.Labels()
	g.pressFocused()
	if g.ex.Labels() == before {
		t.Error("pressing the focused Labels button did not switch the labels")
	}
	focusRing := [4]float32{1, 0.85, 0.1, 1} // scene/explorer/screen's
	ringed := func() int {
		g.Draw(screen)
		n := 0
		for _, v := range g.dl.Vertices {
			if [4]float32{v.R, v.G, v.B, v.A} == focusRing {
				n++
			}
		}
		return n
	}
	if n := ringed(); n < 16 {
		t.Errorf("the focused button's ring has %d vertices, want four lines", n)
	}
	g.focused = false
	if n := ringed(); n != 0 {
		t.Errorf("nothing focused, yet %d ring vertices", n)
	}
}

// TestClickTurnsPages: a click (a tap) on the open list of controls turns
// its page, and one on lesion mode's report turns the report's; a click
// elsewhere is not taken.
func TestClickTurnsPages(t *testing.T) {
	g, scr := framedGame(t)
	g.loadLibrary()
	g.act(explorer.TogglePresenter)
	g.act(explorer.ToggleHelp)
	g.Draw(scr)
	b := g.frameLayout.Help
	if g.frameLayout.HelpPages() < 2 {
		t.Fatalf("presenter mode's list of controls at 1280×720 has %d pages", g.frameLayout.HelpPages())
	}
	if !g.clickPage(b.X+b.W/2, b.Y+b.H/2) || g.ex.HelpPage() != 1 {
		t.Errorf("a click on the list: page %d, want 1", g.ex.HelpPage())
	}
	g.act(explorer.ToggleHelp)
	if err := g.do(explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"}); err != nil {
		t.Fatal(err)
	}
	g.Draw(scr)
	r := g.frameLayout.Right
	if g.clickPage(g.frameLayout.Centre.X+g.frameLayout.Centre.W/2, g.frameLayout.Centre.Y+10) {
		t.Errorf("a click on the model turned a page")
	}
	if !g.tapsPanel(r.X+r.W/2, r.Y+r.H/2) || g.tapsPanel(g.frameLayout.Centre.X+g.frameLayout.Centre.W/2, g.frameLayout.Centre.Y+10) {
		t.Errorf("a double tap on the report would reset the view, or one on the model would not")
	}
	if !g.clickPage(r.X+r.W/2, r.Y+r.H/2) || g.ex.ReportPage() != 1 {
		t.Errorf("a click on the report: page %d, want 1", g.ex.ReportPage())
	}
}

// TestF5StartsPresenting: F5, a clicker's start of the slideshow, turns
// presenter mode on and asks for full screen; pressed again it keeps both
// (it never turns presenter mode off, as P does).
func TestF5StartsPresenting(t *testing.T) {
	g, _ := framedGame(t)
	f5 := lookup(ebiten.KeyF5, false, g.holds)
	if f5 == nil {
		t.Fatal("F5 means nothing")
	}
	for i := range 2 {
		f5.press(g)
		if !g.ex.Presenter() || !g.ctl.fullscreen {
			t.Errorf("after F5 pressed %d times: presenter %v, full screen asked %v; want both", i+1, g.ex.Presenter(), g.ctl.fullscreen)
		}
	}
}
