package explorer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// Lesion sizes, in millimetres of radius: a lacune to a large infarct.
// SmallRadius is a click's size in the brainstem and cord, where both
// pyramids lie within 6 mm of each other and a default-sized sphere would
// take both sides.
const (
	DefaultRadius = 6
	SmallRadius   = 3
	MinRadius     = 1
	MaxRadius     = lesion.MaxPointRadius
)

// CrusRadius is a click's size on a cerebral peduncle: the crura lie some
// 25 mm apart, so a sphere that takes the whole width of one's
// corticofugal fibres (about 10 mm front to back) keeps to its side, and
// the click gives the textbook crus lesion (Weber's hemiparesis), not the
// arm's or the leg's part of it alone.
const CrusRadius = 5

// BasisRadius is a click's size on the basis pontis: its corticospinal
// fibres run as bundles scattered among the pontine nuclei, over some 10
// mm of each side's half, so that a lacune there of about 10 mm gives the
// textbook pure motor hemiparesis; a sphere of the brainstem's 3 mm takes
// one bundle, an arm or a tongue.
const BasisRadius = 5

// brainstemTop is the height (atlas millimetres) below which a click is in
// the brainstem, cerebellum or cord: the top of the cerebral peduncles.
const brainstemTop = -8

// RadiusAt returns the size a new lesion clicked at atlas point at takes:
// DefaultRadius in the hemispheres, SmallRadius below them.
func RadiusAt(at [3]float32) float32 {
	if at[2] < brainstemTop {
		return SmallRadius
	}
	return DefaultRadius
}

// RadiusOn returns the size a new lesion clicked on the part of the model
// with mesh id at atlas point at takes: CrusRadius on a crus, BasisRadius
// on the basis pontis, else RadiusAt's.
func RadiusOn(id string, at [3]float32) float32 {
	switch {
	case strings.HasPrefix(id, "peduncle."):
		return CrusRadius
	case id == "pons":
		return BasisRadius
	}
	return RadiusAt(at)
}

// Do carries out an action. An action that makes no sense where the
// explorer is (a lesion moved with none selected, a trace step with no
// trace) changes nothing; one that names what does not exist (a start, a
// preset, a tour) or asks for more than allowed (a seventeenth lesion)
// changes nothing and says so in the error.
func (e *Explorer) Do(a Action) error {
	was := e.noteScene()
	err := e.do(a)
	e.respondQuiz()
	e.endNotesAfter(a.Kind, was)
	return err
}

// leavesTour tells the actions that change the mode under a tour: asked
// for during one, they end it first, so that the tour's caption and
// buttons never stay over another mode. The picker and the quiz open over
// a tour instead, and Back returns to it; a classic lesion chosen in the
// picker ends it.
func leavesTour(k Kind) bool {
	switch k {
	case ToggleLesion, EnterLesion, StartTrace, NextTrace, PrevTrace, ToggleSection, PlacePreset, PickerChoose, PickRow:
		return true
	}
	return false
}

