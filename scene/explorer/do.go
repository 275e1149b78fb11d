package explorer

import (
	"fmt"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/view"
)

// Lesion sizes, in millimetres of radius: a lacune to a large infarct.
const (
	DefaultRadius = 6
	MinRadius     = 1
	MaxRadius     = lesion.MaxPointRadius
)

// Do carries out an action. An action that makes no sense where the
// explorer is (a lesion moved with none selected, a trace step with no
// trace) changes nothing; one that names what does not exist (a start, a
// preset, a tour) or asks for more than allowed (a seventeenth lesion)
// changes nothing and says so in the error.
func (e *Explorer) Do(a Action) error {
	s := &e.st
	switch a.Kind {
	case None:
	case Back:
		e.Back()
	case ToggleHelp:
		e.help = !e.help
		if e.help {
			// One panel over the model at a time: the help and the
			// picker used to open together.
			e.picker = false
		}
	case ToggleMenu:
		e.menu = !e.menu
	case OpenPicker:
		e.picker, e.help = true, false
	case ClosePicker:
		e.picker = false
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
			s.Section = ""
		} else {
			s.Section = e.Level().ID
			e.aimSection()
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
	case AskQuiz:
		p := e.preset(a.Preset)
		if p == nil {
			return fmt.Errorf("quiz: no classic lesion %q", a.Preset)
		}
		e.enterLesion()
		e.remember()
		s.Mode, s.Lesions, s.Preset, s.Title = Quiz, nil, "", "Where is the lesion?"
		e.quizPreset, e.selected = p.ID, -1
	case EndQuiz:
		if s.Mode == Quiz {
			s.Mode, s.Title, e.quizPreset = Lesion, "", ""
		}
	case StartTour:
		return e.startTour(a.Tour)
	case TourNext, TourBack:
		e.stepTour(a.Kind == TourNext)
	case EndTour:
		e.player, e.tourErr = nil, nil
	case PlaceLesion, MoveLesion, ResizeLesion, RemoveLesion, UndoLesion, PlacePreset, SetPhase, TogglePhase:
		return e.doLesion(a)
	case ToggleLabels:
		s.Labels = !s.Labels
	case ToggleProportions:
		s.Proportions = 1 - s.Proportions
	case TogglePresenter:
		s.Presenter = !s.Presenter
	case SetCamera:
		if !finiteCamera(a.Camera) {
			return fmt.Errorf("camera: its numbers must be finite")
		}
		e.camMove.stop()
		s.Camera = a.Camera
	case MoveCamera:
		if !finiteCamera(a.Camera) {
			return fmt.Errorf("camera: its numbers must be finite")
		}
		e.camMove.start(s.Camera, a.Camera)
	case ResetView:
		e.camMove.stop()
		s.Camera = view.DefaultCamera()
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

// leaveLesion leaves lesion mode, and the quiz with it; the lesions stay
// for the next time lesion mode is entered.
func (e *Explorer) leaveLesion() {
	if !e.st.Lesioning() {
		return
	}
	e.st.Mode, e.quizPreset = Explore, ""
	if e.st.Title == "Where is the lesion?" {
		e.st.Title = ""
	}
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
	e.st.Mode, e.st.Trace = Trace, start
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
// the quiz), except a preset, which opens lesion mode.
func (e *Explorer) doLesion(a Action) error {
	s := &e.st
	if a.Kind == PlacePreset {
		p := e.preset(a.Preset)
		if p == nil {
			return fmt.Errorf("no classic lesion %q", a.Preset)
		}
		e.enterLesion()
		e.remember()
		s.Lesions = s.Lesions[:0:0]
		for _, site := range p.SiteSpecs {
			s.Lesions = append(s.Lesions, Placed{Site: site})
		}
		s.Preset, s.Title, e.selected = p.ID, "", -1
		return nil
	}
	if !s.Lesioning() {
		return nil
	}
	sel := e.selected
	sphere := sel >= 0 && sel < len(s.Lesions) && s.Lesions[sel].Sphere()
	switch a.Kind {
	case PlaceLesion:
		if len(s.Lesions) >= link.MaxLesions {
			return fmt.Errorf("at most %d lesions can be placed: Delete removes the selected one, Z undoes", link.MaxLesions)
		}
		r := a.Radius
		if r == 0 {
			r = DefaultRadius
		}
		if !finite3(a.At) || r != r {
			return fmt.Errorf("a lesion's centre and radius must be numbers")
		}
		e.remember()
		s.Lesions = append(s.Lesions[:len(s.Lesions):len(s.Lesions)], Placed{Centre: a.At, Radius: max(MinRadius, min(MaxRadius, r))})
		e.selected = len(s.Lesions) - 1
		s.Preset, s.Title = "", ""
	case MoveLesion:
		if !sphere || !finite3(a.At) {
			return nil
		}
		e.remember()
		s.Lesions = append([]Placed(nil), s.Lesions...)
		s.Lesions[sel].Centre = a.At
	case ResizeLesion:
		if !sphere || !(a.Factor > 0) {
			return nil
		}
		e.remember()
		s.Lesions = append([]Placed(nil), s.Lesions...)
		s.Lesions[sel].Radius = max(MinRadius, min(MaxRadius, s.Lesions[sel].Radius*a.Factor))
	case RemoveLesion:
		if sel < 0 || sel >= len(s.Lesions) {
			return nil
		}
		e.remember()
		s.Lesions = append(s.Lesions[:sel:sel], s.Lesions[sel+1:]...)
		e.selected = len(s.Lesions) - 1
		s.Preset, s.Title = "", ""
	case UndoLesion:
		if len(e.undo) == 0 {
			return nil
		}
		s.Lesions = e.undo[len(e.undo)-1]
		e.undo = e.undo[:len(e.undo)-1]
		e.selected = len(s.Lesions) - 1
	case SetPhase:
		p, err := lesion.ParsePhase(string(a.Phase))
		if err != nil {
			return err
		}
		s.Phase = p
	case TogglePhase:
		if s.Phase == lesion.Acute {
			s.Phase = lesion.Chronic
		} else {
			s.Phase = lesion.Acute
		}
	}
	return nil
}

// remember keeps the lesions as they are, for undo.
func (e *Explorer) remember() {
	e.undo = append(e.undo, append([]Placed(nil), e.st.Lesions...))
	if len(e.undo) > maxUndo {
		e.undo = e.undo[1:]
	}
}

// finite3 tells whether every coordinate of v is finite.
func finite3(v [3]float32) bool {
	return finiteCamera(view.Camera{Target: v})
}
