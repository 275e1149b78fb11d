package raster

import (
	"image"
	"image/draw"
	"math"

	"github.com/decussate/decussate/scene/view"
)

// maxMiter caps how far a corner moves, in units of its edges' moves, when a
// triangle is grown: a needle-thin corner would otherwise shoot out far
// beyond its edges.
const maxMiter = 3

// triangle fills one triangle into dst: vector computes its anti-aliased
// coverage within the triangle's bounding box, and the colour, interpolated
// between the corners as the GPU does (premultiplied), is composited over
// what is there.
func (p *Painter) triangle(dst *image.RGBA, v0, v1, v2 *view.Vertex) {
	pts := [3][2]float64{{float64(v0.X), float64(v0.Y)}, {float64(v1.X), float64(v1.Y)}, {float64(v2.X), float64(v2.Y)}}
	for _, q := range pts {
		if !finite(q[0]) || !finite(q[1]) {
			return
		}
	}
	cross := (pts[1][0]-pts[0][0])*(pts[2][1]-pts[0][1]) - (pts[1][1]-pts[0][1])*(pts[2][0]-pts[0][0])
	if math.Abs(cross) < 1e-9 || !finite(cross) {
		// No area: nothing to fill, and no plane to interpolate colour on.
		return
	}
	alpha := (unit(v0.A) + unit(v1.A) + unit(v2.A)) / 3
	if alpha == 0 {
		return
	}
	shade := newPlane(pts, cross, v0, v1, v2)
	grown := grow(pts, 0.5+(edgeCover(float64(alpha))-0.5)*thinness(pts, cross))

	// The box of pixels the grown triangle touches, within the frame.
	b := dst.Bounds()
	minX, minY, maxX, maxY := grown[0][0], grown[0][1], grown[0][0], grown[0][1]
	for _, q := range grown[1:] {
		minX, maxX = math.Min(minX, q[0]), math.Max(maxX, q[0])
		minY, maxY = math.Min(minY, q[1]), math.Max(maxY, q[1])
	}
	x0, y0 := int(math.Max(math.Floor(minX), 0)), int(math.Max(math.Floor(minY), 0))
	x1, y1 := int(math.Min(math.Ceil(maxX), float64(b.Dx()))), int(math.Min(math.Ceil(maxY), float64(b.Dy())))
	if x0 >= x1 || y0 >= y1 {
		return
	}
	bw, bh := x1-x0, y1-y0

	// Corners in box coordinates; clipped to just outside the box when
	// some lie far off, so that vector never walks a huge off-screen span
	// nor overflows its fixed-point maths.
	n := 3
	inside := true
	for i, q := range grown {
		x, y := q[0]-float64(x0), q[1]-float64(y0)
		p.clip[i] = [2]float64{x, y}
		if x < -1 || y < -1 || x > float64(bw+1) || y > float64(bh+1) {
			inside = false
		}
	}
	if !inside {
		n = p.clipTo(n, float64(bw+1), float64(bh+1))
		if n < 3 {
			return
		}
	}

	p.z.Reset(bw, bh)
	p.z.DrawOp = draw.Src
	p.z.MoveTo(float32(p.clip[0][0]), float32(p.clip[0][1]))
	for _, q := range p.clip[1:n] {
		p.z.LineTo(float32(q[0]), float32(q[1]))
	}
	p.z.ClosePath()
	if cap(p.mask.Pix) < bw*bh {
		p.mask.Pix = make([]uint8, bw*bh)
	}
	p.mask.Pix, p.mask.Stride, p.mask.Rect = p.mask.Pix[:bw*bh], bw, image.Rect(0, 0, bw, bh)
	// Src with the box as both bounds takes vector's fast path, which
	// writes every coverage byte, so the mask needs no clearing.
	p.z.Draw(&p.mask, p.mask.Rect, image.Opaque, image.Point{})

	for y := 0; y < bh; y++ {
		row := dst.Pix[dst.PixOffset(b.Min.X+x0, b.Min.Y+y0+y):][:4*bw]
		cov := p.mask.Pix[y*bw:][:bw]
		for x, m := range cov {
			if m == 0 {
				continue
			}
			r, g, bl, a := shade.at(float64(x0+x)+0.5, float64(y0+y)+0.5)
			over(row[4*x:4*x+4], r, g, bl, a, float32(m)/255)
		}
	}
}

