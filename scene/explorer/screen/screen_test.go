package screen_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

var (
	loadOnce sync.Once
	cfg      explorer.Config
	model    *geom.Model
	face     *screen.Face
	loadErr  error
)

// load reads the atlas, the engine, the presets, the tours, the model and
// the font once.
func load(tb testing.TB) {
	tb.Helper()
	loadOnce.Do(func() {
		if cfg, loadErr = explorer.Shipped(); loadErr != nil {
			return
		}
		a := cfg.Atlas
		if model, loadErr = geom.Build(a); loadErr != nil {
			return
		}
		face, loadErr = screen.NewFace()
	})
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
}

// session is an explorer with what its adapter adds to the overlay: the
// patient, the list of classic lesions, a note and the quiz's words.
type session struct {
	ex       *explorer.Explorer
	screen   *screen.Screen
	renderer *view.Renderer
	patient  *screen.Patient
	presets  screen.PresetList
	note     string
	hover    string
	dl       view.DrawList
}

func newSession(tb testing.TB) *session {
	tb.Helper()
	load(tb)
	ex, err := explorer.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return &session{ex: ex, screen: screen.New(face), renderer: view.NewRenderer(model), patient: screen.NewPatient(),
		presets: screen.PresetList{Matches: cfg.Presets}}
}

// do carries out actions, failing the test on an error.
func (s *session) do(tb testing.TB, actions ...explorer.Action) {
	tb.Helper()
	for _, a := range actions {
		if err := s.ex.Do(a); err != nil {
			tb.Fatalf("%v: %v", a.Kind, err)
		}
	}
}

// content is the frame's Content as the window fills it.
func (s *session) content() *screen.Content {
	var c screen.Content
	s.ex.Overlay(&c)
	res, _ := s.ex.Result()
	s.patient.Untinted = false
	if hidden, untinted := s.ex.QuizPatient(); hidden != nil {
		res, s.patient.Untinted = hidden, untinted
	}
	s.patient.Update(res, 0)
	c.Patient, c.Presets = s.patient, &s.presets
	c.Note, c.Hover = s.note, s.hover
	return &c
}

// draw draws the model and the overlay on a device, as the window does,
// and returns the frame's layout.
func (s *session) draw(d device) screen.Layout {
	w, h := int(float32(d.w)*d.ratio), int(float32(d.h)*d.ratio)
	m := screen.NewMetrics(w, h, d.ratio, s.ex.Presenter())
	s.ex.UseDevice(d.input)
	s.presets.Fingertip = 0 // as Frame sets the explorer's
	if d.input == words.Touch {
		s.presets.Fingertip = screen.FingertipCSS * d.ratio
	}
	c := s.content()
	L := s.screen.Place(m, c)
	f := s.ex.Frame(w, h, d.ratio)
	opt := f.Options
	opt.LabelSize, opt.LabelMin = m.LabelSize(), m.LabelLeast()
	if area, ok := L.LabelArea(); ok {
		opt.LabelArea = area
	} else {
		opt.Labels = false
	}
	s.renderer.SetOverlay(f.Overlay)
	s.renderer.Frame(&s.dl, &f.Camera, w, h, opt)
	s.screen.Draw(&s.dl, &L, c)
	return L
}

// device is a screen the explorer is used on: its CSS size and pixel
// ratio, and what the person uses on it.
type device struct {
	name  string
	w, h  int
	ratio float32
	input words.Device
}

// devices are the screens of the layout tests: a laptop and a projector at
// ratio 1, a Retina laptop, and a phone.
var devices = []device{
	{"1280x720", 1280, 720, 1, words.Keyboard},
	{"1920x1080", 1920, 1080, 1, words.Keyboard},
	{"1280x720@2", 1280, 720, 2, words.Keyboard},
	{"390x844@2", 390, 844, 2, words.Touch},
}

// act is an action without parameters.
func act(k explorer.Kind) explorer.Action { return explorer.Act(k) }

