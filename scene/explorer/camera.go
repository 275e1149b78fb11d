package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/view"
)

// The pointer, the wheel, touch and the camera keys turn the explorer's
// own camera through these methods, as they happen: a person's move takes
// the camera from a framing move under way, and whatever the input, the
// camera stays finite and within a link's range.

// Orbit turns the camera about its target by yaw and pitch radians.
func (e *Explorer) Orbit(dYaw, dPitch float32) {
	e.turn(func(c *view.Camera) { c.Orbit(dYaw, dPitch) })
}

// Pan moves the target across the view by dx, dy pixels of a w × h
// screen, so that the model follows the pointer.
func (e *Explorer) Pan(dx, dy float32, w, h int) {
	e.turn(func(c *view.Camera) { c.Pan(dx, dy, w, h) })
}

// ZoomAt zooms by factor (below 1 comes closer) toward the point (x, y)
// of a w × h screen, which stays under the pointer; a zero-sized screen
// zooms about the middle.
func (e *Explorer) ZoomAt(factor, x, y float32, w, h int) {
	e.turn(func(c *view.Camera) { c.ZoomAt(factor, x, y, w, h) })
}

// LookFrom turns the camera to one of view.Views by name.
func (e *Explorer) LookFrom(name string) error {
	c := e.st.Camera
	if err := c.SetView(name); err != nil {
		return err
	}
	e.turn(func(cam *view.Camera) { *cam = c })
	e.framing.settle(e.st.Camera)
	return nil
}

// turn changes the camera as a person's input does.
func (e *Explorer) turn(change func(*view.Camera)) {
	e.camMove.stop()
	change(&e.st.Camera)
	e.st.Camera = UsableNumbers(e.st.Camera)
}

// UsableNumbers returns c, or the first view when any of its numbers is
// not finite, with its target within a link's range.
func UsableNumbers(c view.Camera) view.Camera {
	for _, x := range []float32{c.Yaw, c.Pitch, c.Distance, c.FOV, c.Target[0], c.Target[1], c.Target[2]} {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return view.DefaultCamera()
		}
	}
	for i := range c.Target {
		c.Target[i] = max(-link.MaxTarget, min(link.MaxTarget, c.Target[i]))
	}
	return c
}
