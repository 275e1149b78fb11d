package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/view"
)

// moveSeconds is how long a smooth camera move takes: view.MoveTicks at
// 60 ticks a second.
const moveSeconds = float64(view.MoveTicks) / 60

// followRate is the share of the way to the leading impulse the camera
// goes in a sixtieth of a second, when following a trace (follow.go).
const followRate = 0.06

// cameraMove is a smooth camera move in progress.
type cameraMove struct {
	move    view.Move
	elapsed float64
	on      bool
}

func (m *cameraMove) start(from, to view.Camera) {
	m.move, m.elapsed, m.on = view.NewMove(from, to, view.MoveTicks), 0, true
}

func (m *cameraMove) stop() { m.on = false }

// Moving tells whether a smooth camera move is in progress.
func (e *Explorer) Moving() bool { return e.camMove.on }

// MoveGoal returns where the camera is going: the move's goal, or the
// camera itself when it is still.
func (e *Explorer) MoveGoal() view.Camera {
	if e.camMove.on {
		return e.camMove.move.To
	}
	return e.st.Camera
}

// Tick advances the explorer by dt seconds: framing what the actions since
// the last tick put on screen, a camera move, the patient's examination,
// the trace's impulse and the camera following it. The time is given, never read, so
// that a tick is the same on a 60 Hz and a 144 Hz screen, and in tests. A
// dt that is not a positive number advances nothing.
func (e *Explorer) Tick(dt float64) {
	if !(dt > 0) || math.IsInf(dt, 0) {
		return
	}
	e.frameChanges()
	e.forgetHiddenLabels()
	// A framing move starts from the camera as this tick leaves it.
	defer func() { e.framing.seen = e.st.Camera }()
	e.followPatient(dt)
	e.ageNotes(dt)
	e.pointer.age(dt)
	if m := &e.camMove; m.on {
		m.elapsed += dt
		// Within a nanosecond is there: thirty sixtieths of a second add
		// up to a hair under half a second.
		m.on = m.elapsed < moveSeconds-1e-9
		e.st.Camera = m.move.To
		if m.on {
			e.st.Camera = m.move.At(float32(m.elapsed / moveSeconds))
		}
	}
	if e.st.Mode != Trace {
		return
	}
	if !e.tracing.impulse.Paused {
		e.tracing.advance(dt)
	}
	if e.tracing.impulse.Follow && !e.camMove.on {
		// Paused too: the camera settles on where the impulse stopped.
		e.follow(dt)
	}
}