// modeSetups put a fresh explorer in each mode a person meets, with the
// longest content each shows.
var modeSetups = []struct {
	name  string
	setup func(t *testing.T, s *session)
}{
	{"explore", func(t *testing.T, s *session) {}},
	{"explore-hover", func(t *testing.T, s *session) {
		s.hover = "Left corticospinal tract, lateral funiculus of the spinal cord, cervical enlargement"
		s.do(t, act(explorer.ToggleProportions), act(explorer.ToggleSection))
	}},
	{"explore-labels", func(t *testing.T, s *session) { s.do(t, act(explorer.ToggleLabels)) }},
	{"help", func(t *testing.T, s *session) { s.do(t, act(explorer.ToggleHelp)) }},
	{"about", func(t *testing.T, s *session) { s.do(t, act(explorer.ToggleAbout)) }},
	{"about-in-lesion", func(t *testing.T, s *session) {
		s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"}, act(explorer.ToggleAbout))
	}},
	{"trace", func(t *testing.T, s *session) {
		s.do(t, act(explorer.NextTrace))
		for range 240 {
			s.ex.Tick(1.0 / 60)
		}
	}},
	{"trace-arrived", func(t *testing.T, s *session) {
		// The face area's volley at its muscles: the longest caption,
		// and Replay in the toolbar.
		s.do(t, act(explorer.NextTrace), act(explorer.NextTrace))
		for i := 0; !s.ex.Impulse().Arrived && i < 60*60; i++ {
			s.ex.Tick(1.0 / 60)
		}
	}},
	{"section", func(t *testing.T, s *session) {
		st := s.ex.State()
		st.Section = s.ex.Levels()[len(s.ex.Levels())/2].ID
		if err := s.ex.Set(st); err != nil {
			t.Fatal(err)
		}
	}},
	{"lesion-long", func(t *testing.T, s *session) {
		s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"})
	}},
	{"lesion-cord", func(t *testing.T, s *session) {
		s.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "brown_sequard_c5"})
	}},
	{"picker", func(t *testing.T, s *session) { s.do(t, act(explorer.EnterLesion), act(explorer.OpenPicker)) }},
	{"quiz", func(t *testing.T, s *session) {
		s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: cfg.Presets[0].ID})
	}},
	{"quiz-panels", func(t *testing.T, s *session) {
		// A phone's panels opened in the quiz, a lesion placed: the
		// findings beside the patient, the quiz's words above the model.
		s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "locked_in"}, act(explorer.TogglePanels),
			explorer.Action{Kind: explorer.PlacePreset, Preset: "weber"})
	}},
	{"quiz-answer", func(t *testing.T, s *session) {
		s.do(t, explorer.Action{Kind: explorer.AskQuiz, Preset: "locked_in"}, act(explorer.QuizHint), act(explorer.QuizHint), act(explorer.QuizHint))
	}},
	{"menu", func(t *testing.T, s *session) { s.do(t, act(explorer.ToggleMenu)) }},
	{"tour-start", func(t *testing.T, s *session) { s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: -1}) }},
	{"link-note", func(t *testing.T, s *session) {
		s.note = "the lesion site pyramid0 does not exist\nthe section xyz does not exist\nthe camera is not four numbers"
	}},
}

