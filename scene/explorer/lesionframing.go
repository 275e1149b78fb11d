package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// Framing a lesion: the camera shows the lesions placed, and what the
// engine found destroyed, with enough about them to tell where in the
// brain they lie, from a side that sees them. framing.go decides when.

// nearMidline is how far from the midline, in millimetres, a lesion's
// middle may lie in the hemispheres above vertexFloor (the paracentral
// lobule, the vertex's white matter) and be framed from the side the
// camera looks from, whichever it is. Deeper down (the thalami, the
// brainstem, the cord) the other half stands in front of it, and it is
// seen from its own side.
const (
	nearMidline = 12
	vertexFloor = 30
)

// lesionCamera returns the camera that shows the lesions in the free area,
// seen from where the student looks (lesionView), with enough about them
// to tell where in the brain they lie (lesionSurround).
func (e *Explorer) lesionCamera() view.Camera {
	pts := e.LesionPoints()
	w, h, area := e.FreeArea()
	lo, hi := view.Bounds(pts)
	x := (lo[0] + hi[0]) / 2
	if x > -nearMidline && x < nearMidline && lo[2] > vertexFloor {
		// Seen from either side a lesion this near the midline at
		// the vertex is in view: the person's side is kept, not swung
		// to the other.
		x = 0
	}
	cam := e.MoveGoal()
	if e.st.Section == "" || !sectionView(cam) {
		// A section seen from above shows the lesion's mark on its
		// face, nothing in front: the view is kept as it is.
		cam = lesionView(cam, x, lo[2], e.st.Look)
	}
	pts, context := e.lesionSurround(pts)
	return view.FrameOn(cam, w, h, area, pts, context)
}

// cortexContext is the surroundings framed about a lesion of the cortex,
// in millimetres: the lobes about it, so that from the side the student
// sees where on the hemisphere it lies; deepContext about a deep one (the
// capsule, the thalamus), the basal ganglia and thalamus about it and the
// hemisphere's walls beyond them, not a close-up of fibres. One in the
// cord keeps lesionContext, a few segments; one in the brainstem is
// framed with the whole brainstem (brainstemBox).
const (
	cortexContext = 50
	deepContext   = 40
)

// cortexDepth is how far from its hemisphere's middle (mm) a lesion's
// centre lies on the cortex or just under it: the capsule and thalamus lie
// about 20 mm from it, the hand knob and the paracentral lobule 45-55.
const cortexDepth = 32

// brainstemBox is the corners of a box about the brainstem, from the top
// of the crura to the foramen magnum (atlas millimetres).
var brainstemBox = [2]mgl32.Vec3{{-20, -45, -68}, {20, -5, -2}}

// lesionSurround returns the points lesion mode frames about a lesion's
// points pts and the context radius about them: the whole brainstem about
// a lesion there, the lobes about one of the cortex, the deep nuclei about
// one deep in a hemisphere, a few segments about one in the cord, so that the student sees where in the
// brain it lies, not a close-up of fibres.
func (e *Explorer) lesionSurround(pts []mgl32.Vec3) ([]mgl32.Vec3, float32) {
	context := float32(lesionContext)
	stem := false
	for _, s := range e.st.Lesions {
		z := s.Centre[2]
		if !s.Sphere() {
			z = centreZ(pts)
		}
		switch {
		case z >= brainstemTop:
			context = max(context, deepContext)
			if s.Sphere() && s.Centre.Sub(hemisphereCentre(s.Centre[0])).Len() > cortexDepth {
				context = max(context, cortexContext)
			}
		case z >= geom.ForamenZ:
			stem = true
		}
	}
	if stem {
		// The box about the brainstem, and lesionContext about the
		// lesion's middle as FrameOn's ring would frame it (the ring
		// goes about the middle of everything framed, here the
		// brainstem's).
		p := e.st.Proportions
		lo, hi := view.Bounds(pts)
		mid := lo.Add(hi).Mul(0.5)
		out := append([]mgl32.Vec3(nil), pts...)
		out = append(out, p.Warp(brainstemBox[0]), p.Warp(brainstemBox[1]))
		for k := 0; k < 3; k++ {
			d := mgl32.Vec3{}
			d[k] = context
			out = append(out, mid.Add(d), mid.Sub(d))
		}
		return out, context
	}
	return pts, context
}

