package trace

import (
	"math"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/words/list"
)

// The captions are how a teacher would name each place as the impulse
// passes it. Names come from the atlas; this file only adds the side, the
// level and a few words of grammar.

// Levels that are not a station's or a segment's.
const (
	levelCortex    = "cerebral cortex"
	levelJunction  = "cervicomedullary junction"
	levelPeriphery = Periphery
)

// Periphery is the Level of a station outside the brain and cord: a
// nerve, and the muscles it ends in. A caption that does not say where it
// is ends with it, so it is in a student's words, not an anatomist's
// "(periphery)".
const Periphery = "outside the brain and spinal cord"

// stationLevels gives the part of the neuraxis each station of
// pathways.json lies in. TestEveryStationHasALevel fails when the atlas
// gains a station without one.
var stationLevels = map[string]string{
	"corona_radiata":       "cerebral hemisphere",
	"internal_capsule":     "cerebral hemisphere",
	"crus":                 "midbrain",
	"basis_pontis_rostral": "rostral pons",
	"basis_pontis_caudal":  "caudal pons",
	"pyramid":              "medulla",
}

// areaLevels gives the level of an area of umn.json by its kind; a
// brainstem centre's is found from its height instead.
var areaLevels = map[string]string{
	"cortex":    levelCortex,
	"premotor":  levelCortex,
	"cingulate": "cingulate cortex",
}

// sideWord returns "left" or "right".
func sideWord(s anatomy.Side) string {
	if s == anatomy.Right {
		return "right"
	}
	return "left"
}

// stationCaption names channel c's fibres at its course point i on side
// s. The internal capsule is named by its part: corticobulbar fibres run
// in the genu, corticospinal ones in the posterior limb (ANATOMY.md 3.3).
func stationCaption(a *anatomy.Atlas, c *anatomy.Channel, i int, s anatomy.Side) (caption, level string) {
	id := c.Course[i].Station
	st := &a.Stations[a.StationIndex(id)]
	level = stationLevels[id]
	if id == "internal_capsule" {
		part := "posterior limb"
		if c.Kind == "corticobulbar" {
			part = "genu"
		}
		return part + " of the " + sideWord(s) + " internal capsule", level
	}
	return sideWord(s) + " " + st.Name, level
}

// brainstemLevel returns the level of a point in the brainstem at height
// z: that of the station whose mean height across the channels is
// nearest, so that the words follow the atlas's own stations.
func brainstemLevel(a *anatomy.Atlas, z float64) string {
	best, bestD := "", math.Inf(1)
	for si, st := range a.Stations {
		sum, n := 0.0, 0
		for ci := range a.Channels {
			c := &a.Channels[ci]
			if si < len(c.Course) {
				sum += c.Course[si].At[2]
				n++
			}
		}
		if n == 0 {
			continue
		}
		if d := math.Abs(sum/float64(n) - z); d < bestD {
			best, bestD = stationLevels[st.ID], d
		}
	}
	return best
}

// areaCaption names area ar on side s and gives its level.
func areaCaption(a *anatomy.Atlas, ar *anatomy.Area, s anatomy.Side) (caption, level string) {
	level, ok := areaLevels[ar.Kind]
	if !ok {
		level = brainstemLevel(a, ar.At[2])
	}
	return sideWord(s) + " " + ar.Name, level
}

// poolCaption names cranial pool p of nucleus n on side s.
func poolCaption(n *anatomy.Nucleus, p *anatomy.Pool, s anatomy.Side) string {
	if len(n.Pools) == 1 {
		return sideWord(s) + " " + n.Name + " (" + p.Name + ")"
	}
	return sideWord(s) + " " + n.Name + ": " + p.Name
}

// hornCaption names column col's motor neurons at segment l on side s.
func hornCaption(col *anatomy.Column, l anatomy.Level, s anatomy.Side) string {
	return sideWord(s) + " " + l.String() + " ventral horn (lower motor neurons): " + col.Name
}

