package explorer

import (
	"github.com/decussate/decussate/scene/explorer/screen"
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
	return e.frameSection(cam, e.wholeSection(nil))
}

// frameSection returns cam framing pts (a section's box and what is
// marked on it) in the free area, with room about the cut for the
// letters of its sides (sectionMarks): framed in the whole area, a cut
// between panels above and below reached them, and its A and P, kept off
// the panels, were drawn over the cut. Only a cut that leaves the letters
// too little room is framed again, in the area less a band each side, so
// that where there is room the cut keeps its size.
func (e *Explorer) frameSection(cam view.Camera, pts []mgl32.Vec3) view.Camera {
	w, h, area := e.FreeArea()
	framed := view.FrameOn(cam, w, h, area, pts, e.sectionContext())
	sh := e.shownScreen()
	mw, mh := screen.MarkRoom(screen.NewMetrics(sh.w, sh.h, sh.ratio, e.st.Presenter))
	x0, y0, x1, y1, ok := projectedBox(framed, w, h, pts)
	if !ok || x0-mw >= area.X0 && x1+mw <= area.X1 && y0-mh >= area.Y0 && y1+mh <= area.Y1 {
		return framed
	}
	area.X0, area.X1 = area.X0+mw, area.X1-mw
	area.Y0, area.Y1 = area.Y0+mh, area.Y1-mh
	if area.X1 <= area.X0 || area.Y1 <= area.Y0 {
		return framed
	}
	room := view.FrameOn(cam, w, h, area, pts, e.sectionContext())
	// A cut much smaller than it could be is worse than a letter left
	// out (the screen leaves out a mark that would lie over its cut).
	if rx0, _, rx1, _, ok := projectedBox(room, w, h, pts); !ok || rx1-rx0 < keepCut*(x1-x0) {
		return framed
	}
	return room
}

// keepCut is the least share of its size a cut keeps when framed again
// to leave its sides' letters room.
const keepCut = 0.8

// projectedBox returns the screen box of pts seen by cam on a w × h
// screen; ok is false when one is behind the camera.
func projectedBox(cam view.Camera, w, h int, pts []mgl32.Vec3) (x0, y0, x1, y1 float32, ok bool) {
	for i, p := range pts {
		x, y, in := cam.Project(p, w, h)
		if !in {
			return 0, 0, 0, 0, false
		}
		if i == 0 {
			x0, y0, x1, y1 = x, y, x, y
		}
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	return x0, y0, x1, y1, len(pts) > 0
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