// over composites the premultiplied colour (r, g, b, a), scaled by the
// coverage c, over the premultiplied pixel px.
func over(px []uint8, r, g, b, a, c float32) {
	k := 1 - a*c
	px[0] = to8(r*c + float32(px[0])/255*k)
	px[1] = to8(g*c + float32(px[1])/255*k)
	px[2] = to8(b*c + float32(px[2])/255*k)
	px[3] = to8(a*c + float32(px[3])/255*k)
}

// edgeCover is how much of a pixel centred on an edge a triangle of
// opacity a must cover. Two anti-aliased triangles that share an edge each
// cover such a pixel by half, and "over" blends them to 1-(1-a/2)², not a:
// the background shows through every edge of a mesh as a faint wireframe.
// Growing each triangle until it covers c, with 1-(1-ac)² = a, closes the
// seam; opaque triangles grow to cover the pixel, faint ones hardly grow
// (their seams were faint too).
func edgeCover(a float64) float64 {
	if a <= 0 {
		return 0.5
	}
	return (1 - math.Sqrt(1-math.Min(a, 1))) / a
}

// thinness scales the growth down for triangles less than a pixel thick,
// such as the two halves of a one-pixel line: growing those by a full half
// pixel would double the line's weight, while their seams hardly show.
func thinness(pts [3][2]float64, cross float64) float64 {
	perimeter := 0.0
	for i := range pts {
		j := (i + 1) % 3
		perimeter += math.Hypot(pts[j][0]-pts[i][0], pts[j][1]-pts[i][1])
	}
	inradius := math.Abs(cross) / perimeter
	return math.Min(inradius, 1)
}

// grow moves each edge of the triangle outward until a pixel centred on it
// is covered by c (from one half, with no growth, to all of it), capped
// for needle-thin corners.
func grow(pts [3][2]float64, c float64) [3][2]float64 {
	if c <= 0.5 {
		return pts
	}
	var normal [3][2]float64 // normal[i] is edge i→i+1's outward unit normal
	var dist [3]float64      // dist[i] is how far edge i moves
	for i := range pts {
		a, b, o := pts[i], pts[(i+1)%3], pts[(i+2)%3] // o is the opposite corner
		dx, dy := b[0]-a[0], b[1]-a[1]
		l := math.Hypot(dx, dy)
		nx, ny := dy/l, -dx/l
		if nx*(o[0]-a[0])+ny*(o[1]-a[1]) > 0 {
			nx, ny = -nx, -ny
		}
		normal[i] = [2]float64{nx, ny}
		dist[i] = shift(c, nx, ny)
	}
	var out [3][2]float64
	for i := range pts {
		// Corner i lies between edge i+2 (in) and edge i (out); it moves by
		// m with m·na = da and m·nb = db, where the moved edges meet.
		na, nb := normal[(i+2)%3], normal[i]
		da, db := dist[(i+2)%3], dist[i]
		var mx, my float64
		if det := na[0]*nb[1] - na[1]*nb[0]; math.Abs(det) > 1e-9 {
			mx = (da*nb[1] - db*na[1]) / det
			my = (na[0]*db - nb[0]*da) / det
		} else {
			// The edges are (nearly) in line; both move about the same way.
			mx, my = na[0]*da, na[1]*da
		}
		if l, most := math.Hypot(mx, my), maxMiter*math.Max(da, db); l > most {
			mx, my = mx*most/l, my*most/l
		}
		out[i] = [2]float64{pts[i][0] + mx, pts[i][1] + my}
	}
	return out
}

// shift returns how far an edge with unit normal (nx, ny), through the
// centre of a pixel, must move for the pixel's coverage on its inner side
// to grow from 1/2 to c. With a ≥ b the normal's larger and smaller
// component, coverage grows linearly (slope 1/a) until the edge reaches the
// nearer pair of corners, at (a-b)/2, then quadratically until it reaches
// the last corner at (a+b)/2, where the pixel is covered.
func shift(c, nx, ny float64) float64 {
	a, b := math.Abs(nx), math.Abs(ny)
	if b > a {
		a, b = b, a
	}
	if s := a * (c - 0.5); s <= (a-b)/2 {
		return s
	}
	return (a+b)/2 - math.Sqrt(2*a*b*math.Max(1-c, 0))
}

