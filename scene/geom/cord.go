package geom

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// cordSections returns the cord's cross-sections at every segment's top
// and the last one's bottom, at fractions (fx, fy) of its half-widths from
// its axis (toward side s), each scaled by (kx, ky).
func cordSections(a *anatomy.Atlas, s anatomy.Side, fx, fy, kx, ky float32) []section {
	var secs []section
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		seg := a.Segment(l)
		secs = append(secs, cordSection(seg, seg.Top, s, fx, fy, kx, ky))
	}
	last := a.Segment(anatomy.NumLevels - 1)
	secs = append(secs, cordSection(last, last.Bottom, s, fx, fy, kx*0.4, ky*0.4))
	return secs
}

func cordSection(seg *anatomy.Segment, z float64, s anatomy.Side, fx, fy, kx, ky float32) section {
	rx, ry := float32(seg.RX), float32(seg.RY)
	x := -fx * rx
	if s == anatomy.Right {
		x = -x
	}
	return section{c: mgl32.Vec3{x, float32(seg.Y) + fy*ry, float32(z)}, rx: kx * rx, ry: ky * ry}
}

// horn is one horn of the cord's grey matter on the left, in fractions of
// the segment's half-widths: its centre (fx from the midline, fy forward
// from the axis) and its half-widths (kx, ky); color is its colour in the
// model, cut its colour on a section's cut face. The motor columns of
// columns.json lie inside the ventral horn, so they scale with it.
type horn struct {
	id, name       string
	fx, fy, kx, ky float32
	color, cut     [4]float32
}

// horns are the grey matter's horns, drawn along the cord and on its cut
// face.
var horns = []horn{
	{"ventral_horn", "ventral horn (lower motor neurons)", 0.42, 0.32, 0.26, 0.3, hornColor, hornColor},
	{"dorsal_horn", "dorsal horn", 0.3, -0.45, 0.12, 0.3, greyColor, sectionGrey},
}

// addCord adds the cord from C1 to the conus, translucent, with its grey
// matter, its ventral horns and a ring at each segment's top.
func addCord(m *Model, a *anatomy.Atlas) error {
	cord := loft(cordSections(a, anatomy.Left, 0, 0, 1, 1), 24).mesh("cord", "spinal cord", "cord", cordColor)
	cord.withCoarse(loft(cordSections(a, anatomy.Left, 0, 0, 1, 1), 10))
	cord.Shell, cord.Major = true, true
	cord.Anchor = Vec32(a.CordPoint(12, 1, 0, anatomy.Left, a.Segment(12).Top))
	if err := m.add(cord); err != nil {
		return err
	}
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		for _, h := range horns {
			mesh := loft(hornSections(a, side, h), 10).mesh(h.id+"."+side.String(), sideName(side, h.name), "cord", h.color)
			mesh.withCoarse(loft(hornSections(a, side, h), 5))
			mesh.Anchor = Vec32(a.CordPoint(4, float64(h.fx), float64(h.fy), side, a.Segment(4).Top))
			mesh.Major = h.id == "ventral_horn" && side == anatomy.Left
			if err := m.add(mesh); err != nil {
				return err
			}
		}
	}
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		seg := a.Segment(l)
		top := cordSection(seg, seg.Top, anatomy.Left, 0, 0, 1.04, 1.04)
		low := top
		low.c[2] -= 0.8
		mesh := loft([]section{top, low}, 16).mesh("segment."+l.String(), fmt.Sprintf("cord segment %s", l), "cord", markColor)
		mesh.withCoarse(surface{})
		mesh.Anchor = top.c
		if err := m.add(mesh); err != nil {
			return err
		}
	}
	return nil
}

// addRoots adds the ventral roots of both sides, the lumbosacral ones
// running down as the cauda equina.
func addRoots(m *Model, a *anatomy.Atlas) error {
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
			path := Path32(a.RootPath(l, side))
			mesh := tube(path, 0.8, 4, 16).mesh(fmt.Sprintf("root.%s.%s", l, side), fmt.Sprintf("%s ventral root %s", sideWord(side), l), "root", rootColor)
			mesh.withCoarse(tube(path, 0.8, 3, 60))
			mesh.Anchor = path[len(path)-1]
			mesh.Major = l == 21 && side == anatomy.Left // one label for the cauda equina
			if mesh.Major {
				mesh.Name = "cauda equina"
			}
			if err := m.add(mesh); err != nil {
				return err
			}
		}
	}
	return nil
}

func sideWord(s anatomy.Side) string {
	if s == anatomy.Right {
		return "right"
	}
	return "left"
}
