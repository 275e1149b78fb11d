package view

import (
	"fmt"
	"math"
	"strings"

	"github.com/decussate/decussate/internal/quote"
	"github.com/go-gl/mathgl/mgl32"
)

// Camera looks at Target from Distance millimetres away, turned Yaw about
// the body's long axis (0 faces the patient, positive moves round to the
// patient's left) and Pitch up from the horizontal.
type Camera struct {
	Target   mgl32.Vec3
	Yaw      float32
	Pitch    float32
	Distance float32
	// FOV is the vertical field of view in radians.
	FOV float32
}

// The limits of the camera: pitch stops short of the poles so that "up"
// stays defined; distance keeps the model between a close look at a
// nucleus and the whole body small in the middle.
const (
	maxPitch    = 89 * math.Pi / 180
	minDistance = 40
	maxDistance = 3000
)

// defaultTarget and defaultDistance frame the brain, brainstem and cord in
// teaching proportions.
var defaultTarget = mgl32.Vec3{0, -20, -48}

const defaultDistance = 580

// DefaultCamera returns the first view: the whole model from the front
// and the patient's left, a little above, so that the left hemisphere's
// precentral gyrus faces the student.
func DefaultCamera() Camera {
	return Camera{Target: defaultTarget, Yaw: 0.75, Pitch: 0.22, Distance: defaultDistance, FOV: 30 * math.Pi / 180}
}

// Views lists the named views SetView takes.
var Views = []string{"front", "back", "left", "right", "top", "bottom", "oblique"}

// SetView turns the camera to a named view, keeping its target and
// distance, each as an anatomist shows it: front faces the patient (the
// patient's right on the screen's left), back looks at the nape (the right
// on the right), left and right look at that side with the face toward the
// screen's edge nearer it (left: the face on the left), and every side
// view keeps the vertex up.
func (c *Camera) SetView(name string) error {
	switch strings.ToLower(name) {
	case "front":
		c.Yaw, c.Pitch = 0, 0
	case "back":
		c.Yaw, c.Pitch = math.Pi, 0
	case "left":
		c.Yaw, c.Pitch = math.Pi/2, 0
	case "right":
		c.Yaw, c.Pitch = -math.Pi/2, 0
	case "top":
		// From above as an atlas draws the brain's superior view: the
		// frontal lobes at the top of the page and the patient's right on
		// the right, as a person behind the patient looks down at the
		// head. From the back's yaw, so that "up" on the screen is
		// anterior; from the front's, the frontal pole was at the foot.
		c.Yaw, c.Pitch = math.Pi, maxPitch
	case "bottom":
		// From below as scans are seen and as atlases draw the base of
		// the brain: the front at the top and the patient's right on the
		// screen's left (the radiological convention, the one the
		// sections use, so that the view and a section's cut agree).
		c.Yaw, c.Pitch = 0, -maxPitch
	case "oblique":
		d := DefaultCamera()
		c.Yaw, c.Pitch = d.Yaw, d.Pitch
	default:
		return fmt.Errorf("unknown view %s (want one of %s)", quote.Short(name), strings.Join(Views, ", "))
	}
	return nil
}

// Orbit turns the camera about its target.
func (c *Camera) Orbit(dYaw, dPitch float32) {
	c.Yaw = float32(math.Remainder(float64(c.Yaw+dYaw), 2*math.Pi))
	c.Pitch = max(-maxPitch, min(maxPitch, c.Pitch+dPitch))
}

// Zoom moves the camera toward its target by a factor (below 1 comes
// closer), within limits.
func (c *Camera) Zoom(factor float32) {
	if factor > 0 && !math.IsInf(float64(factor), 0) {
		c.Distance = max(minDistance, min(maxDistance, c.Distance*factor))
	}
}

// Pan moves the target across the view by dx, dy pixels of a w × h
// screen, so that the model follows the pointer.
func (c *Camera) Pan(dx, dy float32, w, h int) {
	if w <= 0 || h <= 0 {
		return
	}
	right, up, _ := c.axes()
	perPixel := 2 * c.Distance * c.tanHalfFOV(w, h) / float32(h)
	c.Target = c.Target.Sub(right.Mul(dx * perPixel)).Add(up.Mul(dy * perPixel))
}

// Eye returns the camera's position.
func (c *Camera) Eye() mgl32.Vec3 {
	_, _, back := c.axes()
	return c.Target.Add(back.Mul(c.Distance))
}

// axes returns the camera's right, up and backward (from target to eye)
// directions in atlas space.
func (c *Camera) axes() (right, up, back mgl32.Vec3) {
	sy, cy := math.Sincos(float64(c.Yaw))
	sp, cp := math.Sincos(float64(c.Pitch))
	back = mgl32.Vec3{float32(-sy * cp), float32(cy * cp), float32(sp)}
	right = mgl32.Vec3{0, 0, 1}.Cross(back)
	if right.Len() < 1e-6 {
		right = mgl32.Vec3{-1, 0, 0}
	}
	right = right.Normalize()
	up = back.Cross(right)
	return right, up, back
}

// narrowest is the narrowest screen (width over height) whose view keeps
// the camera's vertical field: on a narrower one, a phone held upright,
// the field widens so that it still shows as much across as this shape
// would, and the brain is not cut at both sides.
const narrowest = 0.75

// tanHalfFOV returns the tangent of half the vertical field of view on a
// w × h screen: the camera's FOV, widened on a screen narrower than
// narrowest.
func (c *Camera) tanHalfFOV(w, h int) float32 {
	t := float32(math.Tan(float64(c.FOV) / 2))
	if aspect := float32(max(w, 1)) / float32(max(h, 1)); aspect < narrowest {
		t *= narrowest / aspect
	}
	return t
}

// matrices returns the view-projection matrix for a w × h screen.
func (c *Camera) matrices(w, h int) mgl32.Mat4 {
	_, up, _ := c.axes()
	view := mgl32.LookAtV(c.Eye(), c.Target, up)
	aspect := float32(max(w, 1)) / float32(max(h, 1))
	near := max(1, c.Distance-2500)
	fovY := 2 * float32(math.Atan(float64(c.tanHalfFOV(w, h))))
	proj := mgl32.Perspective(fovY, aspect, near, c.Distance+2500)
	return proj.Mul4(view)
}

// ZoomAt zooms by factor (below 1 comes closer) so that the point of the
// target's depth under (x, y) on a w × h screen stays under it: the wheel
// and a pinch zoom toward what the person points at. A zero-sized screen
// zooms about the middle.
func (c *Camera) ZoomAt(factor, x, y float32, w, h int) {
	before := c.Distance
	c.Zoom(factor)
	applied := c.Distance / before
	if w <= 0 || h <= 0 || applied == 1 {
		return
	}
	right, up, _ := c.axes()
	halfH := before * c.tanHalfFOV(w, h)
	halfW := halfH * float32(w) / float32(h)
	nx, ny := 2*x/float32(w)-1, 1-2*y/float32(h)
	offset := right.Mul(nx * halfW).Add(up.Mul(ny * halfH))
	c.Target = c.Target.Add(offset.Mul(1 - applied))
}
