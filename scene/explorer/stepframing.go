package explorer

import (
	"math"
	"strings"

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
		// its cut face and its lesions' marks framed.
		AimAtSection(&cam, e.cfg.Atlas, e.Level(), s.Proportions)
		pts := e.sectionPoints(nil)
		if s.Lesioning() {
			pts = append(pts, e.LesionPoints()...)
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

// sectionPoints appends the section's cut face, in drawn millimetres, to
// dst and returns it. The traced fibres' marks on the cut are left out:
// where the cut crosses a traced arm's nerves they lie a hand's breadth
// beside the cord, which they would shrink to a dot.
func (e *Explorer) sectionPoints(dst []mgl32.Vec3) []mgl32.Vec3 {
	p := e.st.Proportions
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