// musclesCaption names the muscles a nerve group ends in, by region:
// "right hand and wrist muscles: interossei, flexor carpi ulnaris", with
// the muscles that move no region after them: "right lower face muscles:
// orbicularis oris, zygomaticus and buccinator, and the stapedius". Where
// a muscle's name already says its region the muscles are named without
// the regions, as a teacher says them: "right diaphragm", "left
// genioglossus and other tongue muscles", not "diaphragm muscles:
// diaphragm". Where muscles that move a region come with one that moves
// none, through the same nerve, the group is the nerve's, and the region
// is named with its muscles: "right facial nerve muscles: orbicularis
// oris, zygomaticus and buccinator (lower face), and the stapedius"; the
// stapedius is no lower face muscle. nerve is that nerve's name, "" for
// muscles without a nerve of their own in the atlas.
func musclesCaption(parts []musclePart, s anatomy.Side, nerve string) string {
	var regions, named, self, bare []string
	for _, p := range parts {
		words := p.m.Words()
		if p.m.Region == "" {
			bare = appendNew(bare, words)
			continue
		}
		// "eye (lateral rectus)" is the eye here: the muscles follow.
		region, _, _ := strings.Cut(anatomy.RegionName(p.m.Region), " (")
		if strings.Contains(words, region) || strings.Contains(region, words) {
			self = appendNew(self, words)
			continue
		}
		regions = appendNew(regions, region)
		named = appendNew(named, words)
	}
	var the []string
	for _, w := range bare {
		the = append(the, "the "+w)
	}
	var b strings.Builder
	b.WriteString(sideWord(s))
	switch {
	case len(self) > 0:
		b.WriteString(" " + list.Parts(append(append(append([]string{}, named...), self...), the...)))
	case len(regions) > 0 && len(bare) > 0 && nerve != "":
		b.WriteString(" " + nerve + " muscles: " + list.Parts(named) + " (" + list.Parts(regions) + "), and " + list.And(the))
	case len(regions) > 0:
		b.WriteString(" " + list.Parts(regions) + " muscles: " + list.Parts(append(named, the...)))
	case len(bare) > 0:
		b.WriteString(" " + list.And(bare))
	}
	return b.String()
}

// appendNew appends s to list unless it is there.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// arrivalShare is how heavy a region's drive must be, as a share of the
// heaviest region's, for the words that say the volley arrived to name
// it: the hand area's trace reaches the hand and the wrist, not the few
// uncrossed fibres' shoulder.
const arrivalShare = 0.8

// Arrival returns what a caption says once the volley has reached every
// muscle: "The signal has reached the muscles: right wrist and hand",
// naming the regions the trace drives most, on their side ("on both
// sides" where both are driven alike), in the atlas's order. The regions
// follow a colon, for some are movements ("elbow flexion") and some
// muscles ("diaphragm"), which "the muscles of" would not fit.
func (c *Chain) Arrival() string {
	heaviest := 0.0
	for _, r := range c.reaches {
		if r.Kind == Region {
			heaviest = max(heaviest, r.Weight)
		}
	}
	// sides[i] is which sides of anatomy.Regions[i] are reached: bit 1
	// the left, bit 2 the right.
	var sides [len(anatomy.Regions)]int
	for _, r := range c.reaches {
		if r.Kind != Region || r.Weight < arrivalShare*heaviest {
			continue
		}
		for i, id := range anatomy.Regions {
			if id == r.ID {
				sides[i] |= 1 << sideBit(r.Side)
			}
		}
	}
	var groups []string
	for _, g := range []struct {
		bits  int
		words string
	}{{1, "left "}, {2, "right "}, {3, ""}} {
		var names []string
		for i, bits := range sides {
			if bits == g.bits {
				name, _, _ := strings.Cut(anatomy.RegionName(anatomy.Regions[i]), " (")
				names = appendNew(names, name)
			}
		}
		if len(names) == 0 {
			continue
		}
		phrase := g.words + list.Parts(names)
		if g.bits == 3 {
			phrase += " on both sides"
		}
		groups = append(groups, phrase)
	}
	if len(groups) == 0 {
		return "The signal has reached its muscles"
	}
	return "The signal has reached the muscles: " + strings.Join(groups, "; ")
}

// sideBit numbers a side for Arrival's sets: 0 the left, 1 the right.
func sideBit(s anatomy.Side) int {
	if s == anatomy.Right {
		return 1
	}
	return 0
}
