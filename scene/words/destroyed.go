package words

import (
	"regexp"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// The forms of the engine's element names (scene/lesion's network), each
// built from atlas ids.
var (
	areaNeurons  = regexp.MustCompile(`^(\S+) neurons$`)
	areaAxons    = regexp.MustCompile(`^(\S+) axons$`)
	stationFibre = regexp.MustCompile(`^(\S+) fibres in (\S+)$`)
	crossing     = regexp.MustCompile(`^(\S+) fibres crossing to the ([LR])$`)
	tractChannel = regexp.MustCompile(`^(\S+) \((\S+) fibres\) at (\S+)$`)
	columnPool   = regexp.MustCompile(`^(\S+) motor neurons at (\S+)$`)
	tractLevel   = regexp.MustCompile(`^(\S+) at (\S+)$`)
	cranialPool  = regexp.MustCompile(`^(\S+) motor neurons$`)
)

// Destroyed names what a lesion destroyed, for the hover over it in the
// view: "left facial motor nucleus (lower face)", "right corticospinal
// fibres from the hand area in the internal capsule". The engine names
// its elements by atlas ids; these become the atlas's names.
func Destroyed(a *anatomy.Atlas, d lesion.Destroyed) string {
	side := ""
	if d.Side == "L" || d.Side == "R" {
		side = sideWords[d.Side] + " "
	}
	n := d.Name
	if m := areaNeurons.FindStringSubmatch(n); m != nil && a.Area(m[1]) != nil {
		return side + "neurons of the " + a.Area(m[1]).Name
	}
	if m := areaAxons.FindStringSubmatch(n); m != nil && a.Area(m[1]) != nil {
		return side + "axons from the " + a.Area(m[1]).Name
	}
	if m := stationFibre.FindStringSubmatch(n); m != nil && a.Channel(m[1]) != nil {
		station := plain(m[2])
		if i := a.StationIndex(m[2]); i >= 0 {
			station = a.Stations[i].Name
		}
		return side + channelFibres(a, m[1]) + " in the " + station
	}
	if m := crossing.FindStringSubmatch(n); m != nil && a.Channel(m[1]) != nil {
		return channelFibres(a, m[1]) + " crossing to the " + sideWords[m[2]]
	}
	if m := columnPool.FindStringSubmatch(n); m != nil && a.Column(m[1]) != nil {
		return side + a.Column(m[1]).Name + " at " + m[2]
	}
	if m := tractChannel.FindStringSubmatch(n); m != nil && a.Tract(m[1]) != nil && a.Channel(m[2]) != nil {
		return side + a.Tract(m[1]).Name + " at " + m[3] + " (" + channelFibres(a, m[2]) + ")"
	}
	if m := tractLevel.FindStringSubmatch(n); m != nil && a.Tract(m[1]) != nil {
		return side + a.Tract(m[1]).Name + " at " + m[2]
	}
	if m := cranialPool.FindStringSubmatch(n); m != nil {
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