// clipTo clips the polygon of n corners in p.clip to the rectangle from
// (-1, -1) to (w, h), Sutherland–Hodgman, and returns its new corner count.
// A crossing takes the clipping line's coordinate exactly, so that corners
// a billion pixels away still clip to the right place.
func (p *Painter) clipTo(n int, w, h float64) int {
	type side struct {
		axis  int     // 0 clips x, 1 clips y
		bound float64 // the clipping line
		sign  float64 // +1 keeps coordinates above bound, -1 below
	}
	src, dst := &p.clip, &p.scratch
	for _, s := range [4]side{{0, -1, 1}, {1, -1, 1}, {0, w, -1}, {1, h, -1}} {
		m := 0
		for i := 0; i < n; i++ {
			a, b := src[i], src[(i+1)%n]
			da, db := s.sign*(a[s.axis]-s.bound), s.sign*(b[s.axis]-s.bound)
			if da >= 0 {
				dst[m] = a
				m++
			}
			if (da >= 0) != (db >= 0) {
				t := da / (da - db)
				var q [2]float64
				q[s.axis] = s.bound
				o := 1 - s.axis
				q[o] = a[o] + t*(b[o]-a[o])
				dst[m] = q
				m++
			}
		}
		n = m
		src, dst = dst, src
		if n < 3 {
			return n
		}
	}
	// Four passes swap the buffers back, so the result is in p.clip.
	return n
}

// plane is a triangle's premultiplied colour as a linear function of the
// pixel position, which is how the GPU interpolates the game's vertex
// colours.
type plane struct {
	c0, cx, cy [4]float32
	flat       bool
}

// newPlane fits the colour plane through the three corners.
func newPlane(pts [3][2]float64, cross float64, v0, v1, v2 *view.Vertex) plane {
	cs := [3][4]float32{premul(v0), premul(v1), premul(v2)}
	if cs[0] == cs[1] && cs[1] == cs[2] {
		return plane{c0: cs[0], flat: true}
	}
	var pl plane
	x0, y0 := pts[0][0], pts[0][1]
	x1, y1 := pts[1][0]-x0, pts[1][1]-y0
	x2, y2 := pts[2][0]-x0, pts[2][1]-y0
	for k := range 4 {
		d1, d2 := float64(cs[1][k]-cs[0][k]), float64(cs[2][k]-cs[0][k])
		gx := (d1*y2 - d2*y1) / cross
		gy := (d2*x1 - d1*x2) / cross
		pl.cx[k], pl.cy[k] = float32(gx), float32(gy)
		pl.c0[k] = float32(float64(cs[0][k]) - gx*x0 - gy*y0)
	}
	return pl
}

// at returns the premultiplied colour at (x, y), kept a valid colour where
// a grown edge reaches beyond the corners.
func (pl *plane) at(x, y float64) (r, g, b, a float32) {
	if pl.flat {
		return pl.c0[0], pl.c0[1], pl.c0[2], pl.c0[3]
	}
	fx, fy := float32(x), float32(y)
	a = unit(pl.c0[3] + pl.cx[3]*fx + pl.cy[3]*fy)
	r = min(unit(pl.c0[0]+pl.cx[0]*fx+pl.cy[0]*fy), a)
	g = min(unit(pl.c0[1]+pl.cx[1]*fx+pl.cy[1]*fy), a)
	b = min(unit(pl.c0[2]+pl.cx[2]*fx+pl.cy[2]*fy), a)
	return r, g, b, a
}

// premul returns a vertex's colour premultiplied by its alpha.
func premul(v *view.Vertex) [4]float32 {
	a := unit(v.A)
	return [4]float32{unit(v.R) * a, unit(v.G) * a, unit(v.B) * a, a}
}

// finite reports whether v is neither NaN nor infinite.
func finite(v float64) bool {
	return !math.IsNaN(v) && !math.IsInf(v, 0)
}
