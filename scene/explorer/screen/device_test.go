package screen_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/words"
)

// namesKey finds words that tell a person to press a key: a key's name,
// a letter or sign followed by what it does, or the list of keys.
var namesKey = regexp.MustCompile(`\b(Esc|Enter|Page Up|Page Down|Shift|Tab|Delete|Backspace|keys?)\b|` +
	`(^|[\s(·])[A-Z?/.\[\]](\s*/\s*[A-Z?])?(:| gives| asks| again| goes)|with /|or /\)|↑ ↓|\[ \]|Arrow`)

// quizFound puts the quiz in the state where the student found the
// lesion.
func quizFound(t *testing.T, s *session) {
	s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"}, explorer.Action{Kind: explorer.PlacePreset, Preset: "weber"})
	s.ex.Tick(1.0 / 60)
}

// TestTouchWordsNameNoKeys draws every mode on a phone and on a tablet
// used by touch, presenter mode off and on, and checks that no word on
// the screen tells a finger to press a key; on a laptop the same words
// name the keys.
func TestTouchWordsNameNoKeys(t *testing.T) {
	tablet := device{"1280x800 touch", 1280, 800, 1, words.Touch}
	setups := append(modeSetups[:len(modeSetups):len(modeSetups)], struct {
		name  string
		setup func(t *testing.T, s *session)
	}{"quiz-found", quizFound})
	for _, d := range []device{devices[3], tablet} {
		for _, presenter := range []bool{false, true} {
			for _, m := range setups {
				t.Run(fmt.Sprintf("%s/%s/presenter=%v", d.name, m.name, presenter), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					m.setup(t, s)
					s.draw(d)
					for _, tx := range s.dl.Texts {
						if namesKey.MatchString(tx.S) {
							t.Errorf("by touch the screen says %q", tx.S)
						}
					}
				})
			}
		}
	}
}

// TestKeyboardWordsNameKeys: a keyboard's user is told the keys, where a
// finger is told the buttons.
func TestKeyboardWordsNameKeys(t *testing.T) {
	for _, c := range []struct {
		input words.Device
		want  string
	}{{words.Keyboard, "Press I for a hint"}, {words.Touch, "Tap Hint for a hint"}} {
		s := newSession(t)
		s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "weber"})
		d := devices[0]
		d.input = c.input
		s.draw(d)
		var all []string
		for _, tx := range s.dl.Texts {
			all = append(all, tx.S)
		}
		if got := strings.Join(all, " "); !strings.Contains(got, c.want) {
			t.Errorf("device %v: the quiz's words do not say %q:\n%s", c.input, c.want, got)
		}
	}
}

// TestTouchToolsInRow: by touch, what only keys did has a button: the
// quiz's hint while it asks, a section's levels while one shows.
func TestTouchToolsInRow(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup []explorer.Action
		want  []screen.Tool
	}{
		{"quiz", []explorer.Action{{Kind: explorer.AskQuiz, Preset: "weber"}}, []screen.Tool{screen.ToolHint}},
		{"section", []explorer.Action{act(explorer.ToggleSection)}, []screen.Tool{screen.ToolLevelUp, screen.ToolLevelDown}},
	} {
		for _, d := range []device{devices[0], devices[3]} {
			s := newSession(t)
			s.do(t, c.setup...)
			L := s.draw(d)
			for _, want := range c.want {
				found := false
				for _, b := range L.Tools {
					found = found || b.Tool == want
				}
				if !found {
					t.Errorf("%s on %s: no %s button in the toolbar", c.name, d.name, want)
				}
			}
		}
	}
}

// TestFullScreenReachable: full screen is always a button away, in the
// row or, where the row has no room (a phone in presenter mode, in a
// tour), in the menu.
func TestFullScreenReachable(t *testing.T) {
	for _, d := range devices {
		for _, presenter := range []bool{false, true} {
			s := newSession(t)
			if presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: 0})
			has := func(L screen.Layout) bool {
				for _, b := range L.Tools {
					if b.Tool == screen.ToolFullscreen {
						return true
					}
				}
				return false
			}
			if has(s.draw(d)) {
				continue
			}
			s.do(t, act(explorer.ToggleMenu))
			if !has(s.draw(d)) {
				t.Errorf("%s presenter=%v in a tour: no Full screen in the row or the menu", d.name, presenter)
			}
		}
	}
}
