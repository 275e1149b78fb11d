package game

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// Lesion sizes, in millimetres of radius: a lacune to a large infarct.
const (
	defaultLesionRadius = 6
	minLesionRadius     = 1
	maxLesionRadius     = lesion.MaxPointRadius
	lesionDim           = 0.55
	// sink is how far into the surface clicked, as a share of the radius,
	// a lesion's centre goes: the cortex's neurons lie under its surface.
	sink = 0.6
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

// placed is one lesion the student placed: a sphere in atlas millimetres,
// or a named site from a preset.
type placed struct {
	centre mgl32.Vec3
	radius float32
	// site, when set, is a named site (from a preset) instead of a sphere.
	site string
}

// lesioner is lesion mode: the lesions placed, what the engine makes of
// them, and how the model shows it.
type lesioner struct {
	// reportWords are the report's words, kept between frames.
	reportWords reportWords
	engine      *lesion.Engine
	atlas       *anatomy.Atlas
	active      bool
	lesions     []placed
	selected    int
	undo        [][]placed
	phase       lesion.Phase
	result      *lesion.Result
	title       string
	// preset is the id of the classic lesion in place, for the link; empty
	// once the student changes it.
	preset string
	err    string
}

func newLesioner(e *lesion.Engine) *lesioner {
	return &lesioner{engine: e, atlas: e.Atlas(), phase: lesion.Chronic, selected: -1}
}

// remember keeps the lesions as they are, for undo.
func (l *lesioner) remember() {
	l.undo = append(l.undo, append([]placed(nil), l.lesions...))
	if len(l.undo) > 100 {
		l.undo = l.undo[1:]
	}
}

// add places a sphere at centre (atlas millimetres) and selects it. It
// reports false, placing nothing, when link.MaxLesions are placed already.
func (l *lesioner) add(centre mgl32.Vec3, radius float32) bool {
	if len(l.lesions) >= link.MaxLesions {
		return false
	}
	l.remember()
	l.lesions = append(l.lesions, placed{centre: centre, radius: radius})
	l.selected = len(l.lesions) - 1
	l.title, l.preset = "", ""
	return true
}

// move moves the selected lesion to centre.
func (l *lesioner) move(centre mgl32.Vec3) {
	if l.selected < 0 || l.lesions[l.selected].site != "" {
		return
	}
	l.remember()
	l.lesions[l.selected].centre = centre
}

// resize scales the selected lesion's radius.
func (l *lesioner) resize(f float32) {
	if l.selected < 0 || l.lesions[l.selected].site != "" {
		return
	}
	l.remember()
	p := &l.lesions[l.selected]
	p.radius = max(minLesionRadius, min(maxLesionRadius, p.radius*f))
}

// remove deletes the selected lesion.
func (l *lesioner) remove() {
	if l.selected < 0 {
		return
	}
	l.remember()
	l.lesions = append(l.lesions[:l.selected], l.lesions[l.selected+1:]...)
	l.selected = len(l.lesions) - 1
	l.title, l.preset = "", ""
}

// back undoes the last change.
func (l *lesioner) back() {
	if len(l.undo) == 0 {
		return
	}
	l.lesions = l.undo[len(l.undo)-1]
	l.undo = l.undo[:len(l.undo)-1]
	l.selected = len(l.lesions) - 1
}

// setSites replaces the lesions by named sites (a preset).
func (l *lesioner) setSites(title string, sites []string) {
	l.remember()
	l.lesions = l.lesions[:0]
	for _, s := range sites {
		l.lesions = append(l.lesions, placed{site: s})
	}
	l.selected = -1
	l.title, l.preset = title, ""
}

// setPreset puts a classic lesion in place, titled with its name.
func (l *lesioner) setPreset(p *preset.Preset) {
	l.setSites(p.Name, p.SiteSpecs)
	l.preset = p.ID
}

// setLinked replaces the lesions by those a link names: spheres become
// spheres again, named sites stay sites.
func (l *lesioner) setLinked(sites []lesion.Site) {
	l.lesions = l.lesions[:0]
	for _, s := range sites {
		if s.ID == "point" {
			c := geom.Vec32(s.Centre)
			l.lesions = append(l.lesions, placed{centre: c, radius: float32(s.Radius)})
			continue
		}
		l.lesions = append(l.lesions, placed{site: s.String()})
	}
	l.selected = len(l.lesions) - 1
	l.title, l.preset = "", ""
}

// evaluate asks the engine for the lesions' effect.
func (l *lesioner) evaluate() {
	l.err = ""
	var sites []lesion.Site
	for _, p := range l.lesions {
		text := p.site
		if text == "" {
			text = fmt.Sprintf("point:%.1f,%.1f,%.1f,%.1f", p.centre[0], p.centre[1], p.centre[2], p.radius)
		}
		s, err := l.engine.ParseSite(text)
		if err != nil {
			l.err = err.Error()
			continue
		}
		sites = append(sites, s)
	}
	if len(sites) == 0 {
		l.result = nil
		return
	}
	l.result = l.engine.Evaluate(sites, l.phase)
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
		if p.site != "" {
			continue
		}
		c := lesionColor
		if i == l.selected {
			c = selectedColor
		}
		out = append(out, geom.Sphere(fmt.Sprintf("lesion.%d", i), "lesion", p.centre, p.radius, c))
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
