// Package explorer is the one owner of what the explorer shows: the mode,
// the trace, the lesions, the section, the tour, the panels open, the
// presenter scale and the camera. It changes only through actions (Do),
// closes only the topmost thing on Back, advances time in Tick (the time is
// given, never read from a clock), and opens links and tour steps through
// one Set. It imports no Ebiten: the game maps keys, pointer and touch to
// actions, and the command line's render opens a State through it as the
// window does.
package explorer

import (
	"errors"
	"fmt"
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/tour"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// Config is what an Explorer checks names against and plays.
type Config struct {
	Atlas *anatomy.Atlas
	// Engine evaluates the lesions. When nil, the explorer wires it from
	// Atlas the first time it is needed (Engine): a window draws its
	// first frame without waiting for it.
	Engine  *lesion.Engine
	Presets []preset.Preset
	Tours   []tour.Tour
	// Face measures the panels' text, as the adapter draws it; nil is
	// the shipped face.
	Face screen.Measurer
	// Scene is what a camera must show in proportions p: the model as
	// the adapter draws it, with its overlay. Framing keeps the camera
	// out of it; nil takes every camera with finite numbers as usable.
	Scene func(p geom.Proportions) view.Scene
}

// Explorer is the explorer's state and the only code that changes it.
type Explorer struct {
	cfg    Config
	levels []geom.SectionLevel
	st     State
	// sectionWords is the section's caption and framed box, kept per
	// level (sectioncaption.go).
	sectionWords sectionWords
	// help, about, menu and picker are the panels open over the mode:
	// the list of controls, the data's credits, the toolbar's menu
	// (narrow screens), the list of classic lesions.
	help, about, menu, picker bool
	// black is the black screen a presenter asks for (ToggleBlack):
	// nothing else changes under it.
	black bool
	// helpPage is the page of the list of controls or the About panel
	// shown, reportPage the report's (pages.go); helpPages and
	// reportPages how many the last frame set them in.
	helpPage, reportPage   int
	helpPages, reportPages int
	// panelsOpen opens lesion mode's compact panels (compact.go) to the
	// full patient and report; compact tells that the last frame drew
	// them compact, as a strip under the model.
	panelsOpen, compact bool
	// sectionAt is the level a section cuts at, kept while it is off so
	// that X cuts where it last did.
	sectionAt int
	// sectionLabelled tells that opening the section turned the labels
	// on, and closing it turns them off again (sectionlabels.go).
	sectionLabelled bool
	// labelsHidden tells that the student turned off labels something
	// other than the state's Labels forced on (labelson.go).
	labelsHidden bool
	player       *tour.Player
	// beforeTour is what was open when the tour started, opened again
	// when it ends: a tour is a detour, not a place to be left in.
	beforeTour State
	nextTour   int
	tourErr    error
	// quizPreset is the id of the classic lesion the quiz hides;
	// beforeQuiz is what was open when it was asked, and beforeQuizUndo
	// its undo, opened again when it ends.
	quizPreset     string
	beforeQuiz     State
	beforeQuizUndo []undone
	selected       int
	// moving makes the next lesion click move the selected sphere
	// (ToggleMoveLesion), while MovingLesion says so.
	moving  bool
	undo    []undone
	tracing tracing
	camMove cameraMove
	// eval is the engine's result for the lesions in place, and the
	// report's words (evaluation.go); aboutLines the About panel's.
	eval       evaluation
	aboutLines []string
	// quiz is what the quiz hides and says (quiz.go).
	quiz quiz
	// framing moves the camera to what a change put on screen
	// (framing.go); shown is the screen the last Frame was for.
	framing framing
	shown   shown
	// patient acts out the lesion in lesion mode's panel.
	patient *screen.Patient
	// local is what only the adapter knows (SetLocal); the screens and
	// contents lay out the frame's panels and framing's free area, each
	// with buffers of its own.
	local Local
	// pointer is where the pointer was last seen and how long ago it
	// moved, for presenter mode's ring.
	pointer                      pointerSeen
	frameScreen, framingScreen   *screen.Screen
	frameContent, framingContent screen.Content
	overlayCache                 overlayCache
	// pick is the picker's list: query, matches, chosen (picker.go).
	pick screen.PresetList
	// pickBox and pickSize are where the last frame drew the picker's
	// list, which scrolling and paging measure rows against.
	pickBox  view.Box
	pickSize float32
	// notes is what a note says at the top of the screen (notes.go).
	notes notes
	// warped is storage for an overlay mesh's points as drawn (Usable).
	warped []mgl32.Vec3
	// device is what the person uses, whose words the overlay speaks
	// (device.go).
	device words.Device

	// engineErr is why the atlas did not wire into a lesion engine
	// (Engine).
	engineErr error
}

// QuizTitle titles the quiz's report.
const QuizTitle = screen.QuizTitle

// decussationLevel is where a section first cuts: the crossing itself.
const decussationLevel = "decussation"

// maxUndo bounds the lesions remembered for undo.
const maxUndo = 100

// New returns an explorer in the first view. It fails when c lacks the
// atlas.
func New(c Config) (*Explorer, error) {
	if c.Atlas == nil {
		return nil, errors.New("explorer: the atlas is required")
	}
	e := &Explorer{cfg: c, levels: geom.SectionLevels(c.Atlas), st: DefaultState(), selected: -1, patient: screen.NewPatient()}
	for i, l := range e.levels {
		if l.ID == decussationLevel {
			e.sectionAt = i
		}
	}
	e.tracing.reset()
	e.search()
	return e, nil
}

// Engine returns the lesion engine: the Config's, or else the one wired
// from the atlas the first time it is asked for (a few milliseconds
// natively, tens of them in a page that has just started), or why the
// atlas does not wire.
func (e *Explorer) Engine() (*lesion.Engine, error) {
	if e.cfg.Engine == nil && e.engineErr == nil {
		eng, err := lesion.New(e.cfg.Atlas)
		if err != nil {
			e.engineErr = fmt.Errorf("explorer: %w", err)
			return nil, e.engineErr
		}
		e.cfg.Engine = eng
	}
	return e.cfg.Engine, e.engineErr
}

// State returns the state open. Its Lesions are the explorer's own: a
// caller copies them before changing them.
func (e *Explorer) State() State {
	s := e.st
	s.Framed = e.traceFramed() || e.lesionsFramed()
	return s
}

// Is tells whether the state's own mode, under any tour and panel, is m
// (Explore, Trace, Lesion or Quiz). It and the accessors below read the
// state without copying it: the window asks every frame.
func (e *Explorer) Is(m Mode) bool { return e.st.Mode == m }

// Lesioning tells whether lesion mode's lesions are on screen.
func (e *Explorer) Lesioning() bool { return e.st.Lesioning() }

// Section returns the id of the section's level, "" for none.
func (e *Explorer) Section() string { return e.st.Section }

// Look returns how the brain is drawn.
func (e *Explorer) Look() geom.Look { return e.st.Look }

// Labels tells whether the model's labels are on.
func (e *Explorer) Labels() bool { return e.st.Labels }

// Presenter tells whether presenter mode is on.
func (e *Explorer) Presenter() bool { return e.st.Presenter }

// Proportions returns the proportions the model is drawn in.
func (e *Explorer) Proportions() geom.Proportions { return e.st.Proportions }

// Camera returns the camera.
func (e *Explorer) Camera() view.Camera { return e.st.Camera }

// Mode returns the topmost mode: a tour over everything, then the quiz,
// lesion mode, a trace, a section.
func (e *Explorer) Mode() Mode {
	if e.player != nil {
		return Tour
	}
	return e.st.Top()
}

// Black tells whether the screen is black (ToggleBlack).
func (e *Explorer) Black() bool { return e.black }

// Help tells whether the list of controls is open.
func (e *Explorer) Help() bool { return e.help }

// About tells whether the About panel (the data's credits) is open.
func (e *Explorer) About() bool { return e.about }

// Menu tells whether the toolbar's menu is open (narrow screens).
func (e *Explorer) Menu() bool { return e.menu }

// Picker tells whether the list of classic lesions is open.
func (e *Explorer) Picker() bool { return e.picker }

// Tours returns the tours StartTour plays.
func (e *Explorer) Tours() []tour.Tour { return e.cfg.Tours }

// Player returns the tour in play, or nil.
func (e *Explorer) Player() *tour.Player { return e.player }

// TourError returns what stopped part of the tour's step from opening, or
// nil.
func (e *Explorer) TourError() error { return e.tourErr }

// QuizPreset returns the id of the classic lesion the quiz hides, "" when
// no quiz is asked.
func (e *Explorer) QuizPreset() string {
	if e.st.Mode != Quiz {
		return ""
	}
	return e.quizPreset
}

// Selected returns the index of the selected lesion, or -1.
func (e *Explorer) Selected() int { return e.selected }

// Levels returns the section's levels, from the top down.
func (e *Explorer) Levels() []geom.SectionLevel { return e.levels }

// Level returns the level the section cuts at (or last cut at).
func (e *Explorer) Level() geom.SectionLevel { return e.levels[e.sectionAt] }

// Checker returns what a link's names are checked against.
func (e *Explorer) Checker() link.Checker {
	levels := make([]string, len(e.levels))
	for i, l := range e.levels {
		levels[i] = l.ID
	}
	presets := make([]string, len(e.cfg.Presets))
	for i, p := range e.cfg.Presets {
		presets[i] = p.ID
	}
	eng, _ := e.Engine() // Open reads no link without one
	return link.Checker{Atlas: e.cfg.Atlas, Engine: eng, Levels: levels, Presets: presets}
}

// Open opens a link's fragment: its refused parts are named in the notes
// (short sentences, link.Lines), and the rest opens through Set. Presenter
// mode stays as it is unless the link names it.
func (e *Explorer) Open(fragment string) []string {
	if _, err := e.Engine(); err != nil {
		return []string{err.Error()}
	}
	s, ls, notes := parseState(fragment, e.Checker())
	if !ls.PresenterNamed {
		// Presenter mode is the teacher's device setting, not the
		// link's: following one keeps it unless the link says.
		s.Presenter = e.st.Presenter
	}
	if err := e.Set(s); err != nil && s.Mode == Trace {
		// ParseStart accepted it, so the atlas cannot trace it.
		notes = append(notes, link.Note{Kind: link.BadTrace, Part: s.Trace.String()})
	}
	if e.st.Section != "" && s.Camera == view.DefaultCamera() {
		// A link that names a section but no camera (or a bad one) looks
		// at the cut, as X does.
		e.aimSection()
	}
	// A link opens as it will stay: with a camera that shows the model,
	// and nothing framed anew; but a trace without a camera of the
	// person's, framed as a tap frames it (pathlink.go).
	e.keepUsableCamera()
	if e.st.Section == "" && s.Camera == view.DefaultCamera() && e.st.Camera == view.DefaultCamera() {
		// A link without a camera opens the first view for the screen:
		// on a phone held upright the default camera leaves the top
		// empty and runs the cord under the toolbar.
		e.camMove.stop()
		e.st.Camera = e.firstView()
	}
	e.frameLinkedTrace(s)
	e.frameLinkedLesions(s)
	return link.Lines(notes)
}

// Set opens s: links, tour steps and the desktop program's -state all come
// here. What cannot open (a start that cannot be traced, an unknown level,
// too many lesions, a camera that is not numbers) is left out and named in
// the error; the rest opens. Panels stay as they are; a tour in play goes
// on (its steps come through here too).
func (e *Explorer) Set(s State) error {
	var errs []error
	if s.Mode == Section || s.Mode == Tour {
		s.Mode = Explore
	}
	if s.Phase != lesion.Acute {
		s.Phase = lesion.Chronic
	}
	if s.Proportions != geom.TrueScale {
		s.Proportions = geom.Teaching
	}
	if s.Look > geom.Quadrant {
		s.Look = geom.Glass
	}
	if !finiteCamera(s.Camera) {
		errs = append(errs, errors.New("the camera's numbers are not finite: the first view opens"))
		s.Camera = view.DefaultCamera()
	}
	e.camMove.stop()
	// A link's labels are its own: closing its section leaves them, and
	// a step's forced ones are named again.
	e.sectionLabelled, e.labelsHidden = false, false
	if s.Section != "" {
		if i, ok := e.levelIndex(s.Section); ok {
			e.sectionAt = i
		} else {
			errs = append(errs, fmt.Errorf("no section level %q", s.Section))
			s.Section = ""
		}
	}
	if len(s.Lesions) > link.MaxLesions {
		errs = append(errs, fmt.Errorf("%d lesions: at most %d are placed", len(s.Lesions), link.MaxLesions))
		s.Lesions = s.Lesions[:link.MaxLesions]
	}
	if p := e.preset(s.Preset); s.Preset != "" && p == nil {
		errs = append(errs, fmt.Errorf("no classic lesion %q", s.Preset))
		s.Preset = ""
	} else if p != nil && len(s.Lesions) == 0 {
		// A link may name the classic lesion alone (preset=wallenberg).
		for _, site := range p.SiteSpecs {
			s.Lesions = append(s.Lesions, Placed{Site: site})
		}
	}
	if s.Mode == Trace {
		if err := e.tracing.begin(e.cfg.Atlas, s.Trace); err != nil {
			errs = append(errs, err)
			s.Mode = Explore
		}
	} else {
		e.tracing.end()
	}
	if !s.Lesioning() {
		s.Lesions, s.Preset, s.Title = nil, "", ""
	}
	if s.Mode != Quiz {
		e.quizPreset = ""
	}
	if s.Lesioning() && !samePlaced(e.st.Lesions, s.Lesions) {
		e.remember()
	}
	s.Lesions = append([]Placed(nil), s.Lesions...)
	// Framed is framing's to tell (State), not a state to open.
	s.Framed = false
	e.st = s
	e.selected = len(s.Lesions) - 1
	return errors.Join(errs...)
}

// levelIndex returns the index of the level named id, in any case.
func (e *Explorer) levelIndex(id string) (int, bool) {
	for i, l := range e.levels {
		if l.ID == id {
			return i, true
		}
	}
	return 0, false
}

// preset returns the classic lesion with id, or nil.
func (e *Explorer) preset(id string) *preset.Preset {
	for i := range e.cfg.Presets {
		if e.cfg.Presets[i].ID == id {
			return &e.cfg.Presets[i]
		}
	}
	return nil
}

// Back closes the topmost thing on screen, and only that: the toolbar's
// menu, the list of controls, the About panel, the classic-lesion picker,
// an armed Move, the section (but a tour's), the quiz (back to where it
// was asked from), the tour, the trace, then lesion mode. The black screen
// is not closed here: any key brings it back (the game's blackout). It reports whether anything closed.
func (e *Explorer) Back() bool {
	switch {
	case e.menu:
		e.menu = false
	case e.help:
		e.help = false
	case e.about:
		e.about = false
	case e.picker:
		e.picker = false
	case e.panelsOpen && e.compact && e.st.Lesioning():
		// The opened panels cover the lower part of the model: folded
		// first, before the quiz or lesion mode ends.
		e.panelsOpen = false
	case e.MovingLesion():
		e.moving = false
	case e.st.Section != "" && e.player == nil:
		// The cut is a view over the mode, left before it; a tour's
		// step owns its section, and Esc ends the tour.
		e.closeSection()
	case e.st.Mode == Quiz:
		e.endQuiz()
	case e.player != nil:
		e.endTour()
	case e.st.Mode == Trace:
		e.endTrace()
	case e.st.Mode == Lesion:
		e.leaveLesion()
	default:
		return false
	}
	return true
}

// finiteCamera tells whether every number of c is finite.
func finiteCamera(c view.Camera) bool {
	for _, x := range []float32{c.Yaw, c.Pitch, c.Distance, c.FOV, c.Target[0], c.Target[1], c.Target[2]} {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return false
		}
	}
	return true
}

// samePlaced tells whether two lists of lesions are the same.
func samePlaced(a, b []Placed) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
