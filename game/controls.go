package game

import (
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
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
	actLabels
	actProportions
	actHelp
	actReset
	actFullscreen
	actViewFront
	actViewLeft
	actViewRight
	actViewBack
	actViewTop
	actViewBottom
	actViewOblique
)

// Input sensitivities: how far the model turns per pixel dragged, how much
// one wheel notch zooms, how far one key press turns.
const (
	orbitPerPixel = 0.006
	zoomPerNotch  = 0.88
	orbitPerKey   = 0.08
	// movingTicks is how long after the last camera change the coarse
	// meshes stay in use (ticks at 60 per second).
	movingTicks = 8
)

// controls is the explorer's state that input changes: the camera and
// the view toggles.
type controls struct {
	cam        view.Camera
	labels     bool
	proportion geom.Proportions
	help       bool
	fullscreen bool
	tick       int
	lastMove   int
}

func newControls() controls {
	return controls{cam: view.DefaultCamera(), lastMove: -movingTicks}
}

// moving reports whether the camera moved in the last few ticks.
func (c *controls) moving() bool { return c.tick-c.lastMove < movingTicks }

func (c *controls) moved() { c.lastMove = c.tick }

// drag turns the model by a drag of dx, dy pixels.
func (c *controls) drag(dx, dy float32) {
	if dx == 0 && dy == 0 {
		return
	}
	c.cam.Orbit(-dx*orbitPerPixel, dy*orbitPerPixel)
	c.moved()
}

// pan moves the model with the pointer by dx, dy pixels of a screen h high.
func (c *controls) pan(dx, dy float32, h int) {
	if dx == 0 && dy == 0 {
		return
	}
	c.cam.Pan(dx, dy, h)
	c.moved()
}

// zoom zooms by notches of the wheel (positive comes closer).
func (c *controls) zoom(notches float32) {
	if notches == 0 {
		return
	}
	f := float32(1)
	for n := notches; n > 0.01; n-- {
		f *= min(n, 1)*(zoomPerNotch-1) + 1
	}
	for n := notches; n < -0.01; n++ {
		f /= min(-n, 1)*(zoomPerNotch-1) + 1
	}
	c.cam.Zoom(f)
	c.moved()
}

// pinch zooms by the ratio of two fingers' spread (above 1 spreads apart,
// coming closer).
func (c *controls) pinch(ratio float32) {
	if ratio <= 0 || ratio == 1 {
		return
	}
	c.cam.Zoom(1 / ratio)
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
		c.cam.Orbit(orbitPerKey, 0)
	case actOrbitRight:
		c.cam.Orbit(-orbitPerKey, 0)
	case actOrbitUp:
		c.cam.Orbit(0, orbitPerKey)
	case actOrbitDown:
		c.cam.Orbit(0, -orbitPerKey)
	case actZoomIn:
		c.zoom(1)
	case actZoomOut:
		c.zoom(-1)
	case actLabels:
		c.labels = !c.labels
		return
	case actProportions:
		c.proportion = 1 - c.proportion
	case actHelp:
		c.help = !c.help
		return
	case actFullscreen:
		c.fullscreen = !c.fullscreen
		return
	case actReset:
		c.cam = view.DefaultCamera()
	default:
		name, ok := views[a]
		if !ok {
			return
		}
		_ = c.cam.SetView(name) // every name in views is known
	}
	c.moved()
}
