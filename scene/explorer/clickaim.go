package explorer

import (
	"math"
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
	"github.com/go-gl/mathgl/mgl64"
)

// A click on a structure the motor pathway runs through (a crus, the
// basis pontis, a pyramid, the internal capsule) is a student asking what
// a lesion of that structure does: its textbook answer is the pathway's.
// Its lesion stays by the pointer, but goes where, near the line of
// sight and inside the structure clicked, it takes the most of the
// pathway's bundles there: just inside the surface of a crus seen from in
// front the sphere missed the bundles in its middle and weakened nothing,
// and on the crus's back edge seen from the side it took the leg's fibres
// alone, the face's and the arm's running a few millimetres in front.

// aimRule is how a click on one structure aims at the pathway: prefix
// names its mesh ids, part the shipped mesh the centre must stay inside;
// depth is how far below the surface clicked, and across how far from the
// line of sight (millimetres), the centre may go; midline is how near the
// midline it may come (the basis pontis, one mesh for both sides).
type aimRule struct {
	prefix                 string
	part                   mesh.Part
	depth, across, midline float32
	// spares names the cranial nerves whose fascicles a lesion of the
	// structure takes in the textbook (the oculomotor's through the crus,
	// Weber's syndrome): the aim does not steer clear of them.
	spares []string
	// aboveCrossing keeps the centre above the highest of the atlas's
	// pyramidal decussations (by aboveCrossing millimetres): a student
	// clicking a pyramid means the pyramid, whose fibres are all still
	// uncrossed there; on its lowest tip, below the arm fibres'
	// crossing, a lesion took the leg alone, and one centred on the
	// crossing was named the decussation's.
	aboveCrossing bool
}

// aimRules are the structures whose clicks aim at the pathway. A crus is
// some 16 mm deep seen from in front, the side or behind, its bundle about
// 10 mm wide (assets/atlas/pathways.json), the face's fibres at its front
// edge: 10 mm deep and 4 across reach the bundle's middle from anywhere on
// it and keep the pointer inside the sphere of CrusRadius. The basis
// pontis is some 25 mm deep and 35 across, its bundles 5-9 mm from the
// midline, 8-12 mm in from its front and up to 12 from its back by the
// tegmentum: 9 mm across the line of sight reach them from a click on its
// back or its lateral part, where the sphere (BasisRadius) then sits up to
// 4 mm beside the pointer; nearer the bundles it goes no further than it
// must. A click within 2 mm of its midline means the side it was nearer.
// A pyramid is about 4 mm across and SmallRadius holds it whole. The
// capsule's limbs are the answer there (none for the anterior, the face
// for the genu), so its lesion keeps near the line of sight.
var aimRules = []aimRule{
	{prefix: "peduncle.", part: mesh.Crus, depth: 10, across: 4, spares: []string{"cn3", "cn3_sr_fascicle"}},
	{prefix: "pons", part: mesh.BasisPontis, depth: 12, across: 9, midline: 2},
	{prefix: "pyramid.", part: mesh.Pyramid, depth: 8, across: 1.5, aboveCrossing: true},
	{prefix: "internal_capsule.", part: mesh.InternalCapsule, depth: 8, across: 1},
}

// coarseStep is the step, in millimetres, of the places first tried,
// along and across the line of sight; about the best of them the step is
// halved, down to fineStep.
const (
	coarseStep = 2
	fineStep   = 0.5
)

// aimRuleOf returns the rule for clicks on mesh id, and whether it has one.
func aimRuleOf(id string) (aimRule, bool) {
	for _, r := range aimRules {
		if strings.HasPrefix(id, r.prefix) {
			return r, true
		}
	}
	return aimRule{}, false
}

// clickCentre returns the centre of a lesion of radius placed by a click
// on mesh id at pos: LesionCentre's, moved to the motor pathway for a
// structure that carries it (AimAtPathway).
func (e *Explorer) clickCentre(id string, pos mgl32.Vec3, radius float32) mgl32.Vec3 {
	p, eye := e.st.Proportions, e.st.Camera.Eye()
	at := LesionCentre(p, id, pos, eye, radius)
	r, ok := aimRuleOf(id)
	if !ok || e.cfg.Atlas == nil {
		return at
	}
	surface, from := p.Unwarp(pos), p.Unwarp(eye)
	return AimAtPathway(e.cfg.Atlas, r, ClickSide(id, surface, from), surface, from, at, radius)
}

