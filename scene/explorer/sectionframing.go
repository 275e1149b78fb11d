package explorer

import (
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// sectionCamera looks up at the section's cut face from below, as a scan
// is seen, the whole slice framed in the free area (wholeSection). A
// tour's step frames what its author points at instead (stepCamera).
func (e *Explorer) sectionCamera() view.Camera {
	cam := e.st.Camera
	AimAtSection(&cam, e.cfg.Atlas, e.Level(), e.st.Proportions)
	w, h, area := e.FreeArea()
	return view.FrameOn(cam, w, h, area, e.wholeSection(nil), e.sectionContext())
}

// wholeSection appends the corners of the box a section's view takes in,
// in drawn millimetres, to dst and returns it: through the brainstem its
// own cut, the cerebellum behind it left to run off; above it the whole
// cut face, so that no part of the slice runs off the screen; in the cord
// its widest segment's box, so that every segment is seen at one scale
// and the enlargements show (geom.SectionBox).
func (e *Explorer) wholeSection(dst []mgl32.Vec3) []mgl32.Vec3 {
	lo, hi, ok := geom.SectionBox(e.cfg.Atlas, e.Level())
	if !ok {
		return e.sectionPoints(dst)
	}
	p := e.st.Proportions
	return append(dst, p.Warp(lo), p.Warp(mgl32.Vec3{hi[0], lo[1], lo[2]}),
		p.Warp(mgl32.Vec3{lo[0], hi[1], lo[2]}), p.Warp(hi))
}

// sectionContext returns the least radius, in millimetres, framed about a
// section's cut: none in the cord, whose framed box already sets one
// scale for every segment, and which a wider ring would shrink;
// cutContext above it.
func (e *Explorer) sectionContext() float32 {
	if e.Level().Z < e.cfg.Atlas.Segment(0).Top {
		return 0
	}
	return cutContext
}