// checkLayout reports every way the frame's boxes collide: a box off the
// screen, two panels overlapping, a text across a panel's edge or over
// another text, and text too small to read.
func checkLayout(dl *view.DrawList, d device) []string {
	var faults []string
	scr := view.Box{W: float32(dl.Width), H: float32(dl.Height)}
	var panels, texts []view.Box
	var sizes []float32
	ti := 0
	for _, b := range screen.AppendBoxes(nil, face, dl) {
		if b.ID == "text" {
			texts = append(texts, b)
			sizes = append(sizes, dl.Texts[ti].Size)
			ti++
			continue
		}
		panels = append(panels, b)
	}
	name := func(i int) string { return fmt.Sprintf("text %q", dl.Texts[i].S) }
	for _, p := range panels {
		if !p.Inside(scr, 1) {
			faults = append(faults, fmt.Sprintf("panel %s %v leaves the screen", p.ID, p))
		}
	}
	for i, p := range panels {
		for _, q := range panels[i+1:] {
			// A panel within another (a button in the menu) is nested,
			// not in the way.
			if p.Overlaps(q, 1) && !p.Inside(q, 1) && !q.Inside(p, 1) {
				faults = append(faults, fmt.Sprintf("panels %s and %s overlap", p.ID, q.ID))
			}
		}
	}
	const minCSS = 11
	for i, tb := range texts {
		if !tb.Inside(scr, 1) {
			faults = append(faults, fmt.Sprintf("%s leaves the screen (%v)", name(i), tb))
		}
		for _, p := range panels {
			if tb.Overlaps(p, 1) && !tb.Inside(p, 1) && !p.Inside(tb, 1) {
				faults = append(faults, fmt.Sprintf("%s runs across the edge of panel %s", name(i), p.ID))
			}
		}
		for j := i + 1; j < len(texts); j++ {
			if tb.Overlaps(texts[j], 2) {
				faults = append(faults, fmt.Sprintf("%s and %s overlap", name(i), name(j)))
			}
		}
		if css := sizes[i] / d.ratio; css < minCSS {
			faults = append(faults, fmt.Sprintf("%s is %.1f CSS px, below %d", name(i), css, minCSS))
		}
	}
	return faults
}

// TestLayoutNeverCollides draws every mode on every device with presenter
// mode off and on, and checks that nothing overlaps, leaves the screen or
// is too small to read.
func TestLayoutNeverCollides(t *testing.T) {
	for _, d := range devices {
		for _, presenter := range []bool{false, true} {
			for _, m := range modeSetups {
				t.Run(fmt.Sprintf("%s/%s/presenter=%v", d.name, m.name, presenter), func(t *testing.T) {
					s := newSession(t)
					if presenter {
						s.do(t, act(explorer.TogglePresenter))
					}
					m.setup(t, s)
					s.draw(d)
					if faults := checkLayout(&s.dl, d); len(faults) > 0 {
						t.Errorf("%d faults:\n  %s", len(faults), strings.Join(faults, "\n  "))
					}
				})
			}
		}
	}
}

// TestLayoutTours steps through every tour on a laptop and a phone held
// upright and sideways, presenter mode off and on, checking every step's
// frame.
func TestLayoutTours(t *testing.T) {
	sideways := []device{{"844x390@3", 844, 390, 3, words.Touch}, {"740x360@2", 740, 360, 2, words.Touch}}
	for _, d := range append([]device{devices[0], devices[3]}, sideways...) {
		for _, presenter := range []bool{false, true} {
			s := newSession(t)
			if presenter {
				s.do(t, act(explorer.TogglePresenter))
			}
			for i := range s.ex.Tours() {
				s.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
				for step := 0; ; step++ {
					s.draw(d)
					if faults := checkLayout(&s.dl, d); len(faults) > 0 {
						t.Errorf("%s presenter=%v, tour %q step %d: %d faults:\n  %s", d.name, presenter,
							s.ex.Player().Tour().Title, step+1, len(faults), strings.Join(faults, "\n  "))
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

// BenchmarkLayout measures what a frame adds over the model: placing every
// panel and drawing them into the list, in lesion mode with a long report
// (the busiest screen), at 1920×1080.
func BenchmarkLayout(b *testing.B) {
	s := newSession(b)
	s.do(b, explorer.Action{Kind: explorer.PlacePreset, Preset: "locked_in"})
	m := screen.NewMetrics(1920, 1080, 1, false)
	b.ReportAllocs()
	for b.Loop() {
		s.dl.Reset(1920, 1080)
		c := s.content()
		L := s.screen.Place(m, c)
		s.screen.Draw(&s.dl, &L, c)
	}
}
