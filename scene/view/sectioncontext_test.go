package view_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestSectionFibresOnlyBehindTheCut: with a section shown from below at
// the medulla, a decussation and a cord segment, no spinal root is drawn
// (the cord's section draws its own as stubs on its face: behind it the
// segment's roots lay across the cut as a bar), and the pathways' tubes,
// the cranial nerves and their nuclei only in a thin slab behind the cut
// face: past it, in perspective, they showed beside the face's outline as
// tubes lying across its pyramids and olives. The model's surfaces are
// drawn on behind the cut as before.
func TestSectionFibresOnlyBehindTheCut(t *testing.T) {
	a := testatlas.Atlas(t)
	m := testModel(t)
	for _, id := range []string{"medulla", "decussation", "T10", "C5"} {
		t.Run(id, func(t *testing.T) {
			level, err := geom.FindSectionLevel(a, id)
			if err != nil {
				t.Fatal(err)
			}
			r := view.NewRenderer(m)
			r.SetOverlay(geom.Section(a, level.Z, nil))
			cam := view.DefaultCamera()
			target, distance := geom.SectionAim(a, level)
			p := geom.Teaching
			cam.Target, cam.Yaw, cam.Pitch, cam.Distance = p.Warp(target), 0, -1.55, distance
			clipZ := p.Warp(target)[2] - 0.05
			var dl view.DrawList
			r.Frame(&dl, &cam, 1280, 720, view.FrameOptions{Highlight: -1, Clip: true, ClipZ: clipZ, Proportions: p})
			surfaces := 0
			for mi, h := range view.DrawnModelHeights(r, p) {
				mesh := &m.Meshes[mi]
				switch mesh.Group {
				case "root":
					t.Errorf("root %s drawn, %.1f to %.1f mm high, under a section at %.1f mm", mesh.ID, h[0], h[1], clipZ)
				case "pathway", "nerve", "nucleus":
					if h[0] < clipZ || h[1] > clipZ+view.ContextSlab {
						t.Errorf("%s drawn from %.1f to %.1f mm high, want within %.1f mm behind the cut at %.1f mm", mesh.ID, h[0], h[1], view.ContextSlab, clipZ)
					}
				default:
					if h[0] < clipZ {
						t.Errorf("%s drawn down to %.1f mm, in front of the cut at %.1f mm", mesh.ID, h[0], clipZ)
					}
					if h[1] > clipZ+view.ContextSlab {
						surfaces++
					}
				}
			}
			if surfaces == 0 {
				t.Errorf("no surface drawn on behind the cut")
			}
		})
	}
}
