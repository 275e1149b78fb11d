package lesion

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl64"
)

// element is one thing a lesion can destroy in part or whole: a population
// of cell bodies (a sphere) or a bundle of axons (a tube along a path).
type element struct {
	name string
	side anatomy.Side
	// cord tells that the element is a descending tract inside the cord,
	// whose loss gives spinal shock.
	cord bool
	// cells tells a column of cell bodies along its path (a segment's
	// motor neurons) from a bundle of axons: a lesion destroys the share of
	// its volume it takes, not every cell along the path.
	cells bool
	// sheet tells a cortical area: a patch of a sheet of grey matter a few
	// millimetres thick (Fischl and Dale 2000), drawn as a sphere. A
	// lesion destroys the share of the patch's neurons in the part of the
	// sheet it covers, the columns of cortex beneath it, not the share of
	// the sphere's volume (see sheetShare).
	sheet bool
	// spread, for a segment's accessory rootlets, is the bottom and top z
	// of the segment they leave along: the first stretch of their path
	// (from the motor neurons out through the lateral funiculus) stands
	// for rootlets leaving at every height of the segment, so a lesion cuts
	// those at the heights it reaches; the rest of the path (up beside the
	// cord) carries them all.
	spread *[2]float64
	// path has one point for a sphere, more for a tube. It is kept as atlas
	// points because results hand it out as they are (see Destroyed).
	path []anatomy.Point
	r    float64
	// boundC and boundR bound the element, to skip it fast.
	boundC mgl64.Vec3
	boundR float64
}

// newSphere returns a population of cell bodies.
func newSphere(name string, side anatomy.Side, c mgl64.Vec3, r float64) element {
	return element{name: name, side: side, path: []anatomy.Point{anatomy.Point(c)}, r: r, boundC: c, boundR: r}
}

// newTube returns a bundle of axons along path.
func newTube(name string, side anatomy.Side, path []mgl64.Vec3, r float64) element {
	lo, hi := path[0], path[0]
	for _, p := range path[1:] {
		for k := 0; k < 3; k++ {
			lo[k] = min(lo[k], p[k])
			hi[k] = max(hi[k], p[k])
		}
	}
	c := lo.Add(hi).Mul(0.5)
	points := make([]anatomy.Point, len(path))
	for i, p := range path {
		points[i] = anatomy.Point(p)
	}
	return element{name: name, side: side, path: points, r: r, boundC: c, boundR: hi.Sub(lo).Len()/2 + r}
}

// overlap returns the share of the element inside the sphere (c, rad): for
// cell bodies the share of the population's volume (of a cortical patch's
// surface), for axons the share of
// the bundle's cross-section cut where the sphere reaches deepest (every
// axon crossing that section is cut).
func (e *element) overlap(c mgl64.Vec3, rad float64) float64 {
	if c.Sub(e.boundC).Len() >= rad+e.boundR {
		return 0
	}
	if len(e.path) == 1 && e.sheet {
		return sheetShare(c.Sub(mgl64.Vec3(e.path[0])).Len(), rad, e.r)
	}
	if len(e.path) == 1 {
		return sphereShare(c.Sub(mgl64.Vec3(e.path[0])).Len(), rad, e.r)
	}
	if e.spread != nil && len(e.path) > 2 {
		return rootletShare(c, rad, e)
	}
	if e.cells && len(e.path) == 2 {
		return columnShare(c, rad, mgl64.Vec3(e.path[0]), mgl64.Vec3(e.path[1]), e.r)
	}
	return discShare(pathDistance(c, e.path, rad+e.r), rad, e.r)
}

// reachSlack widens the reach within which pathDistance measures a
// segment, in millimetres: far more than the rounding error of the
// coordinates compared, far less than anything a lesion could tell.
const reachSlack = 1e-6

// pathDistance returns the distance from p to the polyline path where it
// is under reach, and some distance at least reach otherwise: a segment
// whose box lies beyond reach of p along some axis is not measured. The
// shares reckoned from it are 0 from reach on (discShare), so they come
// out as if every segment were measured.
func pathDistance(p mgl64.Vec3, path []anatomy.Point, reach float64) float64 {
	d := math.Inf(1)
	for i := 1; i < len(path); i++ {
		a, b := mgl64.Vec3(path[i-1]), mgl64.Vec3(path[i])
		if near(p, a, b, reach) {
			d = min(d, segmentDistance(p, a, b))
		}
	}
	return d
}