// centreZ returns the height of the middle of the box holding pts (drawn
// millimetres; above the cord, atlas ones).
func centreZ(pts []mgl32.Vec3) float32 {
	lo, hi := view.Bounds(pts)
	return (lo[2] + hi[2]) / 2
}

// lesionView returns cam turned, as little as need be, to see a lesion
// whose middle lies x mm right of the midline and whose lowest point is at
// height low, in look: the student's yaw and pitch are kept, unless
// something opaque stands between: the other half of the brainstem or
// cord, or (outside the glass look) the other hemisphere. Then the camera
// looks from the lesion's side; from above or below the brain (outside the
// glass look, or at the brainstem) it looks from the usual height.
func lesionView(cam view.Camera, x, low float32, look geom.Look) view.Camera {
	const (
		sideYaw  = 0.75 // the first view's
		midline  = 2
		other    = 0.26 // sin 15°: the camera on the other side
		maxPitch = 0.6
		minPitch = -0.35
	)
	seeThrough := look == geom.Glass && low >= brainstemTop
	if !seeThrough {
		eyeLeft := float32(math.Sin(float64(cam.Yaw))) // > 0: the eye on the left
		switch {
		case x < -midline && eyeLeft < other:
			cam.Yaw = sideYaw
		case x > midline && eyeLeft > -other:
			cam.Yaw = -sideYaw
		}
		if cam.Pitch > maxPitch || cam.Pitch < minPitch {
			cam.Pitch = view.DefaultCamera().Pitch
		}
	}
	return cam
}

// LesionPoints returns what lesion mode shows of the lesions, in drawn
// millimetres: each sphere, and what the engine found destroyed (the
// stretch of a bundle near a sphere, all of a named site's).
func (e *Explorer) LesionPoints() []mgl32.Vec3 {
	p := e.st.Proportions
	var pts, spheres []mgl32.Vec3
	var radii []float32
	for _, s := range e.st.Lesions {
		if !s.Sphere() {
			continue
		}
		spheres, radii = append(spheres, s.Centre), append(radii, s.Radius)
		for k := 0; k < 3; k++ {
			d := mgl32.Vec3{}
			d[k] = s.Radius
			pts = append(pts, p.Warp(s.Centre.Add(d)), p.Warp(s.Centre.Sub(d)))
		}
	}
	if res, _ := e.Result(); res != nil {
		for _, d := range res.Destroyed {
			if d.Share < 0.3 {
				continue // lesion mode does not draw it
			}
			for _, q := range d.Path {
				v := geom.Vec32(q)
				if near(v, spheres, radii) || len(spheres) == 0 {
					pts = append(pts, p.Warp(v))
				}
			}
		}
	}
	return pts
}

// near tells whether v lies within a sphere's reach: a bundle a sphere cuts
// may run far beyond it, and only where it is cut is framed.
func near(v mgl32.Vec3, centres []mgl32.Vec3, radii []float32) bool {
	for i, c := range centres {
		if v.Sub(c).Len() < radii[i]+destroyedReach {
			return true
		}
	}
	return false
}

// placedAnew tells whether a lesion was placed or moved since before (a
// preset's sites count as placed): not when the lesions were only resized
// or some taken away, which frame nothing.
func placedAnew(before, now []Placed) bool {
	i := 0
	for _, p := range now {
		for i < len(before) && !samePlace(before[i], p) {
			i++
		}
		if i == len(before) {
			return true
		}
		i++
	}
	return false
}

// samePlace tells two lesions at the same place, whatever their sizes.
func samePlace(a, b Placed) bool { return a.Site == b.Site && a.Centre == b.Centre }
