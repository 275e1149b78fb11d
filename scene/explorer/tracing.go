package explorer

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// TraceStarts are the starts NextTrace steps through, the ones a course
// shows first: the hand, face, leg and tongue areas, a cranial nucleus, a
// ventral horn, and a region traced back to the cortex.
var TraceStarts = []string{
	"area:hand:L", "area:face:L", "area:leg:L", "area:tongue:L",
	"nucleus:cn7_nucleus:L", "horn:C8:R", "region:hand:L", "area:arm:R",
}

// Trace timing: the impulse's speed in millimetres of the teaching drawing
// per second (watchable, not physiological), its limits, and a single
// step's length.
const (
	DefaultSpeed = 60
	minSpeed     = 10
	maxSpeed     = 400
	stepSeconds  = 0.25
)

// Impulse is where a trace's action potentials are: the time since the
// volley fired, on the teaching drawing's clock.
type Impulse struct {
	Seconds float64
	// Speed is in millimetres of the teaching drawing per second.
	Speed  float64
	Paused bool
	// Follow makes the camera drift after the leading impulse.
	Follow bool
	// Arrived tells that the volley has reached every muscle: it stays
	// there, the caption says so, and Pause offers Replay, which fires
	// it again (a volley that fired again on its own read as a trace
	// that never ended).
	Arrived bool
}

// tracing is the trace in play: its chain as each proportion draws it,
// and its impulse.
type tracing struct {
	drawn   [2]*trace.Chain
	start   trace.Start
	impulse Impulse
	// next is the index in TraceStarts NextTrace traced last.
	next int
	// begun counts the traces begun, so that a note ends when one
	// starts, even from the start traced already (notes.go).
	begun int
	// pulses is storage for the impulse's pulses, kept between ticks.
	pulses []trace.Pulse
	// title says what the trace starts from, in words; arrival what
	// the caption says once the volley has arrived.
	title, arrival string
	// weights are the branches' shares of the drive, for sizing pulses;
	// markers is storage for the pulses drawn, kept between frames.
	weights []float64
	markers []view.Marker
}

func (t *tracing) reset() {
	t.impulse = Impulse{Speed: DefaultSpeed}
	t.next = -1 // NextTrace begins the list
}

// begin traces from s, the impulse firing anew.
func (t *tracing) begin(a *anatomy.Atlas, s trace.Start) error {
	c, err := trace.Trace(a, s)
	if err != nil {
		return fmt.Errorf("tracing from %s: %w", s, err)
	}
	t.drawn[geom.TrueScale] = c
	t.drawn[geom.Teaching] = c.Warped(geom.Teaching.Warp)
	t.start = s
	t.weights = geom.TraceWeights(c)
	t.title = "Tracing from " + words.Start(a, s)
	t.arrival = c.Arrival()
	t.impulse.Seconds, t.impulse.Paused, t.impulse.Arrived = 0, false, false
	t.begun++
	return nil
}

// end forgets the chain.
func (t *tracing) end() { t.drawn = [2]*trace.Chain{} }

// cycle returns the next (or previous) of TraceStarts.
func (t *tracing) cycle(a *anatomy.Atlas, forward bool) (trace.Start, error) {
	step := 1
	if !forward {
		step = -1
	}
	n := len(TraceStarts)
	t.next = ((t.next+step)%n + n) % n
	return trace.ParseStart(a, TraceStarts[t.next])
}

// do carries out the impulse's actions.
func (t *tracing) do(a Action) {
	switch a.Kind {
	case PauseTrace:
		if t.impulse.Arrived {
			t.replay()
			return
		}
		t.impulse.Paused = !t.impulse.Paused
	case StepTrace:
		if t.impulse.Arrived {
			t.replay()
		}
		t.impulse.Paused = true
		t.advance(stepSeconds)
	case TraceSpeed:
		if a.Factor > 0 {
			t.impulse.Speed = max(minSpeed, min(maxSpeed, t.impulse.Speed*float64(a.Factor)))
		}
	case FollowTrace:
		t.impulse.Follow = !t.impulse.Follow
	}
}

// replay fires the volley again from the cortex (or wherever the trace
// starts), running.
func (t *tracing) replay() {
	t.impulse.Seconds, t.impulse.Paused, t.impulse.Arrived = 0, false, false
}

// arrive puts the volley at the muscles, arrived: a tour's step that
// shows where a trace ends opens there.
func (t *tracing) arrive() {
	if c := t.drawn[geom.Teaching]; c != nil {
		t.impulse.Seconds, t.impulse.Arrived = float64(c.Length())/t.impulse.Speed, true
	}
}

// advance moves the impulse dt seconds on; a volley that has reached every
// muscle stays there (Arrived) until replayed.
func (t *tracing) advance(dt float64) {
	c := t.drawn[geom.Teaching]
	if c == nil || t.impulse.Arrived {
		return
	}
	t.impulse.Seconds += dt
	if end := float64(c.Length()) / t.impulse.Speed; t.impulse.Seconds >= end {
		t.impulse.Seconds, t.impulse.Arrived = end, true
	}
}

// Chain returns the traced chain as proportion p draws it, or nil when
// nothing is traced.
func (e *Explorer) Chain(p geom.Proportions) *trace.Chain {
	if e.st.Mode != Trace {
		return nil
	}
	return e.tracing.drawn[p]
}

// Impulse returns the trace's impulse.
func (e *Explorer) Impulse() Impulse { return e.tracing.impulse }

// Distance returns how far the impulse has run along the chain drawn in
// proportion p, in its millimetres: the speed holds on the teaching
// drawing, and at true scale the same time covers the same anatomy.
func (e *Explorer) Distance(p geom.Proportions) float64 {
	t := &e.tracing
	d := t.impulse.Seconds * t.impulse.Speed
	if t.impulse.Arrived && t.drawn[geom.Teaching] != nil {
		// At the muscles whatever the speed is turned to since.
		d = float64(t.drawn[geom.Teaching].Length())
	}
	if p == geom.TrueScale && t.drawn[geom.Teaching] != nil {
		d *= float64(t.drawn[geom.TrueScale].Length() / t.drawn[geom.Teaching].Length())
	}
	return d
}

// VolleyArrived tells whether the impulse has run its whole course: the
// first volley has reached every muscle.
func (e *Explorer) VolleyArrived() bool {
	c := e.Chain(geom.Teaching)
	return c != nil && (e.tracing.impulse.Arrived || e.tracing.impulse.Seconds*e.tracing.impulse.Speed >= float64(c.Length()))
}

// SetImpulse puts the impulse at seconds after it fired: the command
// line's render draws one moment of a trace.
func (e *Explorer) SetImpulse(seconds float64) error {
	if seconds < 0 || seconds != seconds {
		return fmt.Errorf("the impulse's time %g must be zero or more seconds", seconds)
	}
	e.tracing.impulse.Seconds, e.tracing.impulse.Arrived = seconds, false
	e.tracing.advance(0) // arrived, when seconds is past the muscles
	return nil
}
