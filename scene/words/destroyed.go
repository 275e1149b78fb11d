package words

import (
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words/say"
)

// The forms of the engine's element names (scene/lesion's network), each
// built from atlas ids; % stands for one id (no spaces). They are matched
// by match, not as regular expressions: eight of those, compiled at
// start-up, cost the page's WebAssembly kilobytes (make bench).
const (
	areaNeurons  = "% neurons"
	areaAxons    = "% axons"
	centreJoin   = "% axons joining %"
	centreCross  = "% axons crossing to join %"
	stationFibre = "% fibres in %"
	sourceJoin   = "% fibres joining % in %"
	crossing     = "% fibres crossing to the %"
	tractChannel = "% (% fibres) at %"
	columnPool   = "% motor neurons at %"
	tractLevel   = "% at %"
	cranialPool  = "% motor neurons"
)

// match returns name and then its ids where name has form, as a regular
// expression's submatches would be, or nil: match("cst fibres in pons",
// stationFibre) = ["cst fibres in pons", "cst", "pons"].
func match(name, form string) []string {
	m := []string{name}
	for {
		lit, rest, more := strings.Cut(form, "%")
		if !strings.HasPrefix(name, lit) {
			return nil
		}
		name = name[len(lit):]
		if !more {
			if name != "" {
				return nil
			}
			return m
		}
		n := strings.IndexAny(name, " \t\n\f\r")
		if n < 0 {
			n = len(name)
		}
		if n == 0 {
			return nil
		}
		m = append(m, name[:n])
		name, form = name[n:], rest
	}
}

// Destroyed names what a lesion destroyed, for the hover over it in the
// view: "left facial motor nucleus (lower face)", "right corticospinal
// fibres from the hand area in the internal capsule". The engine names
// its elements by atlas ids; these become the atlas's names.
func Destroyed(a *anatomy.Atlas, d lesion.Destroyed) string {
	side := ""
	if d.Side == "L" || d.Side == "R" {
		side = say.Side(d.Side) + " "
	}
	n := d.Name
	if m := match(n, areaMuscle); m != nil && a.Area(m[1]) != nil {
		return "neurons of the " + side + cortexPlace(a.Area(m[1])) + " for " + spotWork(a, m[2])
	}
	// The side with the place, not before the neurons: "neurons of the
	// left cingulate motor area", not "left neurons of the …".
	if m := match(n, areaNeurons); m != nil && a.Area(m[1]) != nil {
		return "neurons of the " + side + cortexPlace(a.Area(m[1]))
	}
	if m := match(n, areaAxons); m != nil && a.Area(m[1]) != nil {
		return "axons from the " + side + cortexPlace(a.Area(m[1]))
	}
	if m := match(n, centreJoin); m != nil && a.Area(m[1]) != nil && a.Tract(m[2]) != nil {
		return "axons from the " + a.Area(m[1]).Name + " joining the " + side + a.Tract(m[2]).Name
	}
	if m := match(n, centreCross); m != nil && a.Area(m[1]) != nil && a.Tract(m[2]) != nil {
		return "axons from the " + a.Area(m[1]).Name + " crossing to join the " + side + a.Tract(m[2]).Name
	}
	if m := match(n, sourceJoin); m != nil && a.Area(m[1]) != nil && a.Channel(m[2]) != nil && a.StationIndex(m[3]) >= 0 {
		// A premotor area's fibres on their way to a body part's channel.
		return "axons from the " + side + AreaAlone(a.Area(m[1])) + " joining the " + channelFibres(a, m[2]) + " in the " + a.Stations[a.StationIndex(m[3])].Name
	}
	if m := match(n, stationFibre); m != nil && a.Channel(m[1]) != nil {
		station := plain(m[2])
		if i := a.StationIndex(m[2]); i >= 0 {
			station = a.Stations[i].Name
		}
		return side + channelFibres(a, m[1]) + " in the " + station
	}
	if m := match(n, crossing); m != nil && (m[2] == "L" || m[2] == "R") && a.Channel(m[1]) != nil {
		return channelFibres(a, m[1]) + " crossing to the " + say.Side(m[2])
	}
	if m := match(n, columnPool); m != nil && a.Column(m[1]) != nil {
		return side + a.Column(m[1]).Name + " at " + m[2]
	}
	if m := match(n, tractChannel); m != nil && a.Tract(m[1]) != nil && a.Channel(m[2]) != nil {
		return side + a.Tract(m[1]).Name + " at " + m[3] + " (" + channelFibres(a, m[2]) + ")"
	}
	if m := match(n, tractLevel); m != nil && a.Tract(m[1]) != nil {
		return side + a.Tract(m[1]).Name + " at " + m[2]
	}
	if m := match(n, cranialPool); m != nil {
		if p, nuc := a.Pool(m[1]); p != nil && nuc != nil {
			if p.Name == "" || strings.Contains(p.Name, nuc.Name) {
				return side + nuc.Name
			}
			return side + nuc.Name + ": " + p.Name
		}
	}
	if nv := a.Nerve(n); nv != nil {
		return side + nv.Name
	}
	return side + plain(n)
}

// ChannelFibres names a channel's fibres: "corticospinal fibres from the
// hand area".
func ChannelFibres(a *anatomy.Atlas, id string) string { return channelFibres(a, id) }

func channelFibres(a *anatomy.Atlas, id string) string {
	c := a.Channel(id)
	if c == nil {
		return plain(id) + " fibres"
	}
	from := plain(c.Area) + " area"
	if ar := a.Area(c.Area); ar != nil {
		from = ar.Name
		if i := strings.Index(from, " ("); i > 0 {
			from = from[:i]
		}
	}
	return c.Kind + " fibres from the " + from
}

// cortexPlace names an area of the motor cortex by its gyrus and then
// the area, as placeOf does: "precentral gyrus (hand area)"; another
// area by its name.
func cortexPlace(ar *anatomy.Area) string {
	if g, _ := Gyrus(ar); g != "" {
		return g + " (" + AreaAlone(ar) + ")"
	}
	return ar.Name
}

// spotWork says what a muscle's neurons on the strip do, as an examiner
// tests it, rather than naming the muscle a first-year student may not
// know: "gripping with the fingers"; a muscle no examiner tests alone by
// its region: "the shoulder".
func spotWork(a *anatomy.Atlas, muscle string) string {
	m := a.Muscle(muscle)
	switch {
	case m == nil:
		return plain(muscle)
	case m.Movement != "":
		return m.Movement
	case m.Region != "":
		return "the " + anatomy.RegionName(m.Region)
	case m.Name != "":
		return m.Name
	}
	return plain(muscle)
}
