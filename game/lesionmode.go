package game

import (
	"fmt"
	"slices"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// lesionDim is how much lesion mode dims the model; sink how far into
// the surface clicked, as a share of the radius, a lesion's centre goes:
// the cortex's neurons lie under its surface.
const (
	lesionDim = 0.55
	sink      = 0.6
)

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

// placed is one lesion the student placed: a sphere in atlas
// millimetres, or a named site from a preset.
type placed = explorer.Placed

// lesioner is what lesion mode draws: the lesions placed (the explorer's,
// kept in step by follow), what the engine makes of them, and how the
// model shows it.
type lesioner struct {
	engine *lesion.Engine
	atlas  *anatomy.Atlas
	// active, lesions, selected, phase and result are the explorer's,
	// as follow last found them: the meshes are built from them.
	active   bool
	lesions  []placed
	selected int
	phase    lesion.Phase
	result   *lesion.Result
}

func newLesioner(e *lesion.Engine) *lesioner {
	return &lesioner{engine: e, atlas: e.Atlas(), phase: lesion.Chronic, selected: -1}
}

// follow takes the explorer's lesions and what its engine made of them.
// It reports whether what lesion mode draws over the model changed.
func (l *lesioner) follow(ex *explorer.Explorer) bool {
	s := ex.State()
	selected := ex.Selected()
	changed := s.Phase != l.phase || !slices.Equal(s.Lesions, l.lesions)
	drawn := changed || s.Lesioning() != l.active || selected != l.selected
	l.active, l.selected, l.phase = s.Lesioning(), selected, s.Phase
	if changed {
		l.lesions = append(l.lesions[:0], s.Lesions...)
		l.result, _ = ex.Result()
	}
	return drawn
}

// meshes returns what lesion mode draws over the model: the lesion
// spheres, the cell bodies they destroyed (dark), the axons they cut (red,
// where they are cut) and the cut bundles degenerating below the cut
// (grey).
func (l *lesioner) meshes() []geom.Mesh {
	if !l.active {
		return nil
	}
	var out []geom.Mesh
	for i, p := range l.lesions {
		if !p.Sphere() {
			continue
		}
		c := lesionColor
		if i == l.selected {
			c = selectedColor
		}
		out = append(out, geom.Sphere(fmt.Sprintf("lesion.%d", i), "lesion", p.Centre, p.Radius, c))
	}
	if l.result == nil {
		return out
	}
	for i, d := range l.result.Destroyed {
		if d.Share < 0.3 {
			continue
		}
		if d.Axons {
			out = append(out, geom.Tube(fmt.Sprintf("cut.%d", i), words.Destroyed(l.atlas, d)+" (cut)", geom.Path32(d.Path), float32(max(0.6, d.Radius*0.9)), cutColor))
		} else {
			out = append(out, geom.Sphere(fmt.Sprintf("dead.%d", i), words.Destroyed(l.atlas, d)+" (lost)", geom.Vec32(d.Path[0]), float32(max(1, d.Radius*0.8)), deadCellColor))
		}
	}
	for i, c := range l.result.Cuts {
		ch := l.atlas.Channel(c.Channel)
		path := geom.ChannelPath(l.atlas, ch, c.Side)
		if c.From >= len(path)-1 {
			continue
		}
		out = append(out, geom.Tube(fmt.Sprintf("degenerate.%d", i), "degenerating "+words.ChannelFibres(l.atlas, c.Channel), path[c.From:], 1.1, degenerateGrey))
	}
	return out
}

// frame sets the frame options lesion mode asks for.
func (l *lesioner) frame(opt *view.FrameOptions) {
	if l.active && len(l.lesions) > 0 {
		opt.Dim = lesionDim
	}
}

// placeAt returns where a click at pos (drawn in proportion p, on the
// surface of what was clicked) puts a lesion's centre: sunk below the
// surface along the line of sight.
func placeAt(pos, eye mgl32.Vec3, radius float32, p geom.Proportions) mgl32.Vec3 {
	dir := pos.Sub(eye)
	if dir.Len() > 0 {
		pos = pos.Add(dir.Normalize().Mul(radius * sink))
	}
	return p.Unwarp(pos)
}
