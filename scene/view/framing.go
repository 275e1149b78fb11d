package view

import (
	"github.com/go-gl/mathgl/mgl32"
)

// Framing: the camera that shows a set of points (a lesion, a trace's
// muscles, a section's cut) in the part of the screen the panels leave
// free, and the smooth move that takes the camera there.

// FrameFill is the share of the free area's shorter side the framed points
// span at most along it: the rest is a margin, the same on every side, so
// that nothing framed touches a panel.
const FrameFill = 0.7

// FrameOn returns cam moved (its orientation and field of view kept) so
// that pts, in drawn millimetres, project inside area of a w × h screen,
// centred in it and as large as the area's width and height allow, less a
// margin of (1-FrameFill)/2 of its shorter side all round. context is the smallest
// radius framed, in millimetres: a lesion a few millimetres wide is shown
// with the structure around it, not as a blur filling the screen. With no
// points, or a screen or area too small, cam is returned unchanged; the
// distance stays within the camera's limits.
func FrameOn(cam Camera, w, h int, area Area, pts []mgl32.Vec3, context float32) Camera {
	if len(pts) == 0 || w <= 0 || h <= 0 {
		return cam
	}
	if area == (Area{}) {
		area = Area{X1: float32(w), Y1: float32(h)}
	}
	if area.X1-area.X0 < 2 || area.Y1-area.Y0 < 2 {
		return cam
	}
	lo, hi := Bounds(pts)
	c := lo.Add(hi).Mul(0.5)
	right, up, back := cam.axes()
	// The box's corners and a ring of context around its centre, in the
	// camera's axes relative to the centre.
	var rel [][3]float32
	for i := 0; i < 8; i++ {
		p := mgl32.Vec3{lo[0], lo[1], lo[2]}
		for k := 0; k < 3; k++ {
			if i&(1<<k) != 0 {
				p[k] = hi[k]
			}
		}
		d := p.Sub(c)
		rel = append(rel, [3]float32{d.Dot(right), d.Dot(up), d.Dot(back)})
	}
	if context > 0 {
		rel = append(rel, [3]float32{context, 0, 0}, [3]float32{-context, 0, 0}, [3]float32{0, context, 0}, [3]float32{0, -context, 0})
	}
	// The free area in normalised device coordinates (y up), shrunk to
	// the fill around its centre.
	ndc := func(x, y float32) (float32, float32) { return 2*x/float32(w) - 1, 1 - 2*y/float32(h) }
	x0, y1 := ndc(area.X0, area.Y0)
	x1, y0 := ndc(area.X1, area.Y1)
	mx, my := (x0+x1)/2, (y0+y1)/2
	// The margin is the same on every side, a share of the shorter one:
	// a tall target (an arm's path on a phone held upright) fills the
	// area's height, a wide one its width, and on a square area the
	// points fill FrameFill of it as before.
	aw, ah := area.X1-area.X0, area.Y1-area.Y0
	margin := min(aw, ah) * (1 - FrameFill) / 2
	hx := (aw - 2*margin) / float32(w) // half the fitted width, in NDC
	hy := (ah - 2*margin) / float32(h)
	tanH := cam.tanHalfFOV(w, h)
	aspect := float32(w) / float32(h)
	// fits tells whether, the centre drawn at the area's middle from
	// distance d, every point lies in the shrunk area: the target is moved
	// off the centre so that the centre projects at (mx, my).
	fits := func(d float32) bool {
		for _, p := range rel {
			depth := d - p[2]
			if depth < 1 {
				return false
			}
			x := (p[0] + mx*d*tanH*aspect) / (depth * tanH * aspect)
			y := (p[1] + my*d*tanH) / (depth * tanH)
			if x < mx-hx || x > mx+hx || y < my-hy || y > my+hy {
				return false
			}
		}
		return true
	}
	lo32, hi32 := float32(minDistance), float32(maxDistance)
	if !fits(hi32) {
		lo32 = hi32
	}
	for i := 0; i < 40 && hi32-lo32 > 0.05; i++ {
		mid := (lo32 + hi32) / 2
		if fits(mid) {
			hi32 = mid
		} else {
			lo32 = mid
		}
	}
	d := hi32
	if fits(float32(minDistance)) {
		d = minDistance
	}
	cam.Distance = d
	cam.Target = c.Sub(right.Mul(mx * d * tanH * aspect)).Sub(up.Mul(my * d * tanH))
	return cam
}

// Bounds returns the smallest box holding pts, as its low and high
// corners; zero for no points.
func Bounds(pts []mgl32.Vec3) (lo, hi mgl32.Vec3) {
	if len(pts) == 0 {
		return
	}
	lo, hi = pts[0], pts[0]
	for _, p := range pts[1:] {
		for k := 0; k < 3; k++ {
			lo[k] = min(lo[k], p[k])
			hi[k] = max(hi[k], p[k])
		}
	}
	return lo, hi
}

// Project returns where the point p (drawn millimetres) lands on a w × h
// screen seen by cam, and whether it lies in front of the camera.
func (c *Camera) Project(p mgl32.Vec3, w, h int) (x, y float32, ok bool) {
	clip := c.matrices(w, h).Mul4x1(p.Vec4(1))
	if clip[3] <= minDepth {
		return 0, 0, false
	}
	return float32(w) / 2 * (1 + clip[0]/clip[3]), float32(h) / 2 * (1 - clip[1]/clip[3]), true
}

// FaceSide returns cam turned, when it looks from the wrong side, to look
// at a point x millimetres right (positive) or left (negative, the
// patient's left) of the midline from the front on that side, a little
// above: a lesion in the left half of the cord is seen from the left, not
// through the right half. A camera looking from well above or below (a
// section's view) is brought back to a gentle pitch, so that the model is
// seen from outside.
func FaceSide(cam Camera, x float32) Camera {
	const (
		sideYaw  = 0.75
		midline  = 2
		maxSide  = 1.4
		maxPitch = 0.6
		minPitch = -0.35
	)
	switch {
	case x < -midline && (cam.Yaw < 0.15 || cam.Yaw > maxSide):
		cam.Yaw = sideYaw
	case x > midline && (cam.Yaw > -0.15 || cam.Yaw < -maxSide):
		cam.Yaw = -sideYaw
	case x >= -midline && x <= midline && abs(cam.Yaw) > maxSide:
		cam.Yaw = sideYaw
	}
	if cam.Pitch > maxPitch || cam.Pitch < minPitch {
		cam.Pitch = DefaultCamera().Pitch
	}
	return cam
}
