package explorer

import (
	"errors"
	"fmt"

	"github.com/decussate/decussate/scene/geom"

	"github.com/decussate/decussate/scene/tour"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/words"
)

// startTour plays tour i from its first step; -1 plays the tour after the
// last one started.
func (e *Explorer) startTour(i int) error {
	n := len(e.cfg.Tours)
	if n == 0 {
		return errors.New("there are no tours")
	}
	if i == -1 {
		i = e.nextTour
	}
	if i < 0 || i >= n {
		return fmt.Errorf("no tour %d: there are %d", i, n)
	}
	e.nextTour = (i + 1) % n
	if e.player == nil {
		e.beforeTour = e.st
		e.beforeTour.Lesions = append([]Placed(nil), e.st.Lesions...)
		// The first step's camera, if partial, completes the person's.
		e.framing.authored = e.MoveGoal()
	}
	e.player = tour.NewPlayer(e.cfg.Tours[i])
	e.help, e.about, e.picker, e.menu = false, false, false, false
	e.openStep()
	return nil
}

// endTour stops the tour and opens again what was open before it (the
// look, proportions and presenter mode the person chose during it are
// kept; the labels, which steps set, are as they were).
func (e *Explorer) endTour() {
	if e.player == nil {
		return
	}
	e.player, e.tourErr = nil, nil
	// What opens again starts its own volley.
	e.framing.volleyDone = false
	s := e.beforeTour
	s.Look, s.Proportions, s.Presenter = e.st.Look, e.st.Proportions, e.st.Presenter
	// What was open before opened then, so it opens again.
	_ = e.Set(s)
}

// stepTour moves the tour one step on or back; on from its last step it
// ends the tour, so that a clicker's Next finishes it.
func (e *Explorer) stepTour(forward bool) {
	p := e.player
	if p == nil {
		return
	}
	if forward && p.AtEnd() {
		e.endTour()
		return
	}
	moved := p.Prev
	if forward {
		moved = p.Next
	}
	if moved() {
		e.openStep()
	}
}

// openStep opens the tour's step through Set, and moves the camera
// smoothly to frame what the step shows in the part of the screen the
// panels and the caption leave (stepCamera); what could not open is kept
// as the tour's error, shown with its caption.
func (e *Explorer) openStep() {
	f := &e.framing
	from, kept := e.st.Camera, e.MoveGoal()
	step := e.player.Step()
	// A step's partial camera completes the last step's as its author
	// wrote it, not as framing moved it for this screen: framed twice, a
	// phone's camera would draw back at every step.
	e.st.Camera = f.authored
	s, err := e.StepState(step)
	if serr := e.Set(s); serr != nil {
		err = errors.Join(err, serr)
	}
	e.tourErr = err
	// A step showing where the trace ends opens with its volley there,
	// the muscles marked (arrived); any other starts its volley anew.
	f.volleyDone = step.Arrived && e.st.Mode == Trace
	if f.volleyDone {
		e.tracing.arrive()
	}
	f.authored = e.st.Camera
	goal, framed := e.stepCamera(step, f.authored)
	f.kind = framedStep
	if !framed {
		// Nothing to frame: the camera stays where the last step took
		// it, or where the person turned it.
		goal, f.kind = kept, framedNone
	}
	e.st.Camera = from
	e.camMove.start(from, goal)
	f.goal = goal
	e.syncFraming()
}

// StepState returns the state a tour's step opens, from the state open
// now: a step keeps the camera and labels it does not set. The camera is
// as the step's author wrote it; openStep frames it for the screen. What cannot
// open is left out and named in the error.
func (e *Explorer) StepState(step tour.Step) (State, error) {
	var errs []error
	s := e.st
	s.Mode, s.Lesions, s.Preset, s.Title, s.Section = Explore, nil, "", "", step.Section
	// A step shows the default phase, not the one chosen in lesion mode
	// (which comes back when the tour ends).
	s.Phase = DefaultState().Phase
	if step.Camera != nil {
		if err := tour.ApplyCamera(&s.Camera, step.Camera); err != nil {
			errs = append(errs, err)
		}
		if s.Proportions != geom.Teaching {
			// A step's target is in the teaching proportions' drawn
			// millimetres: at true scale the same place lies lower.
			s.Camera.Target = s.Proportions.Warp(geom.Teaching.Unwarp(s.Camera.Target))
		}
	}
	if step.Labels != nil {
		s.Labels = *step.Labels
	}
	if s.Section != "" {
		if _, ok := e.levelIndex(s.Section); !ok {
			errs = append(errs, fmt.Errorf("no section level %q", s.Section))
			s.Section = ""
		}
	}
	switch step.EffectiveMode() {
	case tour.Trace:
		start, err := trace.ParseStart(e.cfg.Atlas, step.Trace)
		if err != nil {
			errs = append(errs, err)
			break
		}
		s.Mode, s.Trace = Trace, start
	case tour.Lesion:
		eng, err := e.Engine()
		if err != nil {
			errs = append(errs, err)
			break
		}
		sites, err := step.LesionSites(eng, e.cfg.Presets)
		if err != nil {
			errs = append(errs, err)
			break
		}
		s.Mode = Lesion
		for _, site := range sites {
			s.Lesions = append(s.Lesions, Placed{Site: site.String()})
		}
		// The report is titled with what the step shows: its classic
		// lesion, or its sites by name.
		s.Preset = step.Preset
		if step.Preset == "" {
			s.Title = words.Capital(words.SiteNames(e.cfg.Atlas, step.Sites))
		}
	}
	return s, errors.Join(errs...)
}
