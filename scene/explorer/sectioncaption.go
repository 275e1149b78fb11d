package explorer

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// sectionConvention is how a section is seen, which its caption says: from
// below, as an axial scan is shown (the radiological convention), so that
// the patient's right lies on the viewer's left.
const sectionConvention = "seen from below, as scans are: the patient's right on your left"

// sectionWords keeps what a frame says of the section at one level: its
// caption and the box its sides are marked about, which a frame would
// otherwise build anew (a string, a walk over the cut face) every time.
type sectionWords struct {
	level string
	// title names the level alone (Frame.Caption); caption says more.
	title   string
	caption string
	lo, hi  mgl32.Vec3
	boxed   bool
}

// words returns the section's words for the level shown now.
func (e *Explorer) words() *sectionWords {
	w := &e.sectionWords
	l := e.Level()
	if w.level == l.ID && w.caption != "" {
		return w
	}
	w.level, w.title = l.ID, "Section: "+l.Name
	w.caption = w.title
	if l.Z < e.cfg.Atlas.Segment(0).Top {
		if lv, err := anatomy.ParseLevel(l.ID); err == nil {
			seg := e.cfg.Atlas.Segment(lv)
			w.caption += fmt.Sprintf(", %.1f × %.1f mm", 2*seg.RX, 2*seg.RY)
		}
	}
	w.caption += "  ·  " + sectionConvention
	w.lo, w.hi, w.boxed = geom.SectionBox(e.cfg.Atlas, l)
	return w
}

// sectionCaption returns the caption of the section shown: its level, in
// the cord the segment's measured width by depth (segments.json), so
// that the enlargements read in millimetres too, and how it is seen.
func (e *Explorer) sectionCaption() string { return e.words().caption }

// markGap is how far beyond the framed cut a side's letter goes, as a
// share of the cut's size.
const markGap = 0.06

// sectionMarks appends the letters of the section's sides to dst, where
// they land on a w × h screen seen by cam: A (anterior) in front of the
// cut and P behind it, the patient's R and L at the cut's front corners,
// off it: beside its middle they met the labels' columns, whose names
// the view keeps over a mark, and a side went unmarked. Whichever way
// the camera turns the sides are named where they are.
func (e *Explorer) sectionMarks(dst []screen.Mark, cam view.Camera, w, h int) []screen.Mark {
	if e.st.Section == "" || w <= 0 || h <= 0 {
		return dst
	}
	sw := e.words()
	if !sw.boxed {
		return dst
	}
	lo, hi := sw.lo, sw.hi
	c := lo.Add(hi).Mul(0.5)
	gx, gy := markGap*(hi[0]-lo[0]), markGap*(hi[1]-lo[1])
	g := max(gx, gy)
	sides := [4]struct {
		at   mgl32.Vec3
		text string
	}{
		{mgl32.Vec3{hi[0] + g, hi[1] + g, c[2]}, "R"},
		{mgl32.Vec3{lo[0] - g, hi[1] + g, c[2]}, "L"},
		{mgl32.Vec3{c[0], hi[1] + g, c[2]}, "A"},
		{mgl32.Vec3{c[0], lo[1] - g, c[2]}, "P"},
	}
	p := e.st.Proportions
	for _, s := range sides {
		if x, y, ok := cam.Project(p.Warp(s.at), w, h); ok {
			dst = append(dst, screen.Mark{X: x, Y: y, Text: s.text})
		}
	}
	return dst
}
