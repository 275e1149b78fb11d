package geom

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// A cord section's ventral roots: the model's root tubes leave the cord at
// its segment's height and run out sideways, so that behind the cut face
// they lay across it as a bar (the view draws no root under a section).
// The section draws each side's ventral root instead as a short strip on
// its face, from the ventral horn's motor neurons out through the
// anterolateral sulcus and a little past the cord's outline, as the
// rootlets leave it in a stained section.
const (
	// rootOut is the root's direction in the cut, laterally and
	// forward (x toward the side, y forward), before normalising.
	rootOutX, rootOutY = 0.55, 0.85
	// rootStub is how far past the cord's outline the root runs, in
	// fractions of the segment's half-width across.
	rootStub = 0.45
	// rootHalfWidth is the strip's half-width, in fractions of the same.
	rootHalfWidth = 0.045
	// rootLiftShare places the strip between the grey matter (0.3 of a
	// lift) and the ventral horn's motor neurons (0.5), which it leaves.
	rootLiftShare = 0.4
)

// ventralRoot returns side s's ventral root on the face of segment l's
// section at height z: from the ventral horn (centre hc, half-widths hx,
// hy) through the cord's outline (centre y on the midline, half-widths rx,
// ry) and rootStub past it.
func ventralRoot(l anatomy.Level, s anatomy.Side, z float32, hc mgl32.Vec3, hx, hy, y, rx, ry float32) Mesh {
	sx := float32(-1)
	if s == anatomy.Right {
		sx = 1
	}
	n := float32(math.Hypot(rootOutX, rootOutY))
	d := mgl32.Vec2{sx * rootOutX / n, rootOutY / n}
	// From inside the horn, near its edge toward the sulcus.
	from := mgl32.Vec2{hc[0] + 0.5*hx*d[0], hc[1] + 0.5*hy*d[1]}
	// Where the ray leaves the cord's ellipse: solve |(from + t d - c) / r| = 1.
	px, py := from[0]/rx, (from[1]-y)/ry
	dx, dy := d[0]/rx, d[1]/ry
	qa, qb, qc := dx*dx+dy*dy, 2*(px*dx+py*dy), px*px+py*py-1
	t := (-qb + float32(math.Sqrt(float64(max(0, qb*qb-4*qa*qc))))) / (2 * qa)
	to := from.Add(d.Mul(t + rootStub*rx))
	name := sideWord(s) + " ventral root " + l.String()
	return strip("section.root."+l.String()+"."+s.String(), name, from, to, rootHalfWidth*rx, z, rootColor)
}

// strip returns a flat band of half-width hw from a to b at height z,
// facing down to a viewer below, as disc's ellipses do.
func strip(id, name string, a, b mgl32.Vec2, hw, z float32, color [4]float32) Mesh {
	along := b.Sub(a).Normalize()
	across := mgl32.Vec2{-along[1], along[0]}.Mul(hw)
	corner := func(p, o mgl32.Vec2) mgl32.Vec3 { q := p.Add(o); return mgl32.Vec3{q[0], q[1], z} }
	pos := []mgl32.Vec3{corner(a, across.Mul(-1)), corner(b, across.Mul(-1)), corner(b, across), corner(a, across)}
	// across is along turned a quarter counter-clockwise, so that the
	// corners run counter-clockwise seen from above: wound the other way
	// round, the triangles face down.
	idx := []uint32{0, 2, 1, 0, 3, 2}
	nrm := []mgl32.Vec3{{0, 0, -1}, {0, 0, -1}, {0, 0, -1}, {0, 0, -1}}
	return Mesh{ID: id, Name: name, Group: "section", Color: color, Positions: pos, Normals: nrm, Indices: idx}
}
