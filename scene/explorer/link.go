package explorer

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

// Link returns the state as a link's fragment (without #), e.g.
//
//	mode=lesion&cam=40,12,760,0,-20,-95&lesion=internal_capsule.posterior_limb:L
//
// mode first, then the other keys in alphabetical order, as
// url.Values.Encode would write them. Written by hand because Encode's sort
// of its keys costs the browser's download 8 KB for a few fixed keys. A
// link holds the modes scene/link reads: the quiz is written as lesion mode
// (its hidden answer is not given away), a tour as the step it shows.
func (s State) Link() string {
	mode := link.Explore
	switch {
	case s.Lesioning():
		mode = link.Lesion
	case s.Mode == Trace:
		mode = link.Trace
	}
	var b strings.Builder
	b.WriteString("mode=" + mode.String())
	add := func(key, value string) {
		b.WriteString("&" + key + "=" + readable(url.QueryEscape(value)))
	}
	c := s.Camera
	if !s.linkFramed() {
		add("cam", strings.Join([]string{num(c.Yaw * 180 / math.Pi), num(c.Pitch * 180 / math.Pi), num(c.Distance),
			num(c.Target[0]), num(c.Target[1]), num(c.Target[2])}, ","))
	}
	if s.Labels {
		add("labels", "1")
	}
	if mode == link.Lesion {
		for _, l := range s.Lesions {
			if l.Site != "" {
				add("lesion", l.Site)
			} else {
				add("lesion", "point:"+num(l.Centre[0])+","+num(l.Centre[1])+","+num(l.Centre[2])+","+num(l.Radius))
			}
		}
	}
	// look sorts between lesion and phase.
	if s.Look != geom.Glass {
		add("look", s.Look.String())
	}
	if mode == link.Lesion {
		if s.Phase == lesion.Acute {
			add("phase", "acute")
		}
		if s.Preset != "" && s.Mode != Quiz {
			add("preset", s.Preset)
		}
	}
	if s.Presenter {
		add("presenter", "1")
	}
	if s.Proportions == geom.TrueScale {
		add("scale", "true")
	}
	if s.Section != "" {
		add("section", s.Section)
	}
	if mode == link.Trace {
		add("trace", s.Trace.String())
	}
	return b.String()
}

// ParseState reads a link's fragment (with or without its #) as scene/link
// does, checking every part against c: it returns the state to open and
// notes on the parts refused. A link without a camera (or with a bad one)
// opens the default camera.
func ParseState(fragment string, c link.Checker) (State, []link.Note) {
	s, _, notes := parseState(fragment, c)
	return s, notes
}

// parseState is ParseState, also returning the link as scene/link read it.
func parseState(fragment string, c link.Checker) (State, link.State, []link.Note) {
	ls, notes := link.Parse(fragment, c)
	s := DefaultState()
	s.Labels, s.Presenter, s.Look = ls.Labels, ls.Presenter, ls.Look
	if ls.TrueScale {
		s.Proportions = geom.TrueScale
	}
	if ls.Camera != nil {
		s.Camera = CameraOf(*ls.Camera)
	}
	switch ls.Mode {
	case link.Trace:
		s.Mode, s.Trace = Trace, ls.Trace
		s.Framed = ls.Camera == nil
	case link.Lesion:
		s.Mode, s.Phase, s.Preset = Lesion, ls.Phase, ls.Preset
		s.Framed = ls.Camera == nil
		for _, site := range ls.Lesions {
			s.Lesions = append(s.Lesions, PlacedOf(site))
		}
	}
	s.Section = ls.Section
	return s, ls, notes
}

// NewPlace tells whether link b shows another place than link a, not the
// same one from another camera: the browser's history takes a new entry
// for a new place (Back returns to the lesion or trace before), while a
// turn or a zoom only replaces the address. An empty a (no link yet) is
// no place to go back to.
func NewPlace(a, b string) bool {
	return a != "" && withoutCamera(a) != withoutCamera(b)
}

// withoutCamera returns a link's fragment without its camera, the rest
// in its order.
func withoutCamera(fragment string) string {
	fragment = strings.TrimPrefix(fragment, "#")
	var b strings.Builder
	for _, part := range strings.Split(fragment, "&") {
		if strings.HasPrefix(part, "cam=") || part == "" {
			continue
		}
		b.WriteString(part)
		b.WriteByte('&')
	}
	return b.String()
}

// CameraOf returns the camera a link's numbers describe (degrees to
// radians), kept within the camera's own limits.
func CameraOf(lc link.Camera) view.Camera {
	c := view.DefaultCamera()
	c.Yaw, c.Pitch = 0, 0
	c.Orbit(lc.Yaw*math.Pi/180, lc.Pitch*math.Pi/180)
	c.Distance = 1
	c.Zoom(lc.Distance)
	c.Target = mgl32.Vec3(lc.Target)
	return c
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
