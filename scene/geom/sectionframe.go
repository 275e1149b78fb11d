package geom

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// SectionBox returns the corners, low and high, of the box a view of level
// l's cut face takes in (atlas millimetres, on the plane): through the
// brainstem, the brainstem's own cut (FaceBounds: the pyramids, olives,
// basis pontis and tegmentum a section there is for), the cerebellum
// behind it left to run off the screen as context, which framed whole
// filled the screen and left the brainstem small at its top; above the
// brainstem, every structure the plane cuts, the hemispheres included, so
// that no part of the slice runs off the screen; in the cord,
// the outline of its widest segment about this level's axis, the same for
// every segment, so that seen at one scale the cervical and lumbar
// enlargements show (framed to fill the screen, every segment would look
// alike). ok is false when nothing is cut there.
func SectionBox(a *anatomy.Atlas, l SectionLevel) (lo, hi mgl32.Vec3, ok bool) {
	z := float32(l.Z)
	if l.Z < a.Segment(0).Top {
		seg := a.Segment(levelAt(a, l.Z))
		rx, ry := widestCord(a)
		y := float32(seg.Y)
		return mgl32.Vec3{-rx, y - ry, z}, mgl32.Vec3{rx, y + ry, z}, true
	}
	real, err := ShippedSectionAnatomy()
	if err != nil {
		return lo, hi, false
	}
	if z <= real.brainstemTop {
		if blo, bhi, ok := real.FaceBounds(l.Z); ok {
			return blo.Vec3(z), bhi.Vec3(z), true
		}
	}
	for _, m := range real.Face(l.Z) {
		for _, p := range m.Positions {
			if !ok {
				lo, hi, ok = p, p, true
			}
			for k := 0; k < 2; k++ {
				lo[k], hi[k] = min(lo[k], p[k]), max(hi[k], p[k])
			}
		}
	}
	lo[2], hi[2] = z, z
	return lo, hi, ok
}

// widestCord returns the largest half-widths, transverse and
// anteroposterior, of any cord segment.
func widestCord(a *anatomy.Atlas) (rx, ry float32) {
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		seg := a.Segment(l)
		rx, ry = max(rx, float32(seg.RX)), max(ry, float32(seg.RY))
	}
	return rx, ry
}
