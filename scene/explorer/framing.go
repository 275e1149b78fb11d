package explorer

import (
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
)

// framing moves the camera to what a change put on screen: a lesion placed
// (by a click or a preset), the muscles a trace's first volley reaches, a
// section's cut face; and back to where the person had it when the mode
// that took it ends. Tick compares the state with the last tick's rather
// than each action calling it, so that the modes need not know about it.
// A camera the person turns meanwhile stops the move (turn).
type framing struct {
	// seen is the camera at the end of the last tick, before this tick's
	// actions: a section's aim jumps the camera, and the move starts from
	// here instead.
	seen view.Camera
	// away tells that framing took the camera from home, where the person
	// had it, to return there when the mode ends.
	away bool
	home view.Camera
	// What was on screen at the last tick: lesions, the section, the
	// trace (traced tells whether there was one).
	lesionOn  bool
	lesions   []Placed
	sectionOn bool
	sectionAt string
	traced    bool
	trace     trace.Start
	// volleyDone tells that the trace's first volley reached its muscles
	// (and the camera went to them).
	volleyDone bool
	synced     bool
	// following tells that Follow was on at the last tick; follow is
	// the free area it fits the impulse into.
	following bool
	follow    followArea
	// kind is what the camera was last framed on, and goal the camera
	// that framed it; free is the free area the last Frame laid out, and
	// lastFree the one framing last saw (reframe.go).
	kind           framedKind
	goal           view.Camera
	free, lastFree freeArea
	// authored is the camera the tour's last step set, as its author
	// wrote it (openStep frames it for the screen).
	authored view.Camera
	// awaitScreen holds framing until a frame has told the screen's
	// size: a linked trace opened before the first frame (pathlink.go).
	awaitScreen bool
	// opened tells that the first view was framed for the screen, by
	// the first frame that told its size (openFirstView).
	opened bool
	// aimedBlind is the camera a section was aimed with before any frame
	// told the screen's size (a link's), zero for none.
	aimedBlind view.Camera
}

// Framing distances: the least radius framed around a lesion, the muscles
// and a section, in millimetres, so that a small target is seen among what
// surrounds it (about a lesion, on a phone too, its neighbours: the
// thalamus and basal ganglia about the capsule, a few segments of the
// cord); how far beyond a sphere a bundle it cuts is framed; and the share of the strongest branch a trace's branch
// needs for its muscles to be framed (the few uncrossed fibres to the
// girdle are not where a hand trace ends).
const (
	lesionContext  = 25
	destroyedReach = 15
	muscleContext  = 30
	cutContext     = 10
	muscleShare    = 0.5
)

// frameChanges starts a framing move when the state changed since the
// last tick.
func (e *Explorer) frameChanges() {
	f := &e.framing
	e.reframe()
	if f.awaitScreen {
		if e.shown.w <= 0 {
			// A linked trace is framed for the screen it opens on,
			// once a frame has told its size (pathlink.go).
			return
		}
		f.awaitScreen = false
	}
	if !f.synced || e.player != nil {
		// A tour sets its own cameras.
		e.syncFraming()
		return
	}
	s := &e.st
	lesionOn, lesions := s.Lesioning(), s.Lesions
	sectionOn, sectionAt := s.Section != "", e.Level().ID
	traced := s.Mode == Trace
	newTrace := traced && (!f.traced || s.Trace != f.trace)
	switch {
	case sectionOn && (!f.sectionOn || sectionAt != f.sectionAt):
		e.frameAs(framedSection)
	case lesionOn && len(lesions) > 0 && (!f.lesionOn || placedAnew(f.lesions, lesions)):
		e.frameAs(framedLesions)
	case newTrace:
		// A new trace is watched from where the person had the camera,
		// not from the last trace's muscles or a lesion.
		f.volleyDone = false
		home, away := f.home, f.away
		if f.away {
			e.goHome()
		}
		// Unless its path runs off the free area from there (a hand's
		// trace on a phone held upright): then the path is framed, and
		// the person's camera is still the one to go back to.
		if _, ok := e.pathCamera(); ok {
			e.frameAs(framedPath)
			if away {
				f.home = home
			}
		}
	case traced && e.tracing.impulse.Follow && !f.following:
		e.startFollowing()
	case traced && !f.volleyDone && e.VolleyArrived():
		f.volleyDone = true
		if !e.tracing.impulse.Follow {
			e.frameAs(framedMuscles)
		}
	case lesionOn && f.lesionOn && len(lesions) == 0 && len(f.lesions) > 0 && f.kind == framedLesions:
		// The last lesion removed (or undone) under the camera framing
		// left on it: nothing is there to look at (reframe.go).
		e.lesionsGone()
	case lesionOn && f.lesionOn && len(lesions) < len(f.lesions) && f.kind == framedLesions && sameView(e.MoveGoal(), f.goal):
		// One of several removed (or undone) under the camera framing
		// left on them: the others are framed, not the empty place.
		e.frameAs(framedLesions)
	case f.lesionOn && !lesionOn, f.sectionOn && !sectionOn, f.traced && !traced:
		// A mode ended: what remains is framed, or the camera goes home.
		switch {
		case sectionOn:
			e.frameAs(framedSection)
		case lesionOn && len(lesions) > 0:
			e.frameAs(framedLesions)
		default:
			e.goHome()
		}
	case lesionOn && !f.lesionOn && !e.Usable(s.Camera):
		// Lesion mode entered with a camera inside the model.
		e.goHome()
	case lesionOn && !f.lesionOn && len(lesions) == 0:
		// Lesion mode entered with nothing placed: its panels take the
		// sides (a phone's lower half), so the brain and brainstem, where
		// a student clicks, are framed in what they leave.
		e.frameAs(framedBrain)
	}
	e.syncFraming()
}

