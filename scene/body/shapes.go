package body

import (
	"math"

	"github.com/decussate/decussate/scene/view"
)

// Rect is a box of the screen, in pixels: its top-left corner and size.
type Rect struct{ X, Y, W, H float32 }

// canvas maps figure (or face) units into a box of the screen and writes
// shapes into a DrawList as triangles. Every shape is built from its
// points as it goes, so drawing allocates nothing beyond the list's own
// growth.
type canvas struct {
	dl *view.DrawList
	// A point p is drawn at (ox + k*p.X, oy + k*p.Y).
	ox, oy, k float32
}

// fit returns the canvas that shows the units in [x0, x1] × [y0, y1] as
// large as they fit in box, centred.
func fit(dl *view.DrawList, box Rect, x0, y0, x1, y1 float32) canvas {
	k := min(box.W/(x1-x0), box.H/(y1-y0))
	if !(k > 0) {
		k = 0
	}
	return canvas{
		dl: dl,
		k:  k,
		ox: box.X + box.W/2 - k*(x0+x1)/2,
		oy: box.Y + box.H/2 - k*(y0+y1)/2,
	}
}

func (c *canvas) at(p Point) (float32, float32) { return c.ox + c.k*p.X, c.oy + c.k*p.Y }

func (c *canvas) tri(a, b, d Point, col [4]float32) {
	ax, ay := c.at(a)
	bx, by := c.at(b)
	dx, dy := c.at(d)
	c.dl.Triangle(ax, ay, bx, by, dx, dy, col)
}

func (c *canvas) quad(a, b, d, e Point, col [4]float32) {
	c.tri(a, b, d, col)
	c.tri(a, d, e, col)
}

// line draws a straight line w units wide, never thinner than a pixel so
// that a small figure keeps its features.
func (c *canvas) line(a, b Point, w float32, col [4]float32) {
	ax, ay := c.at(a)
	bx, by := c.at(b)
	c.dl.Line(ax, ay, bx, by, max(w*c.k, 1), col)
}

// polyline draws lines through pts, with round joints.
func (c *canvas) polyline(pts []Point, w float32, col [4]float32) {
	for i := 1; i < len(pts); i++ {
		c.line(pts[i-1], pts[i], w, col)
		if i > 1 && w*c.k > 2 {
			c.ellipse(pts[i-1], w/2, w/2, 6, col)
		}
	}
}

// capsule draws a limb segment from a to b: ra wide at a, rb at b, with
// round ends.
func (c *canvas) capsule(a, b Point, ra, rb float32, col [4]float32) {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l < 1e-4 {
		c.ellipse(a, max(ra, rb), max(ra, rb), 10, col)
		return
	}
	dx, dy = dx/l, dy/l
	nx, ny := -dy, dx
	c.quad(Point{a.X + nx*ra, a.Y + ny*ra}, Point{b.X + nx*rb, b.Y + ny*rb},
		Point{b.X - nx*rb, b.Y - ny*rb}, Point{a.X - nx*ra, a.Y - ny*ra}, col)
	c.cap(b, nx, ny, dx, dy, rb, col)
	c.cap(a, nx, ny, -dx, -dy, ra, col)
}

// cap draws the half disc of radius r at p that bulges along (dx, dy),
// from the normal (nx, ny) round to its opposite.
func (c *canvas) cap(p Point, nx, ny, dx, dy, r float32, col [4]float32) {
	const n = 6
	prev := Point{p.X + nx*r, p.Y + ny*r}
	for i := 1; i <= n; i++ {
		s, co := math.Sincos(math.Pi * float64(i) / n)
		q := Point{p.X + r*(nx*float32(co)+dx*float32(s)), p.Y + r*(ny*float32(co)+dy*float32(s))}
		c.tri(p, prev, q, col)
		prev = q
	}
}

// ellipse fills an ellipse with n sides.
func (c *canvas) ellipse(o Point, rx, ry float32, n int, col [4]float32) {
	c.arc(o, o, rx, ry, 0, 2*math.Pi, n, col)
}

// arc fills the fan from anchor to the ellipse's arc from angle a0 to a1
// (radians, 0 along +x, growing toward +y, screen down). The anchor must
// see the whole arc from inside the ellipse, as any point inside does.
func (c *canvas) arc(anchor, o Point, rx, ry float32, a0, a1 float64, n int, col [4]float32) {
	prev := onEllipse(o, rx, ry, a0)
	for i := 1; i <= n; i++ {
		q := onEllipse(o, rx, ry, a0+(a1-a0)*float64(i)/float64(n))
		c.tri(anchor, prev, q, col)
		prev = q
	}
}

// hair fills the top of a head-shaped ellipse down to a hairline that is
// at height top on the midline and curves down to side at the ellipse's
// edge, as a strip of n columns.
func (c *canvas) hair(o Point, rx, ry, top, side float32, n int, col [4]float32) {
	xe := rx * float32(math.Sqrt(math.Max(0, 1-float64(side*side/(ry*ry)))))
	var prevOut, prevIn Point
	for i := 0; i <= n; i++ {
		x := -xe + 2*xe*float32(i)/float32(n)
		u := x / xe
		outer := Point{o.X + x, o.Y - ry*float32(math.Sqrt(math.Max(0, 1-float64(x*x/(rx*rx)))))}
		inner := Point{o.X + x, o.Y + top + (side-top)*u*u}
		if i > 0 {
			c.quad(prevOut, outer, inner, prevIn, col)
		}
		prevOut, prevIn = outer, inner
	}
}

// ring draws the outline of an ellipse, w units wide.
func (c *canvas) ring(o Point, rx, ry, w float32, n int, col [4]float32) {
	prev := onEllipse(o, rx, ry, 0)
	for i := 1; i <= n; i++ {
		q := onEllipse(o, rx, ry, 2*math.Pi*float64(i)/float64(n))
		c.line(prev, q, w, col)
		prev = q
	}
}

func onEllipse(o Point, rx, ry float32, a float64) Point {
	s, co := math.Sincos(a)
	return Point{o.X + rx*float32(co), o.Y + ry*float32(s)}
}

// ellipseAngle returns the angle at which the ellipse's edge is at height
// y (relative to its centre, between -ry and ry) on the right-hand side.
func ellipseAngle(ry, y float32) float64 {
	return math.Asin(math.Max(-1, math.Min(1, float64(y/ry))))
}

// label writes a text of size px pixels at p.
func (c *canvas) label(p Point, px float32, col [4]float32, align view.Align, s string) {
	x, y := c.at(p)
	c.dl.Label(x, y, px, col, align, s)
}
