package game

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/go-gl/mathgl/mgl32"
)

// The explorer's state as a link holds it (the URL's fragment, or the
// desktop program's -state), e.g.
//
//	#mode=lesion&lesion=internal_capsule.posterior_limb:L&cam=40,12,760,0,-20,-95
//
// Keys: mode (explore, trace, lesion), trace (a start), lesion (a site;
// repeated for several), preset (the classic lesion placed: its id),
// phase (acute), section (a level), labels, scale=true, presenter, and
// cam: yaw and pitch in degrees, distance, then the target x, y, z in
// millimetres.

// stateOf writes the explorer's state as a link's fragment (without #).
func (g *Game) stateOf() string {
	q := url.Values{}
	mode := "explore"
	switch {
	case g.lesions.active:
		mode = "lesion"
	case g.tracer.active:
		mode = "trace"
	}
	q.Set("mode", mode)
	if g.tracer.active {
		q.Set("trace", g.tracer.start.String())
	}
	if g.lesions.active {
		for _, p := range g.lesions.lesions {
			if p.site != "" {
				q.Add("lesion", p.site)
			} else {
				q.Add("lesion", fmt.Sprintf("point:%s,%s,%s,%s", num(p.centre[0]), num(p.centre[1]), num(p.centre[2]), num(p.radius)))
			}
		}
		if g.lesions.phase == lesion.Acute {
			q.Set("phase", "acute")
		}
		if g.lesions.preset != "" {
			q.Set("preset", g.lesions.preset)
		}
	}
	if g.section.on {
		q.Set("section", g.section.level().ID)
	}
	if g.ctl.labels {
		q.Set("labels", "1")
	}
	if g.ctl.proportion == geom.TrueScale {
		q.Set("scale", "true")
	}
	if g.present.on {
		q.Set("presenter", "1")
	}
	c := g.ctl.cam
	q.Set("cam", strings.Join([]string{num(c.Yaw * 180 / 3.14159265), num(c.Pitch * 180 / 3.14159265), num(c.Distance),
		num(c.Target[0]), num(c.Target[1]), num(c.Target[2])}, ","))
	// Keep the order a reader expects: mode first; and the sites readable,
	// their colons, commas and at signs as typed.
	q.Del("mode")
	return "mode=" + mode + "&" + readable.Replace(q.Encode())
}

// readable undoes the escaping of characters a fragment may hold as they
// are, so that a link shows its sites as a teacher would type them.
var readable = strings.NewReplacer("%3A", ":", "%2C", ",", "%40", "@")

// num writes a number briefly: a link stays short and stable.
func num(x float32) string { return strconv.FormatFloat(float64(x), 'f', -1, 32) }

// applyState puts the explorer in the state a link describes. A bad or
// stale part is skipped, and named in the returned notes, so that the
// nearest valid state opens.
func (g *Game) applyState(s string) []string {
	s = strings.TrimPrefix(s, "#")
	q, err := url.ParseQuery(s)
	if err != nil {
		return []string{fmt.Sprintf("the link is not readable (%v): the default view opens", err)}
	}
	var notes []string
	note := func(format string, a ...any) { notes = append(notes, fmt.Sprintf(format, a...)) }
	for k := range q {
		switch k {
		case "mode", "trace", "lesion", "preset", "phase", "section", "labels", "scale", "presenter", "cam":
		default:
			note("unknown part %q ignored", k)
		}
	}
	g.ctl.labels = q.Get("labels") == "1"
	g.ctl.proportion = geom.Teaching
	if q.Get("scale") == "true" {
		g.ctl.proportion = geom.TrueScale
	}
	g.setPresenter(q.Get("presenter") == "1")
	if cam := q.Get("cam"); cam != "" {
		if err := g.applyCamera(cam); err != nil {
			note("camera %q ignored: %v", cam, err)
		}
	}
	if g.tracer.active {
		g.tracer.end(g.renderer)
	}
	g.lesions.active = false
	switch mode := q.Get("mode"); mode {
	case "", "explore":
	case "trace":
		if err := g.tracer.begin(q.Get("trace"), g.renderer); err != nil {
			note("trace %q ignored: %v", q.Get("trace"), err)
		}
	case "lesion":
		g.lesions.active = true
		var sites []string
		for _, site := range q["lesion"] {
			if _, err := g.lesions.engine.ParseSite(site); err != nil {
				note("lesion %q ignored: %v", site, err)
				continue
			}
			sites = append(sites, site)
		}
		g.lesions.phase = lesion.Chronic
		if q.Get("phase") == "acute" {
			g.lesions.phase = lesion.Acute
		}
		g.lesions.setPlaced(sites)
		if err := g.applyPreset(q.Get("preset")); err != nil {
			note("%v", err)
		}
		g.lesions.evaluate()
	default:
		note("mode %q ignored (want explore, trace or lesion)", mode)
	}
	g.section.on = false
	if id := q.Get("section"); id != "" {
		found := false
		for i, l := range g.section.levels {
			if strings.EqualFold(l.ID, id) {
				g.section.on, g.section.index, found = true, i, true
			}
		}
		if !found {
			note("section %q ignored: no such level", id)
		}
	}
	g.refreshOverlay()
	g.keepUsableCamera()
	return notes
}

// applyCamera reads cam=yaw,pitch,distance,x,y,z.
func (g *Game) applyCamera(s string) error {
	parts := strings.Split(s, ",")
	if len(parts) != 6 {
		return fmt.Errorf("want yaw,pitch,distance,x,y,z")
	}
	var v [6]float32
	for i, p := range parts {
		f, err := strconv.ParseFloat(p, 32)
		if err != nil || f != f {
			return fmt.Errorf("%q is not a number", p)
		}
		v[i] = float32(f)
	}
	c := &g.ctl.cam
	c.Yaw, c.Pitch = 0, 0
	c.Orbit(v[0]*3.14159265/180, v[1]*3.14159265/180)
	c.Distance = 1
	c.Zoom(v[2]) // within the camera's limits
	c.Target = mgl32.Vec3{v[3], v[4], v[5]}
	return nil
}
