package game

import (
	"slices"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// sink is how far into the surface clicked, as a share of the radius, a
// lesion's centre goes: the cortex's neurons lie under its surface.
const sink = 0.6

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

// frame sets the frame options lesion mode asks for.
func (l *lesioner) frame(opt *view.FrameOptions) {
	if l.active && len(l.lesions) > 0 {
		opt.Dim = explorer.LesionDim
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
