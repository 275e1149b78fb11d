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
// around it, a trace's whole path when the author drew back to show it
// from cortex to muscle, and otherwise the part of the model the
// author's camera shows (viewRadius about its target), its orientation
// kept.

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
		// A section is seen as a scan is, whatever camera the step set,
		// and framed as the section mode frames it (sectionCamera): the
		// brainstem's own cut, the cord's at one scale for every
		// segment, with the lesions' marks on it.
		AimAtSection(&cam, e.cfg.Atlas, e.Level(), s.Proportions)
		pts := e.wholeSection(nil)
		if res, _ := e.Result(); s.Lesioning() && res != nil {
			// The lesions' marks on the cut, not the whole of a nerve
			// they took, which runs far below it.
			for _, m := range SectionLesionMarks(e.cfg.Atlas, e.Level().Z, s.Lesions, res) {
				for _, v := range m.Positions {
					pts = append(pts, s.Proportions.Warp(v))
				}
			}
		}
		return e.frameSection(cam, pts), true
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
	case step.Arrived && s.Mode == Trace:
		// Where the trace ends, as its end frames it: the limb from the
		// cord to the muscles, named (musclemarks.go).
		return e.musclesCamera()
	case step.Camera != nil:
		if pts := e.pathPoints(); s.Mode == Trace && drawnBackTo(cam, pts) {
			// The author drew back to show the whole path, cortex to
			// muscle: the path is the target, not the middle of the
			// author's landscape screen, which on another screen cuts
			// off the brain above or leaves the hand's nerves in empty
			// space.
			return view.FrameOn(cam, w, h, area, pts, 0), true
		}
		return view.FrameOn(cam, w, h, area, []mgl32.Vec3{cam.Target}, viewRadius(cam)), true
	}
	return cam, false
}

// drawnBackTo tells whether the camera, on the landscape screen a tour is
// written for with the model alone, is drawn back to show pts, a trace's
// path reaching past the head (a limb's), whole or nearly: as a step
// showing a hand's path from cortex to muscle is. A closer step (the
// capsule) shows part of such a path; a face's path, the head's size, is
// framed about what the author centred on.
func drawnBackTo(c view.Camera, pts []mgl32.Vec3) bool {
	if len(pts) == 0 {
		return false
	}
	lo, hi := view.Bounds(pts)
	if d := hi.Sub(lo); max(d[0], d[1], d[2]) < limbPath {
		return false
	}
	const w, h = 1280, 720
	in := 0
	for _, p := range pts {
		if x, y, ok := c.Project(p, w, h); ok && x >= 0 && x <= w && y >= 0 && y <= h {
			in++
		}
	}
	return float32(in) >= wholeShare*float32(len(pts))
}

// wholeShare is the share of a path a step's camera must show for the
// step to be drawn back to the path; limbPath, in millimetres, is longer
// than any path within the head.
const (
	wholeShare = 0.9
	limbPath   = 200
)

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

// stepCut tells whether a tour's step shows a section: its trace is then
// shown by the traced fibres lit on the cut (geom.Section), not by its
// tubes and action potentials. Kept in a thin slab on the camera's side
// of the cut, as the section mode keeps them, a tube running nearly in
// the plane (a C8 root and the plexus, drawn a third as long below the
// foramen magnum; the crossing fibres at the decussation) lies over the
// cut face from the screen's edge to the cord, and what the caption talks
// about, the tract's place on the cut, is under it.
func (e *Explorer) stepCut() bool { return e.player != nil && e.st.Section != "" }