// near tells whether segment ab may come within reach of p: not when p
// lies farther than reach (and reachSlack) beyond the segment's box along
// one axis.
func near(p, a, b mgl64.Vec3, reach float64) bool {
	reach += reachSlack
	for k := 0; k < 3; k++ {
		if p[k] < min(a[k], b[k])-reach || p[k] > max(a[k], b[k])+reach {
			return false
		}
	}
	return true
}

// columnShare returns the share of a thin column of cells of radius r
// along the segment ab inside the sphere (c, rad): the mean, over the
// column's length, of the share of its cross-section the sphere covers at
// each height (where the sphere's section has radius sqrt(rad²-z²)). A
// sphere that only grazes the column's end takes a sliver of its cells,
// not all of them.
func columnShare(c mgl64.Vec3, rad float64, a, b mgl64.Vec3, r float64) float64 {
	ab := b.Sub(a)
	l := ab.Len()
	if l == 0 {
		return sphereShare(c.Sub(a).Len(), rad, r)
	}
	u := ab.Mul(1 / l)
	t := c.Sub(a).Dot(u)
	rho := c.Sub(a.Add(u.Mul(t))).Len()
	lo, hi := max(0, t-rad), min(l, t+rad)
	if rho >= rad+r || hi <= lo {
		return 0
	}
	// The midpoint rule over the stretch of the column the sphere spans.
	const steps = 8
	step := (hi - lo) / steps
	sum := 0.0
	for i := 0; i < steps; i++ {
		z := lo + (float64(i)+0.5)*step - t
		sum += discShare(rho, math.Sqrt(max(0, rad*rad-z*z)), r)
	}
	return clamp01(sum * step / l)
}

// sphereShare returns the share of a sphere of radius r inside a sphere of
// radius rad whose centre lies d away: the volume of their lens over the
// volume of the first.
func sphereShare(d, rad, r float64) float64 {
	switch {
	case d >= rad+r:
		return 0
	case d+r <= rad:
		return 1
	case d+rad <= r:
		return math.Pow(rad/r, 3)
	}
	lens := math.Pi * (rad + r - d) * (rad + r - d) *
		(d*d + 2*d*r - 3*r*r + 2*d*rad + 6*r*rad - 3*rad*rad) / (12 * d)
	return clamp01(lens / (4.0 / 3 * math.Pi * r * r * r))
}

// discShare returns the share of a disc of radius r covered by a disc of
// radius rad whose centre lies d away.
func discShare(d, rad, r float64) float64 {
	switch {
	case d >= rad+r:
		return 0
	case d+r <= rad:
		return 1
	case d+rad <= r:
		return rad * rad / (r * r)
	}
	a := r*r*math.Acos(clampCos((d*d+r*r-rad*rad)/(2*d*r))) +
		rad*rad*math.Acos(clampCos((d*d+rad*rad-r*r)/(2*d*rad))) -
		0.5*math.Sqrt(max(0, (-d+r+rad)*(d+r-rad)*(d-r+rad)*(d+r+rad)))
	return clamp01(a / (math.Pi * r * r))
}

// segmentDistance returns the distance from p to the segment ab.
func segmentDistance(p, a, b mgl64.Vec3) float64 {
	ab := b.Sub(a)
	t := 0.0
	if l2 := ab.Dot(ab); l2 > 0 {
		t = clamp01(p.Sub(a).Dot(ab) / l2)
	}
	return p.Sub(a.Add(ab.Mul(t))).Len()
}

func clamp01(x float64) float64 { return max(0, min(1, x)) }

func clampCos(x float64) float64 { return max(-1, min(1, x)) }

// combine returns the share destroyed by two independent lesions.
func combine(a, b float64) float64 { return 1 - (1-a)*(1-b) }

// rootletShare returns the share of a segment's accessory rootlets the
// sphere (c, rad) cuts: the mean, over the segment's height, of the share
// of the rootlets leaving at each height that it cuts on their way out,
// or all of them where it reaches their ascending trunk beside the cord.
func rootletShare(c mgl64.Vec3, rad float64, e *element) float64 {
	a, b := mgl64.Vec3(e.path[0]), mgl64.Vec3(e.path[1])
	out := discShare(pathDistance(c, e.path[1:], rad+e.r), rad, e.r)
	if out >= 1 {
		return 1
	}
	const steps = 16
	lo, hi := e.spread[0], e.spread[1]
	sum := 0.0
	for i := 0; i < steps; i++ {
		z := lo + (hi-lo)*(float64(i)+0.5)/steps
		at, bt := mgl64.Vec3{a[0], a[1], z}, mgl64.Vec3{b[0], b[1], z}
		if near(c, at, bt, rad+e.r) {
			sum += discShare(segmentDistance(c, at, bt), rad, e.r)
		}
	}
	return max(out, sum/steps)
}