// do carries out an action, for Do.
func (e *Explorer) do(a Action) error {
	s := &e.st
	if e.player != nil && leavesTour(a.Kind) {
		e.endTour()
	}
	switch a.Kind {
	case None:
	case Back:
		e.Back()
	case ToggleHelp:
		e.help = !e.help
		e.helpPage = 0
		if e.help {
			// One panel over the model at a time: the help and the
			// picker used to open together.
			e.picker, e.about = false, false
		}
	case ToggleAbout:
		e.about = !e.about
		e.helpPage = 0
		if e.about {
			e.picker, e.help = false, false
		}
	case ToggleMenu:
		e.menu = !e.menu
	case OpenPicker:
		e.openPicker()
	case PickerType, PickerErase, PickerMove, PickerPage, PickerScroll, PickerChoose, PickRow:
		return e.doPicker(a)
	case ClosePicker:
		e.picker = false
	case HelpPage:
		if e.help || e.about {
			e.helpPage = turnPage(e.helpPage, a.Row, e.helpPages)
		}
	case TogglePanels:
		if e.st.Lesioning() {
			e.panelsOpen = !e.panelsOpen
		}
	case ReportPage:
		if e.st.Lesioning() {
			e.reportPage = turnPage(e.reportPage, a.Row, e.reportPages)
		}
	case ToggleLesion:
		if s.Lesioning() {
			e.leaveLesion()
		} else {
			e.enterLesion()
		}
	case EnterLesion:
		e.enterLesion()
	case LeaveLesion:
		e.leaveLesion()
	case StartTrace, NextTrace, PrevTrace:
		return e.startTrace(a)
	case EndTrace:
		e.endTrace()
	case PauseTrace, StepTrace, TraceSpeed, FollowTrace:
		if s.Mode == Trace {
			e.tracing.do(a)
		}
	case ToggleSection:
		if s.Section != "" {
			e.closeSection()
		} else {
			e.openSection()
		}
	case SectionDown, SectionUp:
		if s.Section == "" {
			break
		}
		n := 1
		if a.Kind == SectionUp {
			n = -1
		}
		e.sectionAt = max(0, min(len(e.levels)-1, e.sectionAt+n))
		s.Section = e.Level().ID
		e.aimSection()
	case AimSection:
		if s.Section != "" {
			e.aimSection()
		}
	case AskQuiz, NextQuiz:
		if err := e.askQuiz(a.Preset, a.Kind == NextQuiz); err != nil {
			return err
		}
		// The quiz's patient is the whole body's: a section would cut
		// away the cord it is asked about (it comes back when the quiz
		// ends, with what was open before).
		e.closeSection()
	case QuizHint:
		e.hintQuiz()
	case EndQuiz:
		e.endQuiz()
	case StartTour:
		// A tour's steps would drop the quiz's hidden lesion, and its
		// end open a quiz with none.
		e.endQuiz()
		return e.startTour(a.Tour)
	case TourNext, TourBack:
		e.stepTourOrPage(a.Kind == TourNext)
	case EndTour:
		e.endTour()
	case PlaceLesion, MoveLesion, ResizeLesion, RemoveLesion, UndoLesion, PlacePreset, SetPhase, TogglePhase:
		return e.doLesion(a)
	case ToggleMoveLesion:
		e.moving = !e.moving && e.movable()
		return e.doLesion(a)
	case ToggleLabels:
		// The student's own choice: closing the section leaves it.
		e.sectionLabelled = false
		e.toggleLabels()
	case CycleLook:
		s.Look = s.Look.Next()
	case ToggleProportions:
		s.Proportions = 1 - s.Proportions
	case TogglePresenter:
		s.Presenter = !s.Presenter
	case ToggleBlack:
		e.black = !e.black
	case SetCamera:
		if !finiteCamera(a.Camera) {
			return fmt.Errorf("camera: its numbers must be finite")
		}
		e.camMove.stop()
		s.Camera = a.Camera
		e.framing.settle(s.Camera)
	case MoveCamera:
		if !finiteCamera(a.Camera) {
			return fmt.Errorf("camera: its numbers must be finite")
		}
		e.camMove.start(s.Camera, a.Camera)
	case ResetView:
		e.camMove.stop()
		s.Camera = e.firstView()
		e.framing.settle(s.Camera)
	default:
		return fmt.Errorf("unknown action %d", a.Kind)
	}
	return nil
}

// enterLesion enters lesion mode, ending a trace: lesion mode owns the
// screen, and a trace would be drawn under its panels and dropped from the
// link.
func (e *Explorer) enterLesion() {
	if e.st.Lesioning() {
		return
	}
	e.tracing.end()
	e.st.Mode = Lesion
}

// leaveLesion leaves lesion mode, and the quiz with it; the lesions (the
// student's own, not the quiz's guesses) stay for the next time lesion
// mode is entered.
func (e *Explorer) leaveLesion() {
	if !e.st.Lesioning() {
		return
	}
	if e.st.Mode == Quiz {
		// The quiz's lesions and phase were its own: the student's come
		// back, for the next time lesion mode is entered.
		b := &e.beforeQuiz
		e.st.Lesions, e.st.Preset, e.st.Title, e.st.Phase = b.Lesions, b.Preset, b.Title, b.Phase
		e.undo, e.beforeQuizUndo = e.beforeQuizUndo, nil
	}
	e.st.Mode, e.quizPreset, e.moving = Explore, "", false
	e.panelsOpen = false
}

// startTrace traces from a start (the action's, or the next or previous
// of TraceStarts); lesion mode owns the screen, so none starts there.
func (e *Explorer) startTrace(a Action) error {
	if e.st.Lesioning() {
		return nil
	}
	start := a.Start
	if a.Kind != StartTrace {
		st, err := e.tracing.cycle(e.cfg.Atlas, a.Kind == NextTrace)
		if err != nil {
			return err
		}
		start = st
	}
	if err := e.tracing.begin(e.cfg.Atlas, start); err != nil {
		return err
	}
	// A trace runs the whole pathway, which a section would cut away.
	e.st.Mode, e.st.Trace = Trace, start
	e.closeSection()
	return nil
}