// ClickSide returns the side a click on mesh id at surface point (atlas
// millimetres) seen from eye means: a paired part's own; on the basis
// pontis, one mesh for both, the side of the point clicked, or of the eye
// for a click on the midline itself, or the left one seen straight on.
func ClickSide(id string, surface, eye mgl32.Vec3) anatomy.Side {
	switch {
	case strings.HasSuffix(id, ".L"):
		return anatomy.Left
	case strings.HasSuffix(id, ".R"):
		return anatomy.Right
	case math.Abs(float64(surface[0])) > onMidline:
		return sideOf(surface[0])
	case math.Abs(float64(eye[0])) > onMidline:
		return sideOf(eye[0])
	}
	return anatomy.Left
}

// onMidline is how near the midline (mm) a point counts as on it.
const onMidline = 0.05

// sideOf returns the side x millimetres right of the midline lies on.
func sideOf(x float32) anatomy.Side {
	if x > 0 {
		return anatomy.Right
	}
	return anatomy.Left
}

// AimAtPathway returns the centre of a lesion of radius clicked, by rule's
// structure, at surface seen from eye (atlas millimetres) on side: of the
// places inside the structure on side, no deeper than rule.depth below the
// surface along the line of sight and no further than rule.across from it
// (a click within rule.midline of the midline moved out to it), the one
// where the sphere takes the most of side's motor pathway and the least of
// the other side's and of the cranial nerves' fascicles, nearest the line
// of sight and the surface of those that take as much; at, the centre just
// inside the surface, where none takes any.
func AimAtPathway(a *anatomy.Atlas, rule aimRule, side anatomy.Side, surface, eye, at mgl32.Vec3, radius float32) mgl32.Vec3 {
	dir := surface.Sub(eye)
	if dir.Len() == 0 {
		return at
	}
	dir = dir.Normalize()
	sign := float32(-1)
	if side == anatomy.Right {
		sign = 1
	}
	if rule.midline > 0 && sign*surface[0] < rule.midline {
		// A click on the midline means the side it was nearer: the ray is
		// moved out to rule.midline on that side.
		shift := sign*rule.midline - surface[0]
		surface[0] += shift
		at[0] += shift
	}
	u := dir.Cross(mgl32.Vec3{0, 0, 1})
	if u.Len() < 0.1 {
		u = dir.Cross(mgl32.Vec3{1, 0, 0})
	}
	u = u.Normalize()
	floor := float32(math.Inf(-1))
	if rule.aboveCrossing {
		floor = highestCrossing(a) + crossingClearance
		if surface[2] < floor {
			// A click below it means the pyramid just above: the ray is
			// moved up to the floor, as a midline click's is moved out,
			// and may look further across it, the pyramid's tip
			// curving back under the olive's edge there.
			shift := floor - surface[2]
			surface[2] += shift
			at[2] = max(at[2]+shift, floor)
			rule.across = max(rule.across, tipAcross)
			// Looking level there: a ray from above went below the
			// floor at once.
			if flat := (mgl32.Vec3{dir[0], dir[1], 0}); flat.Len() > 0.1 {
				dir = flat.Normalize()
			}
		}
	}
	s := aimSearch{
		rule: rule, sign: sign, radius: radius, floor: floor,
		surface: surface, dir: dir, u: u, v: dir.Cross(u),
		start: at.Sub(surface).Len(),
	}
	s.bs = nearBundles(a, side, surface, surface.Add(dir.Mul(rule.depth)), rule.across+radius+1, rule.spares)
	s.best = at
	// The places a coarse step apart, then those half as far apart about
	// the best of them, and so on: a bundle's take changes over a
	// millimetre or two, the search's whole space spans some 20.
	n := int(rule.across / coarseStep)
	for d := s.start; d <= rule.depth; d += coarseStep {
		for i := -n; i <= n; i++ {
			for j := -n; j <= n; j++ {
				s.try(d, float32(i)*coarseStep, float32(j)*coarseStep)
			}
		}
	}
	for step := float32(coarseStep / 2); step >= fineStep && s.bestScore > 0; step /= 2 {
		d0, a0, b0 := s.bestAt[0], s.bestAt[1], s.bestAt[2]
		for dd := -1; dd <= 1; dd++ {
			for i := -1; i <= 1; i++ {
				for j := -1; j <= 1; j++ {
					s.try(d0+float32(dd)*step, a0+float32(i)*step, b0+float32(j)*step)
				}
			}
		}
	}
	return s.best
}

