package explorer

import (
	"fmt"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/words"
)

// LesionDim is how much lesion mode dims the model once a lesion is in
// place.
const LesionDim = 0.55

var (
	lesionColor    = [4]float32{0.86, 0.12, 0.12, 0.55}
	selectedColor  = [4]float32{1, 0.35, 0.25, 0.7}
	deadCellColor  = [4]float32{0.12, 0.08, 0.08, 1}
	degenerateGrey = [4]float32{0.42, 0.42, 0.44, 1}
	// cutColor marks the stretch of a bundle inside the lesion, so that a
	// named site (a capsule, a pyramid, a nerve) shows where it is as a
	// clicked sphere does.
	cutColor = [4]float32{0.9, 0.16, 0.14, 1}
)

// LesionMeshes returns what lesion mode draws over the model: the lesion
// spheres, the cell bodies they destroyed (dark), the axons they cut (red,
// where they are cut) and the cut bundles degenerating below the cut
// (grey).
func (e *Explorer) LesionMeshes() []geom.Mesh {
	if !e.st.Lesioning() {
		return nil
	}
	res, _ := e.Result()
	a := e.cfg.Atlas
	var out []geom.Mesh
	for i, p := range e.st.Lesions {
		if !p.Sphere() {
			continue
		}
		c := lesionColor
		if i == e.selected {
			c = selectedColor
		}
		out = append(out, geom.Sphere(fmt.Sprintf("lesion.%d", i), "lesion", p.Centre, p.Radius, c))
	}
	if res == nil {
		return out
	}
	for i, d := range res.Destroyed {
		if d.Share < 0.3 {
			continue
		}
		if d.Axons {
			out = append(out, geom.Tube(fmt.Sprintf("cut.%d", i), words.Destroyed(a, d)+" (cut)", geom.Path32(d.Path), float32(max(0.6, d.Radius*0.9)), cutColor))
		} else {
			out = append(out, geom.Sphere(fmt.Sprintf("dead.%d", i), words.Destroyed(a, d)+" (lost)", geom.Vec32(d.Path[0]), float32(max(1, d.Radius*0.8)), deadCellColor))
		}
	}
	for i, c := range res.Cuts {
		ch := a.Channel(c.Channel)
		path := geom.ChannelPath(a, ch, c.Side)
		if c.From >= len(path)-1 {
			continue
		}
		out = append(out, geom.Tube(fmt.Sprintf("degenerate.%d", i), "degenerating "+words.ChannelFibres(a, c.Channel), path[c.From:], 1.1, degenerateGrey))
	}
	return out
}
