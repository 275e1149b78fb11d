package explorer

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// LesionDim is how much lesion mode dims the model, so that the lesion
// and what it destroyed stand out.
const LesionDim = 0.55

// LesionColors are the colours lesion mode draws its overlay in: a sphere
// placed (the selected one brighter), the cell bodies a lesion destroyed
// (dark), the stretch of a bundle inside the lesion (red, so that a named
// site shows where it is as a clicked sphere does), and the cut bundles
// degenerating beyond it (grey).
var LesionColors = struct{ Lesion, Selected, DeadCell, Cut, Degenerate [4]float32 }{
	Lesion:     [4]float32{0.86, 0.12, 0.12, 0.55},
	Selected:   [4]float32{1, 0.35, 0.25, 0.7},
	DeadCell:   [4]float32{0.12, 0.08, 0.08, 1},
	Cut:        [4]float32{0.9, 0.16, 0.14, 1},
	Degenerate: [4]float32{0.42, 0.42, 0.44, 1},
}

// siteMarkRadius is the least radius, in millimetres, of the mark around
// cell bodies a classic lesion destroyed: as large as a click's lesion in
// the brainstem, seen where a nucleus of a millimetre is not.
const siteMarkRadius = 3

// LesionMeshes returns what lesion mode draws over the model for the
// lesions placed (selected drawn brighter; -1 for none) and the engine's
// result for them (nil before it is known): the spheres, the cell bodies
// destroyed, the axons cut where they are cut, and the cut bundles
// degenerating below. The window, the CLI's export and its pictures draw
// the same.
func LesionMeshes(a *anatomy.Atlas, placed []Placed, selected int, res *lesion.Result) []geom.Mesh {
	var out []geom.Mesh
	for i, p := range placed {
		if !p.Sphere() {
			continue
		}
		c := LesionColors.Lesion
		if i == selected {
			c = LesionColors.Selected
		}
		// Its hover says where it is, as the report's heading does.
		name := words.Sphere(float64(p.Centre[0]), float64(p.Centre[1]), float64(p.Centre[2]), float64(p.Radius))
		out = append(out, geom.Sphere(fmt.Sprintf("lesion.%d", i), name, p.Centre, p.Radius, c))
	}
	if res == nil {
		return out
	}
	// A named site (a classic lesion) has no sphere to show where it is:
	// the cell bodies it destroyed, small and dark, would be lost in the
	// model, so each is marked as a clicked lesion is, in the lesion's red.
	marked := len(out) == 0
	for i, d := range res.Destroyed {
		if d.Share < 0.3 || len(d.Path) == 0 {
			continue
		}
		if d.Axons {
			out = append(out, geom.Tube(fmt.Sprintf("cut.%d", i), words.Destroyed(a, d)+" (cut)", geom.Path32(d.Path), float32(max(0.6, d.Radius*0.9)), LesionColors.Cut))
		} else {
			if marked {
				out = append(out, geom.Sphere(fmt.Sprintf("site.%d", i), words.Destroyed(a, d)+" (lesion)", geom.Vec32(d.Path[0]), float32(max(siteMarkRadius, d.Radius*1.8)), LesionColors.Lesion))
			}
			out = append(out, geom.Sphere(fmt.Sprintf("dead.%d", i), words.Destroyed(a, d)+" (lost)", geom.Vec32(d.Path[0]), float32(max(1, d.Radius*0.8)), LesionColors.DeadCell))
		}
	}
	for i, c := range res.Cuts {
		ch := a.Channel(c.Channel)
		if ch == nil {
			continue
		}
		path := geom.ChannelPath(a, ch, c.Side)
		if c.From >= len(path)-1 {
			continue
		}
		out = append(out, geom.Tube(fmt.Sprintf("degenerate.%d", i), "degenerating "+words.ChannelFibres(a, c.Channel), path[c.From:], 1.1, LesionColors.Degenerate))
	}
	return out
}

// LesionMeshes returns what lesion mode draws over the model for the
// lesions in place (see the function LesionMeshes), with their marks on
// the section's face when the model is cut (SectionLesionMarks), nothing
// outside it.
func (e *Explorer) LesionMeshes() []geom.Mesh {
	if !e.st.Lesioning() {
		return nil
	}
	res, _ := e.Result()
	out := LesionMeshes(e.cfg.Atlas, e.st.Lesions, e.selected, res)
	if e.st.Section != "" {
		out = append(out, SectionLesionMarks(e.cfg.Atlas, e.Level().Z, e.st.Lesions, res)...)
	}
	return out
}