// crossingClearance is how far (mm) above the highest crossing a
// pyramid's lesion centre keeps: a centre on it was named the
// decussation's; a radius above (3 mm) left the pyramid's lowest tip no
// place inside it, and from the side took the leg's fibres only in part.
const crossingClearance = 1

// tipAcross is how far across the line of sight (mm) the aim looks for a
// click on a pyramid below crossingClearance's floor, moved up to it.
const tipAcross = 4

// highestCrossing returns the z (mm) of the highest of a's pyramidal
// decussations, or −∞ for an atlas without any.
func highestCrossing(a *anatomy.Atlas) float32 {
	z := math.Inf(-1)
	for _, d := range a.Decussations {
		z = max(z, d.Z)
	}
	return float32(z)
}

// aimSearch is AimAtPathway's search: the line of sight from surface
// along dir, with u and v across it, and the best place found so far.
type aimSearch struct {
	rule                aimRule
	sign, radius, start float32
	// floor is the lowest a centre may lie (z, mm): rule.aboveCrossing's.
	floor              float32
	surface, dir, u, v mgl32.Vec3
	bs                 []bundle
	best               mgl32.Vec3
	bestAt             [3]float32 // depth and offsets across of best
	bestScore          float32
}

// try scores the place d below the surface along the line of sight and a,
// b across it, keeping it as the best when it lies in the search's space
// (within the structure, on its side, within its depth and offset) and
// takes more than any before; of places that take as much, the one nearer
// the pointer's line and the surface.
func (s *aimSearch) try(d, a, b float32) {
	off := float32(math.Hypot(float64(a), float64(b)))
	if d < s.start || d > s.rule.depth || off > s.rule.across {
		return
	}
	c := s.surface.Add(s.dir.Mul(d)).Add(s.u.Mul(a)).Add(s.v.Mul(b))
	if s.sign*c[0] < s.rule.midline || c[2] < s.floor || !insidePart(s.rule.part, c) {
		return
	}
	score := take(s.bs, c, s.radius)
	if score <= 0 {
		return
	}
	if score -= 0.02*off + 0.005*d; score > s.bestScore {
		s.best, s.bestAt, s.bestScore = c, [3]float32{d, a, b}, score
	}
}

// bundle is a stretch of a bundle of axons: the segment ab of radius r,
// weighted w in a click's aim (the pathway wanted +1, what is not less
// than 0); group numbers the channel or nerve it is a stretch of, taken
// once however many of its stretches a sphere reaches.
type bundle struct {
	a, b  mgl32.Vec3
	r, w  float32
	group int
	// mid and half bound the stretch: a sphere further than half+r+radius
	// from mid misses it.
	mid  mgl32.Vec3
	half float32
}

// bundleR is the radius (mm) the aim takes every pathway bundle to have:
// the atlas's stations' 1.2-1.6 mm.
const bundleR = 1.5

