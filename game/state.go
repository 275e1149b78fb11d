package game

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/link"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// The explorer's state as a link holds it (the URL's fragment, or the
// desktop program's -state), e.g.
//
//	#mode=lesion&lesion=internal_capsule.posterior_limb:L&cam=40,12,760,0,-20,-95
//
// scene/link reads it (its doc lists the keys); stateOf writes it.

// stateOf writes the explorer's state as a link's fragment (without #):
// mode first, then the other keys in alphabetical order, as
// url.Values.Encode would write them. Written by hand because Encode's
// sort of its keys costs the browser's download 8 KB for nine fixed keys.
func (g *Game) stateOf() string {
	mode := "explore"
	switch {
	case g.lesions.active:
		mode = "lesion"
	case g.tracer.active:
		mode = "trace"
	}
	var b strings.Builder
	b.WriteString("mode=" + mode)
	add := func(key, value string) {
		b.WriteString("&" + key + "=" + readable(url.QueryEscape(value)))
	}
	c := g.ctl.cam
	add("cam", strings.Join([]string{num(c.Yaw * 180 / math.Pi), num(c.Pitch * 180 / math.Pi), num(c.Distance),
		num(c.Target[0]), num(c.Target[1]), num(c.Target[2])}, ","))
	if g.ctl.labels {
		add("labels", "1")
	}
	if g.lesions.active {
		for _, p := range g.lesions.lesions {
			if p.site != "" {
				add("lesion", p.site)
			} else {
				add("lesion", "point:"+num(p.centre[0])+","+num(p.centre[1])+","+num(p.centre[2])+","+num(p.radius))
			}
		}
	}
	// look sorts between lesion and phase.
	if g.look != geom.Glass {
		add("look", g.look.String())
	}
	if g.lesions.active {
		if g.lesions.phase == lesion.Acute {
			add("phase", "acute")
		}
		if g.lesions.preset != "" {
			add("preset", g.lesions.preset)
		}
	}
	if g.present.on {
		add("presenter", "1")
	}
	if g.ctl.proportion == geom.TrueScale {
		add("scale", "true")
	}
	if g.section.on {
		add("section", g.section.level().ID)
	}
	if g.tracer.active {
		add("trace", g.tracer.start.String())
	}
	return b.String()
}

// readable undoes the escaping of characters a fragment may hold as they
// are, so that a link shows its sites as a teacher would type them.
func readable(s string) string {
	s = strings.ReplaceAll(s, "%3A", ":")
	s = strings.ReplaceAll(s, "%2C", ",")
	return strings.ReplaceAll(s, "%40", "@")
}

// num writes a number briefly: a link stays short and stable. A number
// that is not finite, which no state should hold, is written 0: the
// address bar never shows NaN.
func num(x float32) string {
	if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
		return "0"
	}
	return strconv.FormatFloat(float64(x), 'f', -1, 32)
}

// applyState puts the explorer in the state a link describes. A bad or
// stale part is skipped, and named in the returned notes (at most a few
// short sentences, see link.Lines), so that the nearest valid state opens.
func (g *Game) applyState(s string) []string {
	st, notes := link.Parse(s, g.linkChecker())
	g.ctl.labels = st.Labels
	g.look = st.Look
	g.ctl.proportion = geom.Teaching
	if st.TrueScale {
		g.ctl.proportion = geom.TrueScale
	}
	g.setPresenter(st.Presenter)
	if st.Camera != nil {
		g.applyCamera(*st.Camera)
	}
	if g.tracer.active {
		g.tracer.end(g.renderer)
	}
	g.lesions.active = false
	switch st.Mode {
	case link.Trace:
		if err := g.tracer.begin(st.Trace.String(), g.renderer); err != nil {
			// ParseStart accepted it, so the atlas cannot trace it.
			notes = append(notes, link.Note{Kind: link.BadTrace, Part: st.Trace.String()})
		}
	case link.Lesion:
		g.lesions.active = true
		g.lesions.phase = st.Phase
		g.lesions.setLinked(st.Lesions)
		if st.Preset != "" {
			// Parse checked the id against the presets.
			_ = g.applyPreset(st.Preset)
		}
		g.lesions.evaluate()
	}
	g.section.on = false
	if st.Section != "" {
		for i, l := range g.section.levels {
			if l.ID == st.Section {
				g.section.on, g.section.index = true, i
			}
		}
	}
	g.refreshOverlay()
	g.keepUsableCamera()
	return link.Lines(notes)
}

// linkChecker returns what a link's names are checked against.
func (g *Game) linkChecker() link.Checker {
	levels := make([]string, len(g.section.levels))
	for i, l := range g.section.levels {
		levels[i] = l.ID
	}
	presets := make([]string, len(g.presets.all))
	for i, p := range g.presets.all {
		presets[i] = p.ID
	}
	return link.Checker{Atlas: g.atlas, Engine: g.lesions.engine, Levels: levels, Presets: presets}
}

// applyCamera points the camera as a link asks (its numbers are checked).
func (g *Game) applyCamera(lc link.Camera) {
	c := &g.ctl.cam
	c.Yaw, c.Pitch = 0, 0
	c.Orbit(lc.Yaw*math.Pi/180, lc.Pitch*math.Pi/180)
	c.Distance = 1
	c.Zoom(lc.Distance) // within the camera's limits
	c.Target = mgl32.Vec3(lc.Target)
}

// finiteCamera returns c, or the default camera when any of its numbers is
// not finite, with its target kept within a link's range: the address bar
// must never hold a NaN, nor a view a link cannot reopen.
func finiteCamera(c view.Camera) view.Camera {
	for _, x := range []float32{c.Yaw, c.Pitch, c.Distance, c.Target[0], c.Target[1], c.Target[2]} {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return view.DefaultCamera()
		}
	}
	for i := range c.Target {
		c.Target[i] = max(-link.MaxTarget, min(link.MaxTarget, c.Target[i]))
	}
	return c
}
