package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// brainFill is the share of the free area's width or height (whichever
// binds) the brain's outline fills when lesion mode opens on it: large
// enough to aim a click at a gyrus, with a margin to the panels.
const brainFill = 0.86

// BrainBox is the corners of the box holding the hemispheres, cerebellum
// and brainstem (atlas millimetres, above the cord, where teaching
// proportions change nothing): lesion mode entered with nothing placed
// frames it.
var BrainBox = [8]mgl32.Vec3{
	{-70, -105, -72}, {70, -105, -72}, {-70, 70, -72}, {70, 70, -72},
	{-70, -105, 80}, {70, -105, 80}, {-70, 70, 80}, {70, 70, 80},
}

// brainOutline returns points on the outside of the hemispheres,
// cerebellum and brainstem (atlas millimetres), taken once from the
// shipped meshes the model is built from (geom.BrainOutline). Framing
// their box (BrainBox) from an oblique camera frames its far corners, well
// outside the brain, and leaves it small; these points hug it. Without
// the meshes (there is no model then either) the box stands in.
func brainOutline() []mgl32.Vec3 {
	if pts, err := geom.BrainOutline(); err == nil && len(pts) > 0 {
		return pts
	}
	return BrainBox[:]
}

// openFill is the share of the free area the whole model (the brain to
// the cord's end) fills in the first view on a screen held upright.
const openFill = 0.88

// openFirstView frames the first view, still untouched, for the screen
// the first frame is drawn on (a phone held upright), as that frame is
// made: framed a tick later, a phone's first picture would be the
// default camera's and the next a jump.
func (e *Explorer) openFirstView() {
	f := &e.framing
	if f.opened || e.shown.w <= 0 || e.shown.h <= 0 {
		return
	}
	f.opened = true
	blind := f.aimedBlind
	f.aimedBlind = view.Camera{}
	if e.st.Section != "" && blind != (view.Camera{}) && e.st.Camera == blind {
		e.aimSection()
		return
	}
	if e.st.Camera == view.DefaultCamera() && e.player == nil {
		e.camMove.stop()
		e.st.Camera = e.firstView()
		f.seen = e.st.Camera
		return
	}
	// A link opens before the first frame: what it framed (its lesion,
	// section or tour step) was fitted to defaultShown, and reframe
	// leaves the first free area alone. Nothing has been seen yet, so it
	// is fitted to this screen at once, not moved to.
	if f.kind == framedNone || !sameView(e.MoveGoal(), f.goal) {
		return
	}
	if goal, ok := e.framedCamera(f.kind); ok {
		e.camMove.stop()
		e.st.Camera, f.goal = goal, goal
	}
}

// firstView returns the first view for the screen last drawn: the default
// camera, or on a screen taller than wide (a phone held upright), where
// the default leaves the top empty and runs the cord behind the hint bar,
// the default's angle with the brain and the whole cord fitted into the
// free area.
func (e *Explorer) firstView() view.Camera {
	cam := view.DefaultCamera()
	w, h, area := e.FreeArea()
	if e.shown.w <= 0 || w >= h {
		return cam
	}
	p := e.st.Proportions
	e.warped = e.warped[:0]
	for _, v := range brainOutline() {
		e.warped = append(e.warped, p.Warp(v))
	}
	if e.cfg.Scene != nil {
		// The cord's end, where the model's lowest point is.
		s := e.cfg.Scene(p)
		e.warped = append(e.warped, mgl32.Vec3{0, (s.Lo[1] + s.Hi[1]) / 2, s.Lo[2]})
	}
	return fitOutline(cam, w, h, area, e.warped, openFill)
}

// brainCamera frames the brain in the free area, seen as cam sees it,
// filling brainFill of it.
func (e *Explorer) brainCamera(cam view.Camera) view.Camera {
	w, h, area := e.FreeArea()
	cam = view.FrameOn(cam, w, h, area, BrainBox[:], 0)
	e.warped = e.warped[:0]
	for _, v := range brainOutline() {
		e.warped = append(e.warped, e.st.Proportions.Warp(v))
	}
	return fitOutline(cam, w, h, area, e.warped, brainFill)
}

// fitOutline returns cam moved (its orientation and field of view kept)
// so that pts, drawn millimetres, fill fill of area of a w × h screen
// across its width or its height, whichever binds, centred in it (or,
// with room to spare below, at its top). Unlike
// view.FrameOn, which fits the points' box, it fits the points as they
// project: a few steps of scaling the distance by the size they take and
// panning their middle to the area's converge. A camera it cannot fit is
// returned as it came.
func fitOutline(cam view.Camera, w, h int, area view.Area, pts []mgl32.Vec3, fill float32) view.Camera {
	if area == (view.Area{}) {
		area = view.Area{X1: float32(w), Y1: float32(h)}
	}
	aw, ah := area.X1-area.X0, area.Y1-area.Y0
	if len(pts) == 0 || w <= 0 || h <= 0 || aw < 2 || ah < 2 || !(fill > 0) {
		return cam
	}
	start := cam
	for range 12 {
		x0, y0 := float32(math.Inf(1)), float32(math.Inf(1))
		x1, y1 := -x0, -y0
		for _, p := range pts {
			x, y, ok := cam.Project(p, w, h)
			if !ok {
				return start // a point behind the eye: too close to judge
			}
			x0, x1, y0, y1 = min(x0, x), max(x1, x), min(y0, y), max(y1, y)
		}
		s := max((x1-x0)/(fill*aw), (y1-y0)/(fill*ah))
		if !(s > 0) || math.IsInf(float64(s), 0) {
			return start
		}
		// Centred, but for slack across the binding side, which goes
		// below (a phone held upright): the top keeps the margin the
		// sides have, and the cord runs on into what is left.
		wantY := (area.Y0 + area.Y1) / 2
		if fitted := (y1 - y0) / s; fitted < fill*ah {
			wantY = area.Y0 + (1-fill)/2*min(aw, ah) + fitted/2
		}
		cam.Pan((area.X0+area.X1)/2-(x0+x1)/2, wantY-(y0+y1)/2, w, h)
		cam.Distance *= s
	}
	if !finiteCamera(cam) {
		return start
	}
	return cam
}