// syncFraming takes the state as it is as seen, starting nothing: after a
// link or a tour step has set the camera itself.
func (e *Explorer) syncFraming() {
	f, s := &e.framing, &e.st
	f.synced = true
	f.lesionOn, f.lesions = s.Lesioning(), append(f.lesions[:0], s.Lesions...)
	f.sectionOn, f.sectionAt = s.Section != "", e.Level().ID
	f.traced, f.trace = s.Mode == Trace, s.Trace
	f.following = f.traced && e.tracing.impulse.Follow
	f.seen = s.Camera
}

// keepUsableCamera replaces a camera a link set that cannot show the model
// (inside it, far from it, or not numbers) by a sensible one: the lesions
// framed, or the first view for the screen (on a phone the default camera
// is too far or too close; before any frame, the first frame fits it).
// With a section on the link's camera stays:
// the section cuts away what lies below it, where its camera looks from.
// Nothing moves smoothly: a link opens as it will stay.
func (e *Explorer) keepUsableCamera() {
	if e.st.Section == "" && !e.Usable(e.st.Camera) {
		cam := e.firstView()
		if e.st.Lesioning() && len(e.st.Lesions) > 0 {
			cam = e.lesionCamera()
		}
		e.camMove.stop()
		e.st.Camera = cam
	}
	e.framing.away, e.framing.kind = false, framedNone
	e.syncFraming()
}

// Usable tells whether cam can show the model as the adapter draws it
// (Config.Scene) with the meshes over it now; without a scene, every
// camera with finite numbers can.
func (e *Explorer) Usable(cam view.Camera) bool {
	if e.cfg.Scene == nil {
		return finiteCamera(cam)
	}
	p := e.st.Proportions
	s := e.cfg.Scene(p)
	// The overlay as it is now: the adapter's renderer holds the last
	// one until it follows (a link's lesion of a leg nerve lies far below
	// the cord).
	meshes, _ := e.overlay()
	for _, m := range meshes {
		if len(m.Positions) == 0 {
			continue
		}
		e.warped = e.warped[:0]
		for _, v := range m.Positions {
			e.warped = append(e.warped, p.Warp(v))
		}
		lo, hi := view.Bounds(e.warped)
		for k := 0; k < 3; k++ {
			s.Lo[k], s.Hi[k] = min(s.Lo[k], lo[k]), max(s.Hi[k], hi[k])
		}
	}
	return s.Usable(cam)
}

// settle makes cam, a camera the person chose (Reset view, a named view,
// one they set), home: framing no longer holds the camera from before it
// took it, and what it framed last is no longer on screen to keep framed.
// Removing the last lesion, or leaving the mode, leaves the camera here.
func (f *framing) settle(cam view.Camera) {
	f.away, f.kind, f.home, f.goal = false, framedNone, cam, cam
	f.seen = cam
}

// moveTo starts a smooth move to goal, from the camera as it was before
// this tick's changes; the first move away from home remembers home.
func (e *Explorer) moveTo(goal view.Camera) {
	f := &e.framing
	from := e.st.Camera
	if f.seen != (view.Camera{}) {
		from = f.seen
	}
	if !f.away {
		f.home, f.away = from, true
	}
	// Every number of a framed camera is finite: FrameOn works from the
	// camera and points the explorer holds.
	e.st.Camera = from
	e.camMove.start(from, goal)
	f.goal = goal
}

// goHome moves the camera back to where the person had it before framing
// took it, or to the first view when that is not usable (or framing never
// took it and the camera is inside the model).
func (e *Explorer) goHome() {
	f := &e.framing
	switch {
	case f.away && e.Usable(f.home) && !sectionView(f.home):
		e.moveTo(f.home)
	case f.away || !e.Usable(e.st.Camera) || sectionView(e.st.Camera):
		e.moveTo(e.firstView())
	default:
		return
	}
	f.away, f.kind = false, framedNone
}

// sectionView tells a close camera looking from nearly straight below or
// above, as a section is seen: without the section it shows the underside
// of one part of the model. The top and bottom views, from afar, are not.
func sectionView(c view.Camera) bool {
	return (c.Pitch < -1.2 || c.Pitch > 1.2) && c.Distance < sectionViewDistance
}

// sectionViewDistance is farther than any section is seen from.
const sectionViewDistance = 250
