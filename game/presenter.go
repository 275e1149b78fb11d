package game

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// Presenter mode (P) is for a projector: high contrast, text and labels
// twice as large, fibres twice as thick, a large ring at the pointer.
const (
	presenterText   = 2
	presenterFibres = 2.2
)

var (
	pointerRing  = [4]float32{1, 0.85, 0.1, 0.95}
	buttonColor  = [4]float32{0.18, 0.22, 0.27, 0.95}
	buttonBorder = [4]float32{0.8, 0.84, 0.88, 0.9}
)

// presenter holds the two renderers presenter mode switches between, so
// that switching is instant.
type presenter struct {
	on       bool
	normal   *view.Renderer
	thick    *view.Renderer
	atlas    *anatomy.Atlas
	buildErr error
}

func newPresenter(a *anatomy.Atlas, normal *view.Renderer) *presenter {
	return &presenter{atlas: a, normal: normal}
}

// renderer returns the renderer for the mode, building the thick-fibred
// model the first time presenter mode is used.
func (p *presenter) renderer() *view.Renderer {
	if !p.on {
		return p.normal
	}
	if p.thick == nil && p.buildErr == nil {
		m, err := geom.BuildWithFibres(p.atlas, presenterFibres)
		if err != nil {
			p.buildErr = fmt.Errorf("building the presenter model: %w", err)
			return p.normal
		}
		p.thick = view.NewRenderer(m)
	}
	if p.thick == nil {
		return p.normal
	}
	return p.thick
}

// drawPointerRing draws presenter mode's ring at the pointer, for a room
// to follow where the teacher points.
func drawPointerRing(dl *view.DrawList, px, py float32) {
	r := float32(dl.Height) / 28
	const segments = 32
	for i := 0; i < segments; i++ {
		a0 := 2 * 3.14159265 * float32(i) / segments
		a1 := 2 * 3.14159265 * float32(i+1) / segments
		dl.Line(px+r*cos32(a0), py+r*sin32(a0), px+r*cos32(a1), py+r*sin32(a1), max(3, r/8), pointerRing)
	}
}

// inBox reports whether (x, y) is on b.
func inBox(b view.Box, x, y float32) bool {
	return b.W > 0 && x >= b.X && x <= b.X+b.W && y >= b.Y && y <= b.Y+b.H
}
