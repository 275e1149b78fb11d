package game

import (
	"math"

	"github.com/decussate/decussate/scene/explorer"
)

// action is something the user asks for, from a key or a button: kept
// apart from Ebiten's input so that it is tested without a window.
type action int

// The actions.
const (
	actNone action = iota
	actOrbitLeft
	actOrbitRight
	actOrbitUp
	actOrbitDown
	actZoomIn
	actZoomOut
	actFullscreen
	actViewFront
	actViewLeft
	actViewRight
	actViewBack
	actViewTop
	actViewBottom
	actViewOblique
)

// Input sensitivities. A drag across the screen's shorter side turns the
// model dragTurn radians, whatever the screen, so a swipe on a phone and a
// drag on a projector both turn in proportion to how far they go across
// what is seen; the rate per device-independent pixel stays within
// [minTurnPerPixel, maxTurnPerPixel] so that tiny and huge windows still
// feel sane. One wheel notch or key press zooms by zoomPerNotch (12 %);
// maxNotchesPerTick bounds what a burst of wheel events does in one tick.
const (
	dragTurn          = 3.5
	minTurnPerPixel   = 0.003
	maxTurnPerPixel   = 0.01
	zoomPerNotch      = 0.88
	maxNotchesPerTick = 4
	orbitPerKey       = 0.08
	// movingTicks is how long after the last camera change the coarse
	// meshes stay in use (ticks at 60 per second).
	movingTicks = 8
)

// controls turn the pointer's, the wheel's and the camera keys' input
// into turns of the explorer's camera (ex, its one owner), and keep the
// window's full screen and when the camera last moved.
type controls struct {
	ex         *explorer.Explorer
	fullscreen bool
	tick       int
	lastMove   int
}

func newControls(ex *explorer.Explorer) controls {
	return controls{ex: ex, lastMove: -movingTicks}
}

// moving reports whether the camera moved in the last few ticks.
func (c *controls) moving() bool { return c.tick-c.lastMove < movingTicks }

func (c *controls) moved() { c.lastMove = c.tick }

// drag turns the model by a drag of dx, dy device-independent pixels on
// a screen w × h of them.
func (c *controls) drag(dx, dy, w, h float32) {
	if dx == 0 && dy == 0 {
		return
	}
	rate := max(minTurnPerPixel, min(maxTurnPerPixel, dragTurn/max(1, min(w, h))))
	c.ex.Orbit(-dx*rate, dy*rate)
	c.moved()
}

// pan moves the model with the pointer by dx, dy pixels of a w × h screen.
func (c *controls) pan(dx, dy float32, w, h int) {
	if dx == 0 && dy == 0 {
		return
	}
	c.ex.Pan(dx, dy, w, h)
	c.moved()
}

// zoom zooms about the middle of the screen by notches (positive comes
// closer): a key press is one notch.
func (c *controls) zoom(notches float32) {
	c.zoomAt(notches, 0, 0, 0, 0)
}

// zoomAt zooms by notches of the wheel (positive comes closer, fractions
// for a trackpad's small steps) toward the point (x, y) of a w × h screen,
// which stays under the pointer; a zero-sized screen zooms about the
// middle.
func (c *controls) zoomAt(notches, x, y float32, w, h int) {
	if notches == 0 || notches != notches {
		return
	}
	notches = max(-maxNotchesPerTick, min(maxNotchesPerTick, notches))
	f := float32(math.Pow(zoomPerNotch, float64(notches)))
	c.ex.ZoomAt(f, x, y, w, h)
	c.moved()
}

// pinchAt zooms by the ratio of two fingers' spread (above 1 spreads
// apart, coming closer) about their centre (x, y) on a w × h screen.
func (c *controls) pinchAt(ratio, x, y float32, w, h int) {
	if ratio <= 0 || ratio == 1 || ratio != ratio {
		return
	}
	c.ex.ZoomAt(1/ratio, x, y, w, h)
	c.moved()
}

// do carries out an action.
func (c *controls) do(a action) {
	views := map[action]string{
		actViewFront: "front", actViewLeft: "left", actViewRight: "right", actViewBack: "back",
		actViewTop: "top", actViewBottom: "bottom", actViewOblique: "oblique",
	}
	switch a {
	case actOrbitLeft:
		c.ex.Orbit(orbitPerKey, 0)
	case actOrbitRight:
		c.ex.Orbit(-orbitPerKey, 0)
	case actOrbitUp:
		c.ex.Orbit(0, orbitPerKey)
	case actOrbitDown:
		c.ex.Orbit(0, -orbitPerKey)
	case actZoomIn:
		c.zoom(1)
	case actZoomOut:
		c.zoom(-1)
	case actFullscreen:
		c.fullscreen = !c.fullscreen
		return
	default:
		name, ok := views[a]
		if !ok {
			return
		}
		_ = c.ex.LookFrom(name) // every name in views is known
	}
	c.moved()
}
