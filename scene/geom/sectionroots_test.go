package geom_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// TestCordSectionsShowTheirVentralRoots: every cord segment's section
// shows each side's ventral root as a short stub on its face, leaving the
// ventral horn forward and sideways on its own side and ending a little
// past the cord's outline (under its width again), facing the viewer
// below; the brainstem's sections draw none.
func TestCordSectionsShowTheirVentralRoots(t *testing.T) {
	a, _ := build(t)
	for _, l := range geom.SectionLevels(a) {
		meshes := geom.Section(a, l.Z, nil)
		cord := l.Z < a.Segment(0).Top
		var horns = map[string]geom.Mesh{}
		var roots []geom.Mesh
		for _, m := range meshes {
			if strings.HasPrefix(m.ID, "section.ventral_horn.") {
				horns[strings.TrimPrefix(m.ID, "section.ventral_horn.")] = m
			}
			if strings.HasPrefix(m.ID, "section.root.") {
				roots = append(roots, m)
			}
		}
		if !cord {
			if len(roots) > 0 {
				t.Errorf("%s: %d roots drawn above the cord", l.ID, len(roots))
			}
			continue
		}
		if len(roots) != 2 {
			t.Errorf("%s: %d ventral roots on the face, want one a side", l.ID, len(roots))
			continue
		}
		lv, err := anatomy.ParseLevel(l.ID)
		if err != nil {
			t.Fatal(err)
		}
		seg := a.Segment(lv)
		rx, ry, y := float32(seg.RX), float32(seg.RY), float32(seg.Y)
		for _, r := range roots {
			side := r.ID[strings.LastIndex(r.ID, ".")+1:]
			h, ok := horns[side]
			if !ok {
				t.Fatalf("%s: no ventral horn on side %s", l.ID, side)
			}
			sx := float32(1)
			if side == anatomy.Left.String() {
				sx = -1
			}
			p := r.Positions
			start, end := p[0].Add(p[3]).Mul(0.5), p[1].Add(p[2]).Mul(0.5)
			c, hx, hy := h.Positions[0], h.Positions[1][0]-h.Positions[0][0], h.Positions[1+7][1]-h.Positions[0][1]
			if inside(start, c, hx, hy) > 1 {
				t.Errorf("%s %s: the root starts at %v, outside the ventral horn about %v", l.ID, r.ID, start, c)
			}
			if sx*(end[0]-start[0]) <= 0 || end[1] <= start[1] {
				t.Errorf("%s %s: the root runs from %v to %v, want forward and out to its own side", l.ID, r.ID, start, end)
			}
			if e := inside(end, mgl32.Vec3{0, y, 0}, rx, ry); e <= 1 || e > 2*2 {
				t.Errorf("%s %s: the root ends at %v, %.2f of the cord's outline out, want past it, within its width again", l.ID, r.ID, end, e)
			}
			for _, n := range r.Normals {
				if n[2] >= 0 {
					t.Errorf("%s %s: a normal %v does not face the viewer below", l.ID, r.ID, n)
				}
			}
		}
	}
}

// inside returns the squared elliptical radius of p about c, with
// half-widths rx and ry: under 1 inside.
func inside(p, c mgl32.Vec3, rx, ry float32) float32 {
	dx, dy := (p[0]-c[0])/rx, (p[1]-c[1])/ry
	return dx*dx + dy*dy
}
