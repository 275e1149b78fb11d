package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// The free area changes under a framed camera: presenter mode turned on
// or off, a window resized or a phone turned, a panel opened or folded.
// A camera framing left on what it framed, not turned since, is framed
// again for the new area; one the person turned stays theirs.

// framedKind is what framing last moved the camera to show.
type framedKind int

const (
	framedNone framedKind = iota
	framedLesions
	framedSection
	framedMuscles
	framedBrain
	framedImpulse
	framedStep
	framedPath
)

// freeArea is a screen's size and the part of it the panels leave.
type freeArea struct {
	w, h int
	area view.Area
}

// frameAs moves the camera to show kind, when there is something to show.
func (e *Explorer) frameAs(kind framedKind) {
	goal, ok := e.framedCamera(kind)
	if !ok {
		return
	}
	e.moveTo(goal)
	e.framing.kind = kind
}

// framedCamera returns the camera that shows kind in the free area now;
// false when there is nothing of it to show.
func (e *Explorer) framedCamera(kind framedKind) (view.Camera, bool) {
	switch kind {
	case framedLesions:
		if len(e.st.Lesions) == 0 {
			return view.Camera{}, false
		}
		return e.lesionCamera(), true
	case framedSection:
		if e.st.Section == "" {
			return view.Camera{}, false
		}
		return e.sectionCamera(), true
	case framedMuscles:
		return e.musclesCamera()
	case framedBrain:
		return e.brainCamera(e.st.Camera), true
	case framedImpulse:
		return e.impulseCamera()
	case framedPath:
		return e.pathCamera()
	case framedStep:
		if e.player == nil {
			return view.Camera{}, false
		}
		return e.stepCamera(e.player.Step(), e.framing.authored)
	}
	return view.Camera{}, false
}

// noteFree records the free area of a frame of w × h pixels laid out as
// L, as FreeArea reckons it.
func (e *Explorer) noteFree(w, h int, L *screen.Layout) {
	a := freeArea{w: w, h: h, area: view.Area{X1: float32(w), Y1: float32(h)}}
	if la, ok := L.LabelArea(); ok {
		a.area = la
	}
	a.area = e.roomForLabels(w, h, e.shown.ratio, a.area)
	e.framing.free = a
}

// reframe frames again what the camera shows when the frames' free area
// changed since the last tick, unless the person has turned the camera
// away from where framing left it.
func (e *Explorer) reframe() {
	f := &e.framing
	if f.free == f.lastFree {
		return
	}
	first := f.lastFree == freeArea{}
	f.lastFree = f.free
	f.follow.valid = false
	if first || f.kind == framedNone || !sameView(e.MoveGoal(), f.goal) {
		return
	}
	goal, ok := e.framedCamera(f.kind)
	if !ok || goal == f.goal {
		return
	}
	if f.kind == framedStep {
		// A tour's camera is the tour's: the person's camera to go
		// back to is the one before it.
		e.camMove.start(e.st.Camera, goal)
		f.goal = goal
		return
	}
	e.moveTo(goal)
}

// lesionsGone frames the brain, as lesion mode entered with nothing
// placed does, when the last lesion went (removed, undone, a preset's
// last site taken) under the camera framing left on it, or turned or
// zoomed a little since: the empty place where it was is nothing to look
// at, and the camera from before lesion mode, framed for the screen
// without its panels, puts the brain under them. The brain is seen from
// the person's side, the camera they had before framing took it; that
// camera is still the one leaving lesion mode goes back to.
func (e *Explorer) lesionsGone() {
	f := &e.framing
	from := e.MoveGoal()
	if f.away && e.Usable(f.home) && !sectionView(f.home) {
		from = f.home
	}
	home, away := f.home, f.away
	e.moveTo(e.brainCamera(from))
	if away {
		f.home = home
	}
	f.kind = framedBrain
}

// sameView tells whether camera a shows what b does, but for the jitter
// of a tap: a finger tapping a panel's strip turns the model by a
// fraction of a degree, which is not the person turning it away.
func sameView(a, b view.Camera) bool {
	d := float64(a.Distance - b.Distance)
	return math.Abs(float64(a.Yaw-b.Yaw)) < tapTurn && math.Abs(float64(a.Pitch-b.Pitch)) < tapTurn &&
		math.Abs(d) < tapZoom*float64(b.Distance) && a.Target.Sub(b.Target).Len() < tapZoom*b.Distance && a.FOV == b.FOV
}

// tapTurn, in radians, and tapZoom, a share of the distance, are more
// than a tap's jitter turns or moves the camera, and less than a turn.
const (
	tapTurn = 0.01
	tapZoom = 0.01
)
