package explorer

import (
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// A click on a structure the motor pathway runs through (a crus, the
// basis pontis, a pyramid, the internal capsule) is a student asking what
// a lesion of that structure does: its textbook answer is the pathway's.
// Its lesion stays under the pointer, on the line of sight, but goes as
// deep along it as takes most of the pathway's bundles there, within
// aimDepth of the surface: just inside the surface of a crus seen from in
// front the sphere missed the bundles in its middle and weakened nothing.

// aimDepth is how far below the surface clicked, in millimetres, a
// lesion may go to take the pathway: about half a crus's depth from its
// front or side, so that the centre stays in the structure clicked;
// ponsAimDepth in the basis pontis, some 35 mm across, whose bundles run
// 5-9 mm from the midline, 10-15 mm in from its sides.
const (
	aimDepth     = 8
	ponsAimDepth = 12
)

// aimStep is the step, in millimetres, of the depths tried.
const aimStep = 0.5

// carriesPathway tells the mesh ids of the structures the motor pathway
// runs through, whose clicks aim at it.
func carriesPathway(id string) bool {
	for _, part := range [...]string{"peduncle.", "pons", "pyramid.", "internal_capsule."} {
		if strings.HasPrefix(id, part) {
			return true
		}
	}
	return false
}

// clickCentre returns the centre of a lesion of radius placed by a click
// on mesh id at pos: LesionCentre's, taken deeper along the line of sight
// to the motor pathway for a structure that carries it.
func (e *Explorer) clickCentre(id string, pos mgl32.Vec3, radius float32) mgl32.Vec3 {
	p, eye := e.st.Proportions, e.st.Camera.Eye()
	at := LesionCentre(p, id, pos, eye, radius)
	if !carriesPathway(id) || e.cfg.Atlas == nil {
		return at
	}
	depth := float32(aimDepth)
	if id == "pons" {
		depth = ponsAimDepth
	}
	return AimAtPathway(e.cfg.Atlas, p.Unwarp(pos), p.Unwarp(eye), at, radius, depth)
}

// AimAtPathway returns the centre, on the line of sight from eye through
// surface (atlas millimetres) and no deeper than aimDepth, of the sphere of
// radius that holds the most of the corticofugal channels' courses (on the
// side of the surface clicked, sampled every millimetre), no more than
// depth below the surface; at, the centre just inside the surface, when
// none reaches any.
func AimAtPathway(a *anatomy.Atlas, surface, eye, at mgl32.Vec3, radius, depth float32) mgl32.Vec3 {
	dir := surface.Sub(eye)
	if dir.Len() == 0 {
		return at
	}
	dir = dir.Normalize()
	pts := pathwayPoints(a, surface[0] > 0)
	best, bestN := at, 0
	start := at.Sub(surface).Len()
	for d := start; d <= depth; d += aimStep {
		c := surface.Add(dir.Mul(d))
		n := 0
		for _, q := range pts {
			if q.Sub(c).Len() <= radius {
				n++
			}
		}
		if n > bestN {
			best, bestN = c, n
		}
	}
	return best
}

// pathwayPoints returns the corticofugal channels' courses, left or (with
// right) mirrored to the right, as points a millimetre apart.
func pathwayPoints(a *anatomy.Atlas, right bool) []mgl32.Vec3 {
	var pts []mgl32.Vec3
	for _, ch := range a.Channels {
		for i := 1; i < len(ch.Course); i++ {
			p0, p1 := geom.Vec32(ch.Course[i-1].At), geom.Vec32(ch.Course[i].At)
			if right {
				p0[0], p1[0] = -p0[0], -p1[0]
			}
			n := max(1, int(p1.Sub(p0).Len()))
			for k := 0; k < n; k++ {
				pts = append(pts, p0.Add(p1.Sub(p0).Mul(float32(k)/float32(n))))
			}
			if i == len(ch.Course)-1 {
				pts = append(pts, p1)
			}
		}
	}
	return pts
}
