package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// brainFill is the share of the free area's width or height (whichever
// binds) the brain's outline fills when lesion mode opens on it: large
// enough to aim a click at a gyrus, with a margin to the panels.
const brainFill = 0.86

// brainOutline is points on the outline of the hemispheres, cerebellum
// and brainstem (atlas millimetres): a rounded box fitted to each
// shipped mesh's extent. Framing their box (BrainBox) from an oblique
// camera frames its far corners, well outside the brain, and leaves it
// small; these points hug it.
var brainOutline = outlinePoints()

// outlinePoints samples the outline's parts: superellipsoids (rounder
// than a box, fuller than an ellipsoid, as the cortex is) about each
// part's centre with its half-extents.
func outlinePoints() []mgl32.Vec3 {
	parts := []struct{ centre, half mgl32.Vec3 }{
		{mgl32.Vec3{0, -16, 15}, mgl32.Vec3{72, 91, 67}},  // the hemispheres
		{mgl32.Vec3{0, -61, -32}, mgl32.Vec3{57, 33, 35}}, // the cerebellum
		{mgl32.Vec3{0, -30, -36}, mgl32.Vec3{20, 20, 35}}, // the brainstem
	}
	const (
		power = 2.5
		steps = 12
	)
	var pts []mgl32.Vec3
	for _, p := range parts {
		for i := 0; i <= steps; i++ {
			polar := math.Pi * float64(i) / steps
			for j := 0; j < 2*steps; j++ {
				az := math.Pi * float64(j) / steps
				u := [3]float64{math.Sin(polar) * math.Cos(az), math.Sin(polar) * math.Sin(az), math.Cos(polar)}
				sum := 0.0
				for k := range u {
					sum += math.Pow(math.Abs(u[k]), power)
				}
				r := math.Pow(sum, -1/power)
				var v mgl32.Vec3
				for k := range u {
					v[k] = p.centre[k] + p.half[k]*float32(u[k]*r)
				}
				pts = append(pts, v)
			}
		}
	}
	return pts
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
	if e.st.Camera == view.DefaultCamera() && e.player == nil {
		e.camMove.stop()
		e.st.Camera = e.firstView()
		f.seen = e.st.Camera
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
	for _, v := range brainOutline {
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
	for _, v := range brainOutline {
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
