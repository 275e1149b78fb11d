package screen_test

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// wordsFile, when set, is where TestPanelWords writes every text a
// person reads, frame by frame, for a teacher to read through:
// go test ./scene/explorer/screen -run TestPanelWords -words FILE.
var wordsFile = flag.String("words", "", "write every panel's text to this file")

// pathInWords finds what reads as a file, an id or code rather than
// words: a word run into a slash (a path), a file's extension, an
// underscore.
var pathInWords = regexp.MustCompile(`[A-Za-z_]/|\.(json|go|txt|png|md|html)\b|_`)

// quotedInWords are what the credits must quote as they are: the licence's
// address, which CC BY asks for, and the atlas's research resource
// identifier, a citation.
var quotedInWords = regexp.MustCompile(`https?://\S+|RRID:\S+`)

// touchWide is a touch screen wide enough for the toolbar's row to hold
// every tool: a large tablet, or a touch monitor.
var touchWide = device{"1920x1080touch", 1920, 1080, 1, words.Touch}

// frameTexts is what a person reads on a frame: every text drawn.
type frameTexts struct {
	name string
	// touch tells that the words are for a finger.
	touch bool
	// texts are the lines drawn, whole the words before they are
	// wrapped into lines.
	texts, whole []string
}

// panelTexts draws the panels of every mode on a laptop, a phone and a
// wide touch screen, presenter mode off and on, and every tour's steps
// on a laptop and a phone, and returns the texts of each frame; add adds
// each frame's layout and content to a check of its own.
func panelTexts(t *testing.T, check func(name string, d device, L *screen.Layout, c *screen.Content, dl *view.DrawList)) []frameTexts {
	var out []frameTexts
	draw := func(s *session, d device, name string) {
		w, h := int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio)
		s.ex.UseDevice(d.input)
		c := s.content()
		L := s.screen.Place(screen.NewMetrics(w, h, d.ratio, s.ex.Presenter()), c)
		s.dl.Reset(w, h)
		s.screen.Draw(&s.dl, &L, c)
		ft := frameTexts{name: name, touch: d.input == words.Touch}
		for _, tx := range s.dl.Texts {
			ft.texts = append(ft.texts, tx.S)
		}
		// The words whole, as well as wrapped into lines.
		ft.whole = append(ft.whole, c.Title, c.Tags, c.Caption, c.Hint, c.Quiz, c.Note)
		if r := c.Report; r != nil {
			ft.whole = append(ft.whole, r.Title, r.Err, r.Summary, r.Signs)
			for _, row := range r.Rows {
				ft.whole = append(ft.whole, row.Heading, row.Text)
			}
		}
		out = append(out, ft)
		if check != nil {
			check(name, d, &L, c, &s.dl)
		}
	}
	for _, d := range []device{devices[0], devices[3], touchWide} {
		for _, presenter := range []bool{false, true} {
			for _, m := range modeSetups {
				s := newSession(t)
				if presenter {
					s.do(t, act(explorer.TogglePresenter))
				}
				m.setup(t, s)
				draw(s, d, fmt.Sprintf("%s %s presenter=%v", d.name, m.name, presenter))
			}
		}
	}
	for _, d := range []device{devices[0], devices[3]} {
		s := newSession(t)
		for i, tr := range s.ex.Tours() {
			s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
			for step := 1; ; step++ {
				draw(s, d, fmt.Sprintf("%s tour %s step %d", d.name, tr.ID, step))
				if s.ex.Player().AtEnd() {
					break
				}
				s.do(t, act(explorer.TourNext))
			}
			s.do(t, act(explorer.EndTour))
		}
	}
	// Every classic lesion's report, and the quiz's three hints.
	for _, d := range []device{devices[0], devices[3]} {
		for _, p := range cfg.Presets {
			s := newSession(t)
			s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID})
			draw(s, d, fmt.Sprintf("%s lesion %s", d.name, p.ID))
			s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: p.ID})
			for hint := 1; hint <= 3; hint++ {
				s.do(t, act(explorer.QuizHint))
				draw(s, d, fmt.Sprintf("%s quiz %s hint %d", d.name, p.ID, hint))
			}
		}
	}
	// Every classic trace start's title and the captions of the stations
	// its impulse passes.
	for _, st := range explorer.TraceStarts {
		s := newSession(t)
		start, err := trace.ParseStart(cfg.Atlas, st)
		if err != nil {
			t.Fatal(err)
		}
		s.do(t, explorer.Action{Kind: explorer.StartTrace, Start: start})
		ft := frameTexts{name: "trace " + st}
		var c screen.Content
		for tick := 0; tick < 60*30; tick++ {
			if tick%15 == 0 {
				s.ex.Overlay(&c)
				if n := len(ft.whole); n < 2 || ft.whole[n-1] != c.Caption {
					ft.whole = append(ft.whole, c.Title, c.Caption)
				}
			}
			s.ex.Tick(1.0 / 60)
		}
		out = append(out, ft)
	}
	// Every page of the lists of controls and of About.
	s := newSession(t)
	out = append(out, frameTexts{name: "help by keyboard", whole: screen.Help(words.Keyboard)},
		frameTexts{name: "help by touch", touch: true, whole: screen.Help(words.Touch)}, frameTexts{name: "about", whole: s.ex.AboutLines()})
	return out
}

