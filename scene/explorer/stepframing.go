package explorer

import (
	"math"
	"strings"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/tour"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// A tour's step names a camera as its author saw it on a landscape screen
// with nothing over the model. Played on a phone, or in presenter mode
// under a large caption, or beside lesion mode's panels, the same camera
// puts what the step shows under a panel or past the screen's edge. So a
// step is framed, as a lesion placed is, into what the panels leave: a
// section's cut face from below, a lesion's points with the structures
// around it, and otherwise the part of the model the author's camera
// shows (viewRadius about its target), its orientation kept.

// viewRadius is the radius about a camera's target that the camera shows
// on the screen a tour is written for (a landscape one, the model alone),
// as FrameOn fills it: framed again on that screen the camera does not move.
func viewRadius(c view.Camera) float32 {
	return view.FrameFill * c.Distance * float32(math.Tan(float64(c.FOV)/2))
}

// stepCamera returns the camera that shows what the step open now shows,
// in the free area, from the step's camera as its author set it; false
// when the step shows nothing to frame (no camera, section or lesion).
func (e *Explorer) stepCamera(step tour.Step, authored view.Camera) (view.Camera, bool) {
	s := &e.st
	w, h, area := e.FreeArea()
	cam := authored
	switch {
	case s.Section != "":
		// A section is seen as a scan is, whatever camera the step set:
		// its cut face and the lesions' marks on it framed.
		AimAtSection(&cam, e.cfg.Atlas, e.Level(), s.Proportions)
		pts := e.sectionPoints(nil)
		if res, _ := e.Result(); s.Lesioning() && res != nil {
			// The lesions' marks on the cut, not the whole of a nerve
			// they took, which runs far below it.
			for _, m := range SectionLesionMarks(e.cfg.Atlas, e.Level().Z, s.Lesions, res) {
				for _, v := range m.Positions {
					pts = append(pts, s.Proportions.Warp(v))
				}
			}
		}
		return view.FrameOn(cam, w, h, area, pts, cutContext), true
	case s.Lesioning() && len(s.Lesions) > 0:
		pts := e.LesionPoints()
		context := float32(lesionContext)
		if step.Camera != nil {
			// The author's camera says how much around the lesion the
			// step shows.
			context = max(context, viewRadius(cam))
		} else {
			lo, hi := view.Bounds(pts)
			cam = view.FaceSide(cam, (lo[0]+hi[0])/2)
		}
		return view.FrameOn(cam, w, h, area, pts, context), true
	case step.Camera != nil:
		return view.FrameOn(cam, w, h, area, []mgl32.Vec3{cam.Target}, viewRadius(cam)), true
	}
	return cam, false
}

// sectionPoints appends what framing a section takes in, in drawn
// millimetres, to dst and returns it: in the brainstem and the brain, the
// box of the cut's named parts without the hemispheres' and cerebellum's
// sheets (geom.SectionAim's; a lesion of the medulla is then larger than
// a speck beside the cerebellum); in the cord, its cut face. The traced
// fibres' marks on the cut are left out: where the cut crosses a traced
// arm's nerves they lie a hand's breadth beside the cord, which they
// would shrink to a dot.
func (e *Explorer) sectionPoints(dst []mgl32.Vec3) []mgl32.Vec3 {
	p := e.st.Proportions
	l := e.Level()
	if real, err := geom.ShippedSectionAnatomy(); err == nil && l.Z >= e.cfg.Atlas.Segment(0).Top {
		if lo, hi, ok := real.FaceBounds(l.Z); ok {
			z := float32(l.Z)
			return append(dst, p.Warp(mgl32.Vec3{lo[0], lo[1], z}), p.Warp(mgl32.Vec3{hi[0], lo[1], z}),
				p.Warp(mgl32.Vec3{lo[0], hi[1], z}), p.Warp(mgl32.Vec3{hi[0], hi[1], z}))
		}
	}
	for _, m := range e.SectionMeshes() {
		if strings.HasPrefix(m.ID, tracedMark) {
			continue
		}
		for _, v := range m.Positions {
			dst = append(dst, p.Warp(v))
		}
	}
	return dst
}

// tracedMark starts the id of a traced fibre's mark on a section's cut
// (geom.Section).
const tracedMark = "section.traced."
