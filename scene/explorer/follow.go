package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// Following a trace: turned on, Follow frames where the impulse is (or,
// once the volley has arrived, the muscles), in the part of the screen
// the caption and toolbar leave; then, tick by tick, the camera's target
// drifts so that the leading impulse stays in that part's middle, at the
// distance the person keeps or zooms to.

// followContext is the radius about the leading impulse, in millimetres,
// that Follow frames when turned on: the structure the impulse runs in
// and its neighbours.
const followContext = 35

// followArea is the free area following fits the impulse into, kept
// between ticks: laying the panels out every tick would cost the frame.
// offset is, for the camera turned as turned, how far the target lies
// from a point drawn in the free area's middle, per millimetre of
// distance.
type followArea struct {
	key    followKey
	w, h   int
	area   view.Area
	valid  bool
	turned view.Camera
	offset mgl32.Vec3
	point  [1]mgl32.Vec3
}

// followKey is what the free area in a trace depends on.
type followKey struct {
	shown     shown
	presenter bool
}

// followFree returns the screen's size and the free area, laid out again
// only when the screen or presenter mode changed.
func (e *Explorer) followFree() (int, int, view.Area) {
	a := &e.framing.follow
	key := followKey{e.shown, e.st.Presenter}
	if !a.valid || a.key != key {
		a.w, a.h, a.area = e.FreeArea()
		a.key, a.valid, a.turned = key, true, view.Camera{}
	}
	return a.w, a.h, a.area
}

// startFollowing frames what Follow follows, as it is turned on.
func (e *Explorer) startFollowing() {
	f := &e.framing
	if f.volleyDone || e.VolleyArrived() {
		f.volleyDone = true
		e.frameAs(framedMuscles)
		return
	}
	e.frameAs(framedImpulse)
}

// impulseCamera shows where the leading impulse is, with its
// surroundings; false when there is none.
func (e *Explorer) impulseCamera() (view.Camera, bool) {
	lead, ok := e.lead()
	if !ok {
		return view.Camera{}, false
	}
	w, h, area := e.followFree()
	cam := view.FaceSide(e.MoveGoal(), lead[0])
	return view.FrameOn(cam, w, h, area, []mgl32.Vec3{lead}, followContext), true
}

// follow draws the camera's target a share of the way to where the
// leading impulse lands in the middle of the free area, dt seconds on.
func (e *Explorer) follow(dt float64) {
	lead, ok := e.lead()
	if !ok {
		return
	}
	c := &e.st.Camera
	w, h, area := e.followFree()
	a := &e.framing.follow
	turned := view.Camera{Yaw: c.Yaw, Pitch: c.Pitch, FOV: c.FOV}
	if turned != a.turned {
		// FrameOn puts a point in the free area's middle; the target's
		// offset from it grows with the distance.
		a.turned, a.offset, a.point[0] = turned, mgl32.Vec3{}, lead
		if framed := view.FrameOn(*c, w, h, area, a.point[:], followContext); framed.Distance > 0 {
			a.offset = framed.Target.Sub(lead).Mul(1 / framed.Distance)
		}
	}
	goal := lead.Add(a.offset.Mul(c.Distance))
	share := 1 - float32(math.Pow(1-followRate, dt*60))
	c.Target = c.Target.Add(goal.Sub(c.Target).Mul(share))
}

// pathCamera shows the whole of the trace's main path, from its start to
// its muscles, seen as the camera is now turned; false when the camera
// where it is going already shows it in the free area, when it would
// have to draw far back, or there is no trace.
func (e *Explorer) pathCamera() (view.Camera, bool) {
	pts := e.pathPoints()
	if len(pts) == 0 {
		return view.Camera{}, false
	}
	w, h, area := e.FreeArea()
	cam := e.MoveGoal()
	fits := true
	for _, p := range pts {
		x, y, ok := cam.Project(p, w, h)
		if !ok || x < area.X0 || x > area.X1 || y < area.Y0 || y > area.Y1 {
			fits = false
			break
		}
	}
	if fits {
		return view.Camera{}, false
	}
	framed := view.FrameOn(cam, w, h, area, pts, 0)
	if framed.Distance > maxPathPullback*cam.Distance {
		// The whole of a leg's path is a body's height: seen whole it
		// is a thread. The volley's arrival, or Follow, frames its end.
		return view.Camera{}, false
	}
	return framed, true
}

// maxPathPullback is how much farther than the person's camera framing a
// trace's path may take the camera.
const maxPathPullback = 3

// pathPoints returns the trace's main path in drawn millimetres: the
// branches that carry at least muscleShare of the strongest end's drive.
func (e *Explorer) pathPoints() []mgl32.Vec3 {
	c := e.Chain(e.st.Proportions)
	if c == nil {
		return nil
	}
	heaviest := heaviestEnd(c)
	var pts []mgl32.Vec3
	for _, n := range c.Branches() {
		if n.Branch.Weight >= muscleShare*heaviest {
			pts = append(pts, n.Branch.Path...)
		}
	}
	return pts
}