// endTrace ends a trace; its caption goes with it.
func (e *Explorer) endTrace() {
	e.tracing.end()
	if e.st.Mode == Trace {
		e.st.Mode = Explore
	}
}

// doLesion carries out lesion mode's actions: only in lesion mode (and
// the quiz), except a preset, which opens lesion mode, and the phase.
func (e *Explorer) doLesion(a Action) error {
	s := &e.st
	switch a.Kind {
	case PlacePreset:
		return e.placePreset(a.Preset)
	case SetPhase:
		p, err := lesion.ParsePhase(string(a.Phase))
		if err == nil {
			s.Phase = p
		}
		return err
	case TogglePhase:
		s.Phase = map[lesion.Phase]lesion.Phase{lesion.Acute: lesion.Chronic, lesion.Chronic: lesion.Acute}[s.Phase]
		return nil
	}
	if !s.Lesioning() {
		return nil
	}
	if a.Kind == UndoLesion {
		if n := len(e.undo); n > 0 {
			e.undo[n-1].restore(e)
			e.undo = e.undo[:n-1]
		}
		return nil
	}
	// The lesions change as a copy: a State handed out keeps its own.
	// (Copied with append, not the generic slices functions: a generic
	// instantiated with Placed, which holds a mathgl vector, would keep
	// all of mathgl in the browser's build; see cmd/decussate's
	// linker_test.go.)
	ls, sel := s.Lesions, e.selected
	sphere := sel >= 0 && sel < len(ls) && ls[sel].Sphere()
	named := true // the preset's name still fits the lesions
	switch a.Kind {
	case PlaceLesion:
		if len(ls) >= link.MaxLesions {
			return errors.New(words.LesionLimit(e.device, link.MaxLesions))
		}
		r := a.Radius
		if r == 0 {
			r = DefaultRadius
		}
		if !finite3(a.At) || r != r {
			return errors.New("a lesion's centre and radius must be numbers")
		}
		ls = append(ls[:len(ls):len(ls)], Placed{Centre: a.At, Radius: clampRadius(r)})
		sel, named = len(ls)-1, false
	case MoveLesion, ResizeLesion:
		if !sphere || !finite3(a.At) || (a.Kind == ResizeLesion && !(a.Factor > 0)) {
			return nil
		}
		ls = append([]Placed(nil), ls...)
		if a.Kind == MoveLesion {
			ls[sel].Centre = a.At
			e.moving = false // one move per press of Move
		} else {
			ls[sel].Radius = clampRadius(ls[sel].Radius * a.Factor)
		}
	case RemoveLesion:
		switch {
		case sel >= 0 && sel < len(ls):
			ls = append(ls[:sel:sel], ls[sel+1:]...)
		case s.Preset != "" && len(ls) > 0:
			// A classic lesion, nothing selected: its sites go
			// together, as they came.
			ls = nil
		default:
			return nil
		}
		sel, named = len(ls)-1, false
	}
	e.remember()
	s.Lesions, e.selected = ls, sel
	if !named {
		s.Preset, s.Title = "", ""
	}
	return nil
}

// placePreset puts the classic lesion id in place, opening lesion mode.
func (e *Explorer) placePreset(id string) error {
	p := e.preset(id)
	if p == nil {
		return fmt.Errorf("no classic lesion %q", id)
	}
	e.enterLesion()
	e.remember()
	ls := make([]Placed, len(p.SiteSpecs))
	for i, site := range p.SiteSpecs {
		ls[i] = Placed{Site: site}
	}
	e.st.Lesions, e.st.Preset, e.st.Title, e.selected = ls, p.ID, "", -1
	return nil
}

// removable tells whether Remove has something to take: the selected
// lesion, or a classic lesion's sites.
func (e *Explorer) removable() bool {
	ls, sel := e.st.Lesions, e.selected
	return (sel >= 0 && sel < len(ls)) || (e.st.Preset != "" && len(ls) > 0)
}

// clampRadius keeps a sphere's radius within the sizes a lesion has.
func clampRadius(r float32) float32 { return max(MinRadius, min(MaxRadius, r)) }

// remember keeps the lesions as they are, for undo.
func (e *Explorer) remember() {
	e.undo = append(e.undo, e.lesionsNow())
	if len(e.undo) > maxUndo {
		e.undo = e.undo[1:]
	}
}

// finite3 tells whether every coordinate of v is finite.
func finite3(v [3]float32) bool {
	return finiteCamera(view.Camera{Target: v})
}
