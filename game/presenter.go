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
	presenterFibres = 2.2
)

// presenter holds the two renderers presenter mode switches between, so
// that switching is instant.
type presenter struct {
	normal   *view.Renderer
	thick    *view.Renderer
	atlas    *anatomy.Atlas
	buildErr error
}

func newPresenter(a *anatomy.Atlas, normal *view.Renderer) *presenter {
	return &presenter{atlas: a, normal: normal}
}

// renderer returns the renderer for presenter mode on or off, building
// the thick-fibred model the first time presenter mode is used.
func (p *presenter) renderer(on bool) *view.Renderer {
	if !on {
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