// readsAsCode returns what in text reads as a path, an id or code, ""
// for nothing. The credits' quoted words are not: quoted holds them, so
// that a line wrapped out of one (a piece of the licence's address) is
// not either. The picker's query ends in its cursor, an underscore.
func readsAsCode(text string, quoted []string) string {
	text = strings.TrimSuffix(quotedInWords.ReplaceAllString(text, ""), "_")
	var kept []string
	for _, w := range strings.Fields(text) {
		if !slices.ContainsFunc(quoted, func(q string) bool { return strings.Contains(q, w) }) {
			kept = append(kept, w)
		}
	}
	return pathInWords.FindString(strings.Join(kept, " "))
}

// tapInWords finds words that tell a keyboard's user to tap.
var tapInWords = regexp.MustCompile(`\b[Tt]aps?\b`)

// TestPanelWords: no text a person reads holds a file's path, an id or
// code (the credits' licence address and resource identifier aside); no
// words for a keyboard's user say tap.
func TestPanelWords(t *testing.T) {
	frames := panelTexts(t, nil)
	var quoted []string
	for _, f := range frames {
		for _, tx := range f.whole {
			quoted = append(quoted, quotedInWords.FindAllString(tx, -1)...)
		}
	}
	var dump strings.Builder
	seen := map[string]bool{}
	for _, f := range frames {
		fmt.Fprintf(&dump, "== %s\n", f.name)
		for _, tx := range f.whole {
			if tx != "" {
				fmt.Fprintf(&dump, "%s\n", tx)
			}
		}
		for _, tx := range append(f.texts, f.whole...) {
			key := fmt.Sprint(f.touch, tx)
			if tx == "" || seen[key] {
				continue
			}
			seen[key] = true
			if !f.touch && tapInWords.MatchString(tx) {
				t.Errorf("%s: %q tells a keyboard's user to tap", f.name, tx)
			}
			if m := readsAsCode(tx, quoted); m != "" {
				t.Errorf("%s: %q reads as a path or an id (%q)", f.name, tx, m)
			}
		}
	}
	if *wordsFile != "" {
		if err := os.WriteFile(*wordsFile, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// toolWords names every button as it may be labelled.
func toolWords() map[string]screen.Tool {
	out := map[string]screen.Tool{}
	for t := screen.Tool(0); t < screen.NumTools; t++ {
		out[t.String()] = t
	}
	for _, alt := range []struct {
		t     screen.Tool
		label string
	}{{screen.ToolPause, "Play"}, {screen.ToolPause, "Replay"}} {
		out[alt.label] = alt.t
	}
	return out
}

// TestTouchWordsNameWhatIsThere: every button the words by touch name
// (the hint bar, the quiz) is on screen: in the toolbar's row, or in its
// Menu, named with that path ("Menu → Trace") where the row holds the
// Menu; a path to the Menu never shows where there is none.
func TestTouchWordsNameWhatIsThere(t *testing.T) {
	tools := toolWords()
	// Longest first, so that "Classic lesions" is matched before
	// "Lesion" could be.
	var names []string
	for n := range tools {
		names = append(names, regexp.QuoteMeta(n))
	}
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	named := regexp.MustCompile(`(Menu → )?(` + strings.Join(names, "|") + `)\b`)
	reported := map[string]bool{}
	fault := func(format string, args ...any) {
		if msg := fmt.Sprintf(format, args...); !reported[msg] {
			reported[msg] = true
			t.Error(msg)
		}
	}
	panelTexts(t, func(name string, d device, L *screen.Layout, c *screen.Content, dl *view.DrawList) {
		if d.input != words.Touch || c.Menu || c.Help || c.About {
			return
		}
		onRow := map[screen.Tool]bool{}
		for _, b := range L.Tools {
			onRow[b.Tool] = true
		}
		for _, text := range []string{drawnIn(dl, L.Hint), drawnIn(dl, L.Quiz)} {
			for _, m := range named.FindAllStringSubmatch(text, -1) {
				tool, viaMenu := tools[m[2]], m[1] != ""
				switch {
				case viaMenu && !onRow[screen.ToolMenu]:
					fault("%s: %q names %q, with no Menu on screen", d.name, text, m[0])
				case viaMenu && !slices.Contains(screen.MenuTools, tool):
					fault("%s: %q names %q, which the Menu does not hold", d.name, text, m[0])
				case !viaMenu && !onRow[tool]:
					fault("%s: %q names %q, not on the toolbar's row (say \"Menu → %s\")", d.name, text, m[0], m[2])
				}
			}
		}
	})
}

// drawnIn returns the text drawn in box, its lines joined as one.
func drawnIn(dl *view.DrawList, box view.Box) string {
	var lines []string
	for _, tx := range dl.Texts {
		if tx.X >= box.X && tx.X <= box.X+box.W && tx.Y >= box.Y && tx.Y <= box.Y+box.H {
			lines = append(lines, tx.S)
		}
	}
	return strings.Join(lines, " ")
}

// TestToggleButtons: the pause button names what a press does (Pause
// while the impulse runs, Play while paused, Replay once the volley has
// reached its muscles, and Pause again when replayed); the phase button is a
// switch that reads as its state, as Labels and Follow do: Acute, lit
// exactly while the acute phase shows.
func TestToggleButtons(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup []explorer.Action
		tool  screen.Tool
		want  string
		lit   bool
		// arrive plays the trace until its volley arrives, then does
		// after.
		arrive bool
		after  []explorer.Action
	}{
		{"chronic", []explorer.Action{act(explorer.EnterLesion)}, screen.ToolPhase, "Acute", false, false, nil},
		{"acute", []explorer.Action{act(explorer.EnterLesion), act(explorer.TogglePhase)}, screen.ToolPhase, "Acute", true, false, nil},
		{"playing", []explorer.Action{act(explorer.NextTrace)}, screen.ToolPause, "Pause", false, false, nil},
		{"paused", []explorer.Action{act(explorer.NextTrace), act(explorer.PauseTrace)}, screen.ToolPause, "Play", false, false, nil},
		{"arrived", []explorer.Action{act(explorer.NextTrace)}, screen.ToolPause, "Replay", false, true, nil},
		{"replayed", []explorer.Action{act(explorer.NextTrace)}, screen.ToolPause, "Pause", false, true, []explorer.Action{act(explorer.PauseTrace)}},
	} {
		for _, d := range []device{devices[0], devices[3]} {
			s := newSession(t)
			s.do(t, c.setup...)
			for i := 0; c.arrive && !s.ex.VolleyArrived() && i < 60*60; i++ {
				s.ex.Tick(1.0 / 60)
			}
			s.do(t, c.after...)
			L := s.draw(d)
			got := "(no button)"
			for _, b := range L.Tools {
				if b.Tool == c.tool {
					got = drawnIn(&s.dl, b.Box)
				}
			}
			if lit := s.content().On[c.tool]; got != c.want || lit != c.lit {
				t.Errorf("%s on %s: the button says %q, lit %v; want %q, lit %v", c.name, d.name, got, lit, c.want, c.lit)
			}
		}
	}
}