// nearBundles returns the bundles within reach of the stretch of the line
// of sight from from to to: side's
// corticofugal channels, each from the cortex's white matter to the
// pyramid and on to where it crosses (+1), the other side's (-1), and the
// cranial nerves' fascicles but spares' (-nerveWeight), which a lesion aimed at the pathway
// should not take as well unless clicked on.
func nearBundles(a *anatomy.Atlas, side anatomy.Side, from, to mgl32.Vec3, reach float32, spares []string) []bundle {
	var out []bundle
	group := 0
	mid, half := from.Add(to).Mul(0.5), to.Sub(from).Len()/2
	add := func(p0, p1 mgl32.Vec3, r, w float32) {
		far := p0.Add(p1).Mul(0.5).Sub(mid).Len() - half - p1.Sub(p0).Len()/2
		if far <= reach+r && segSegDist(from, to, p0, p1) <= reach+r {
			out = append(out, bundle{a: p0, b: p1, r: r, w: w, group: group, mid: p0.Add(p1).Mul(0.5), half: p1.Sub(p0).Len() / 2})
		}
	}
	for ci := range a.Channels {
		c := &a.Channels[ci]
		for _, s := range [2]anatomy.Side{anatomy.Left, anatomy.Right} {
			w := float32(1)
			if s != side {
				w = -1
			}
			var path []mgl64.Vec3
			for _, cp := range c.Course {
				path = append(path, anatomy.OnSide(cp.At, s))
			}
			if c.Kind == "corticospinal" {
				if d := a.DecussationPath(c, s.Other()); len(d) > 1 {
					path = append(path, d[1])
				}
			} else if len(path) > 0 {
				path = append(path, path[len(path)-1].Add(mgl64.Vec3{0, 0, -6}))
			}
			for i := 1; i < len(path); i++ {
				add(geom.Vec32(path[i-1]), geom.Vec32(path[i]), bundleR, w)
			}
			group++
		}
	}
	for _, nv := range a.Nerves {
		if !strings.HasPrefix(nv.ID, "cn") || strings.Contains(nv.ID, ".") || slices.Contains(spares, nv.ID) {
			continue
		}
		for _, s := range [2]anatomy.Side{anatomy.Left, anatomy.Right} {
			path := anatomy.PathOnSide(nv.Path, s)
			for i := 1; i < len(path); i++ {
				add(geom.Vec32(path[i-1]), geom.Vec32(path[i]), float32(nv.R), -nerveWeight)
			}
			group++
		}
	}
	return out
}

// nerveWeight is how much a cranial nerve's fascicle taken counts against
// a place, against 1 for each of the pathway's nine channels: a click on
// the basis pontis over the abducens fascicle takes the pathway above or
// beside it rather than a crossed syndrome the student did not aim at.
const nerveWeight = 3

// take returns how much of the bundles (grouped as nearBundles returns
// them, a group's stretches together) a sphere (c, radius) takes: for each
// channel or nerve its weight times how much of it the sphere holds where
// it passes nearest the centre, counted concavely (share·(2-share)) so
// that taking all of a bundle's channels beats taking some whole and
// missing the rest (a crus's face fibres run at its front edge). A bundle
// wanted counts as taken only once the sphere holds its middle, and
// wholly a radius of it further in: the lesion engine weakens nothing for
// a sliver of a channel's width. One not wanted counts from the first
// sliver: a nerve's fascicle grazed weakens its muscles in part.
func take(bs []bundle, c mgl32.Vec3, radius float32) float32 {
	var s, best float32
	for i, b := range bs {
		d := radius + b.r
		if c.Sub(b.mid).Len() < b.half+d {
			d = segDist(c, b.a, b.b.Sub(b.a))
		}
		share := (radius - d) / b.r
		if b.w < 0 {
			share = (radius + b.r - d) / (2 * b.r)
		}
		best = max(best, min(1, share))
		if i+1 == len(bs) || bs[i+1].group != b.group {
			s += b.w * best * (2 - best)
			best = 0
		}
	}
	return s
}

// segDist returns the distance from p to the segment from a along ab.
func segDist(p, a, ab mgl32.Vec3) float32 {
	t := float32(0)
	if l2 := ab.Dot(ab); l2 > 0 {
		t = max(0, min(1, p.Sub(a).Dot(ab)/l2))
	}
	return p.Sub(a.Add(ab.Mul(t))).Len()
}

// segSegDist returns about the distance between the segments p0p1 and
// q0q1: the least of the distances from points along the first, a
// millimetre apart, to the second.
func segSegDist(p0, p1, q0, q1 mgl32.Vec3) float32 {
	n := max(1, int(p1.Sub(p0).Len()))
	qq := q1.Sub(q0)
	d := float32(math.Inf(1))
	for k := 0; k <= n; k++ {
		d = min(d, segDist(p0.Add(p1.Sub(p0).Mul(float32(k)/float32(n))), q0, qq))
	}
	return d
}
