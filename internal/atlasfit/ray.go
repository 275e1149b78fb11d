package atlasfit

import (
	"math"

	"github.com/go-gl/mathgl/mgl64"
)

// RayTriangle returns how far along the ray from o in direction d it
// meets triangle p (in units of d's length), and whether it does, ahead
// of o (Möller and Trumbore 1997). A hit within a millionth of o is o's
// own surface, not one in front of it: sheetfit casts from points just off
// the surface to find whether anything else covers them, and a click casts
// from the eye.
func RayTriangle(o, d mgl64.Vec3, p [3]mgl64.Vec3) (float64, bool) {
	e1, e2 := p[1].Sub(p[0]), p[2].Sub(p[0])
	h := d.Cross(e2)
	a := e1.Dot(h)
	if math.Abs(a) < 1e-12 {
		return 0, false
	}
	s := o.Sub(p[0])
	u := s.Dot(h) / a
	if u < 0 || u > 1 {
		return 0, false
	}
	q := s.Cross(e1)
	v := d.Dot(q) / a
	if v < 0 || u+v > 1 {
		return 0, false
	}
	t := e2.Dot(q) / a
	return t, t > 1e-6
}
