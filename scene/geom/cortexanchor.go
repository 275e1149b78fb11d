package geom

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
	"github.com/go-gl/mathgl/mgl32"
)

// frontalTarget is where the label of the cerebral cortex as a whole
// points, on the left: the lateral frontal lobe (middle frontal gyrus),
// well in front of the motor strip, which has a label of its own.
var frontalTarget = mgl32.Vec3{-42, 32, 30}

// The search for a label's anchor: within anchorReach millimetres of its
// target, the vertex of its own region on a gyrus's crown farthest (up to
// borderRoom) from any other region, so that the leader line ends on the
// part it names and not on its edge, nor in a sulcus the view hides.
const (
	anchorReach = 30
	borderRoom  = 8
)

// regionAnchors returns where each of cortexRegions' labels points on
// surface s (vertex labels labels, sulcal depths depth): for the cortex
// as a whole the lateral frontal lobe, for the precentral gyrus the
// middle of the strip at the hand area (areas' "hand"), each on its own
// region's crown away from its borders (interiorVertex); for the regions
// without a label, their nearest vertex to their mean.
func regionAnchors(s solid, labels []mesh.Label, depth []float32, areas []anatomy.Area) []mgl32.Vec3 {
	region := labelRegions()
	out := make([]mgl32.Vec3, len(cortexRegions))
	for ri, reg := range cortexRegions {
		var own []mgl32.Vec3
		for i, p := range s.pos {
			if region[labels[i]] == int8(ri) {
				own = append(own, p)
			}
		}
		target := meanOf(own)
		switch reg.id {
		case "hemisphere":
			target = frontalTarget
		case "precentral":
			for _, ar := range areas {
				if ar.ID == "hand" {
					target = Vec32(ar.At)
				}
			}
		default:
			out[ri] = nearestVertex(own, target)
			continue
		}
		out[ri] = interiorVertex(s, depth, func(i int) bool { return region[labels[i]] == int8(ri) }, target)
	}
	return out
}

// interiorVertex returns the vertex of s for which own holds that best
// carries a label aimed at target: near it, on a crown (small depth) and
// at least borderRoom millimetres from any vertex own does not hold; the
// nearest own vertex when none lies within anchorReach.
func interiorVertex(s solid, depth []float32, own func(int) bool, target mgl32.Vec3) mgl32.Vec3 {
	var cand, border []int
	nearest, nearestD := -1, float32(math.MaxFloat32)
	for i, p := range s.pos {
		d := p.Sub(target).Len()
		if own(i) {
			if d < nearestD {
				nearest, nearestD = i, d
			}
			if d < anchorReach {
				cand = append(cand, i)
			}
		} else if d < anchorReach+borderRoom {
			border = append(border, i)
		}
	}
	if nearest < 0 {
		return target
	}
	best, bestScore := nearest, float32(math.MaxFloat32)
	for _, i := range cand {
		p := s.pos[i]
		room := float32(borderRoom * borderRoom)
		for _, j := range border {
			room = min(room, p.Sub(s.pos[j]).LenSqr())
		}
		// A millimetre nearer the target is worth a third of one further
		// from the border; a vertex half-way down a sulcus, 15 mm.
		score := p.Sub(target).Len() + 3*(borderRoom-float32(math.Sqrt(float64(room)))) + 30*depth[i]
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	return s.pos[best]
}

// cutMargin is how far inside the part a quarter leaves (mm) a cut
// part's label points: not on the cut's edge, where the line would seem
// to name the flat cap.
const cutMargin = 6

// keptAnchor returns where the label of a part cut by quarter b points:
// its anchor if the cut kept it, else the vertex of pos (what the cut
// kept) nearest it that lies at least cutMargin inside either of the
// quarter's planes. ok is false when no vertex does: the cut left a
// sliver along its edge, which a label would seem to name the cap by.
func keptAnchor(pos []mgl32.Vec3, anchor mgl32.Vec3, b quarterBox) (at mgl32.Vec3, ok bool) {
	if b.wall(anchor) < 0 || b.floor(anchor) < 0 {
		return nearestVertex(pos, anchor), true
	}
	var clear []mgl32.Vec3
	for _, p := range pos {
		if b.wall(p) < -cutMargin || b.floor(p) < -cutMargin {
			clear = append(clear, p)
		}
	}
	if len(clear) == 0 {
		return nearestVertex(pos, anchor), false
	}
	return nearestVertex(clear, anchor), true
}

// NearCut reports whether p, a point of a part cut for quarter q, lies
// within cutMargin of the cut: a label pointing there would seem to name
// the flat cap (scene/view's labels avoid it). It is a function, not a
// method of Quarter: a method taking a mathgl vector would put mathgl's
// types in the browser build's interface tables wherever a Quarter is
// formatted (cmd/decussate's linker_test).
func NearCut(q Quarter, p mgl32.Vec3) bool {
	if q == NoQuarter {
		return false
	}
	if q.Side() == anatomy.Right {
		p[0] = -p[0]
	}
	b := quarterBox{front: q.Front()}
	return b.wall(p) > -cutMargin && b.floor(p) > -cutMargin
}
