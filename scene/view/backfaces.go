package view

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// The glass look's far side. A translucent shell is drawn as glass is
// seen: its back faces, then what lies inside it, then its front faces;
// the one depth sort of the frame puts each in its place. Drawing the
// back faces at full detail cost 40–90 % more frame time, so they are
// drawn from the coarse level of detail (about a third of the triangles:
// seen through the near side they are blurred anyway), of the cortex only
// (the far side's gyri; the smaller shells' backs add little but
// triangles), without the medial walls (farSide), only in a still frame
// (a moving camera does without), not while a mode fades the model and
// not under a section's clip. Seen from one side, the far hemisphere lies
// wholly behind the near one's glass, and its near side too is drawn
// coarse (planGlass): such a frame costs less than one without far sides
// did, one seen from in front, behind, above or below about a fifth more
// (BenchmarkFrameViews), a frame orbiting a few per cent more
// (BenchmarkFrame).

// backFace is the frame's mesh number of a back face: past every model
// mesh, so that picking, which only takes what it sees, never takes one.
const backFace = math.MaxUint16

// How the far side is drawn, against the near side's glass: fainter and
// darker.
const (
	backAlpha = 0.7
	backShade = 0.85
)

// backMesh is a model mesh's far side as the glass look draws it.
type backMesh struct {
	mesh int
	// data is, per proportion, the coarse mesh's vertices with only the
	// triangles that may show as the far side (see farSide).
	data [2]meshData
}

// prepareBacks picks the cortex's shells and, of each one's coarse
// triangles, those farSide keeps, once for both proportions (the cortex
// lies above the foramen, so they share their vertices).
func (r *Renderer) prepareBacks() {
	for mi := range r.model.Meshes {
		m := &r.model.Meshes[mi]
		if !m.Cortex || !m.Shell || m.Quarter != geom.NoQuarter {
			continue
		}
		b := backMesh{mesh: mi}
		coarse := r.data[geom.TrueScale][1][mi]
		idx := farSide(coarse.pos, coarse.idx, m.Side)
		for p := range b.data {
			b.data[p] = r.data[p][1][mi]
			// The coarse mesh's vertices and bounds, its own
			// triangles' planes.
			b.data[p].idx = idx
			if p > 0 && sameSlice(b.data[p].pos, b.data[0].pos) {
				b.data[p].planes = b.data[0].planes
			} else {
				b.data[p].planes = facePlanes(b.data[p].pos, idx)
			}
		}
		r.backs = append(r.backs, b)
	}
}

// medialMM is how near the midline (mm) a triangle of the cortex's
// medial wall lies, and medialFacing how squarely it faces the midline.
const (
	medialMM     = 15
	medialFacing = 0.5
)

// farSide returns the triangles of a hemisphere's part (on side) that
// its far side is drawn with, wound the other way, so that the frame's
// culling of faces turned away keeps just those: all but its medial
// wall. Seen from the
// side, a hemisphere's medial wall is its far side, but it stands in
// front of the other hemisphere's deep parts and pathways, which it would
// veil, and the other hemisphere's medial wall, drawn as its near side,
// shows its gyri there already; seen from above, below, in front or
// behind, the medial walls are seen edge on, as a line the near sides
// draw. Leaving it out spares a fifth of the far side's triangles.
func farSide(pos []mgl32.Vec3, idx []uint32, side anatomy.Side) []uint32 {
	toMidline := float32(1) // the left hemisphere's medial wall faces +x
	if side == anatomy.Right {
		toMidline = -1
	}
	out := make([]uint32, 0, len(idx))
	for i := 0; i+2 < len(idx); i += 3 {
		a, b, c := pos[idx[i]], pos[idx[i+1]], pos[idx[i+2]]
		n := b.Sub(a).Cross(c.Sub(a))
		x := (a[0] + b[0] + c[0]) / 3
		if l := n.Len(); l > 0 && abs(x) < medialMM && toMidline*n[0]/l > medialFacing {
			continue
		}
		out = append(out, idx[i], idx[i+2], idx[i+1])
	}
	return out
}

// glassPlan is how a frame draws the cortex's glass.
type glassPlan struct {
	// backs says the frame draws far sides at all: the glass look, a
	// still frame, the model not dimmed, nothing clipped (seen from
	// below a section, the far side would be the inside of the cortex's
	// dome, a grey veil behind the cut face).
	backs bool
	// oneSide says the camera is clearly on one side of the head, far
	// being the hemisphere away from it.
	oneSide bool
	far     anatomy.Side
}

// Beyond oneSideShare of its distance to one side of the midline, the
// camera looks at one hemisphere through the other (20° off the
// midsagittal plane: the far hemisphere then lies behind the near one's
// glass, and drawing it coarse keeps an orbiting frame near the cost it
// had before far sides were drawn). The far side is left out at or above
// dimmedShare of Dim: the model is faded behind a trace or a lesion, and
// those modes redraw every tick.
const (
	oneSideShare = 0.35
	dimmedShare  = 0.5
)

// planGlass returns how the frame draws the cortex. Seen from one side,
// the far hemisphere lies wholly behind the near one's glass: it is drawn
// from the coarse level of detail, its near side and its far side, while
// the near hemisphere's far side, which is its medial wall and what the
// camera sees edge on, is left out. Seen from in front, behind, above or
// below, both hemispheres are drawn fine with their far sides coarse.
func (r *Renderer) planGlass(cam *Camera, opt FrameOptions) glassPlan {
	g := glassPlan{backs: opt.Look == geom.Glass && !opt.Moving && opt.Dim < dimmedShare && !opt.Clip}
	if !g.backs {
		return g
	}
	g.oneSide, g.far = r.farHemisphere(cam)
	return g
}

// farHemisphere reports whether cam is clearly on one side of the head
// (oneSideShare), and the hemisphere away from it.
func (r *Renderer) farHemisphere(cam *Camera) (oneSide bool, far anatomy.Side) {
	x := cam.Eye()[0] - r.model.Centre[0]
	switch {
	case x < -oneSideShare*cam.Distance:
		return true, anatomy.Right
	case x > oneSideShare*cam.Distance:
		return true, anatomy.Left
	}
	return false, far
}

// behindNear reports whether m is the far hemisphere's cortex, the camera
// being on one side of the head (farHemisphere).
func behindNear(m *geom.Mesh, oneSide bool, far anatomy.Side) bool {
	return oneSide && m.Cortex && m.Side == far && m.Quarter == geom.NoQuarter
}

// seenThrough reports whether m is drawn from its coarse level of detail
// because the frame sees it only through the near hemisphere's glass.
func (g glassPlan) seenThrough(m *geom.Mesh) bool {
	return behindNear(m, g.oneSide, g.far)
}

// drawsBack reports whether the frame draws m's far side (m being one of
// r.backs' meshes).
func (g glassPlan) drawsBack(m *geom.Mesh) bool {
	return g.backs && (!g.oneSide || m.Side == g.far)
}
