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

// uiScale multiplies every text of the overlay: 1, or presenterText in
// presenter mode. The overlay's drawing functions read it through
// textSize.
var uiScale float32 = 1

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

// fullscreenButton returns the full-screen button's rectangle on a screen.
func fullscreenButton(w, h int) (x, y, bw, bh float32) {
	size := textSize(w, h)
	bw, bh = size*7.5, size*1.6
	// Bottom right, above the hint line: clear of the hover name, the
	// titles and lesion mode's report.
	return float32(w) - bw - size*0.5, float32(h) - size*2.2 - bh, bw, bh
}

// drawPresenterAids draws the full-screen button and, in presenter mode,
// the ring at the pointer.
func drawPresenterAids(dl *view.DrawList, on bool, px, py float32, fullscreen bool) {
	x, y, bw, bh := fullscreenButton(dl.Width, dl.Height)
	size := textSize(dl.Width, dl.Height)
	dl.Rect(x, y, bw, bh, buttonColor)
	label := "Full screen (F)"
	if fullscreen {
		label = "Leave full screen (F)"
	}
	dl.Label(x+bw/2, y+bh*0.72, size*0.8, buttonBorder, view.AlignCenter, label)
	if !on {
		return
	}
	r := float32(dl.Height) / 28
	const segments = 32
	for i := 0; i < segments; i++ {
		a0 := 2 * 3.14159265 * float32(i) / segments
		a1 := 2 * 3.14159265 * float32(i+1) / segments
		dl.Line(px+r*cos32(a0), py+r*sin32(a0), px+r*cos32(a1), py+r*sin32(a1), max(3, r/8), pointerRing)
	}
}

// inButton reports whether (x, y) is on the full-screen button.
func inButton(w, h int, px, py float32) bool {
	x, y, bw, bh := fullscreenButton(w, h)
	return px >= x && px <= x+bw && py >= y && py <= y+bh
}
