package anatomy

import (
	"fmt"
	"strings"
)

// sites checks the named lesion sites: their sides and levels, and that
// every cut names things the atlas has.
func (v *validator) sites() {
	const file = "sites.json"
	a := v.a
	a.siteIndex = v.unique(file, len(a.Sites), func(i int) string { return a.Sites[i].ID })
	for si := range a.Sites {
		s := &a.Sites[si]
		v.src(file, s.ID, s.Src)
		if s.Sides == "" || strings.Trim(s.Sides, "LRBM") != "" {
			v.fail(file, s.ID, "sides", "must be letters among L, R, B and M, not %q", s.Sides)
		}
		switch s.Level {
		case "":
			if s.Levels != "" {
				v.fail(file, s.ID, "levels", "a site without a level has no level range")
			}
		case "required", "optional":
			first, last, err := ParseLevelRange(s.Levels)
			if err != nil {
				v.fail(file, s.ID, "levels", "%v", err)
			}
			s.First, s.Last = first, last
		default:
			v.fail(file, s.ID, "level", "must be required, optional or absent, not %q", s.Level)
		}
		if len(s.Cuts) == 0 {
			v.fail(file, s.ID, "cuts", "a site must destroy something")
		}
		for k := range s.Cuts {
			v.cut(s, k)
		}
	}
}

func (v *validator) cut(s *Site, k int) {
	const file = "sites.json"
	a := v.a
	c := &s.Cuts[k]
	field := fmt.Sprintf("cuts[%d]", k)
	for _, id := range c.Soma {
		if _, ok := a.areaIndex[id]; !ok {
			v.fail(file, s.ID, field, "unknown area %q", id)
		}
	}
	if c.Station != "" {
		if _, ok := a.stationIndex[c.Station]; !ok {
			v.fail(file, s.ID, field, "unknown station %q", c.Station)
		}
		if len(c.Channels) == 0 {
			v.fail(file, s.ID, field, "a station cut names its channels")
		}
	}
	for ch := range c.Channels {
		ci, ok := a.channelIndex[ch]
		if !ok {
			v.fail(file, s.ID, field, "unknown channel %q", ch)
		} else if c.Station != "" && a.Channels[ci].StationIndex(c.Station) < 0 {
			v.fail(file, s.ID, field, "channel %s does not pass %s", ch, c.Station)
		}
	}
	if c.Decussation != "" && !a.hasDecussation(c.Decussation) {
		v.fail(file, s.ID, field, "unknown part %q of the decussation", c.Decussation)
	}
	for _, id := range c.Pools {
		if _, ok := a.poolIndex[id]; !ok {
			v.fail(file, s.ID, field, "unknown pool %q", id)
		}
	}
	for _, id := range c.Columns {
		if _, ok := a.columnIndex[id]; !ok {
			v.fail(file, s.ID, field, "unknown column %q", id)
		}
	}
	for _, id := range c.Nerves {
		if _, ok := a.nerveIndex[id]; !ok {
			v.fail(file, s.ID, field, "unknown nerve %q", id)
		}
	}
	for _, id := range c.Cord {
		if _, ok := a.tractIndex[id]; !ok && id != CordHorns {
			v.fail(file, s.ID, field, "unknown cord part %q (horns or a spinal tract)", id)
		}
	}
	if c.Plexus != "" {
		first, last, err := ParseLevelRange(c.Plexus)
		pf, pl, _ := ParseLevelRange(PlexusLevels)
		if err != nil {
			v.fail(file, s.ID, field, "plexus: %v", err)
		} else if first < pf || last > pl {
			v.fail(file, s.ID, field, "plexus levels %s lie outside the brachial plexus (%s)", c.Plexus, PlexusLevels)
		}
	}
	levelled := len(c.Cord) > 0 || len(c.Columns) > 0 || c.Roots != ""
	for _, lv := range []string{c.Levels, c.Roots, c.DefaultLevels} {
		if lv == "" {
			continue
		}
		if lv == "@" {
			if s.Level == "" {
				v.fail(file, s.ID, field, "levels @ needs a site that takes a level")
			}
			continue
		}
		if _, _, err := ParseLevelRange(lv); err != nil {
			v.fail(file, s.ID, field, "%v", err)
		}
	}
	if levelled && c.Levels == "" && c.Roots == "" {
		v.fail(file, s.ID, field, "a cord cut needs its levels")
	}
	if c.Levels == "@" && s.Level == "optional" && c.DefaultLevels == "" {
		v.fail(file, s.ID, field, "an optional level needs default_levels")
	}
	if c.Side != "" && c.Side != "same" && c.Side != "both" {
		v.fail(file, s.ID, field, "side must be same or both, not %q", c.Side)
	}
	if f := c.Share(); f <= 0 || f > 1 {
		v.fail(file, s.ID, field, "fraction must lie in (0, 1]")
	}
	for ch, f := range c.Channels {
		if f <= 0 || f > 1 {
			v.fail(file, s.ID, field, "share of channel %s must lie in (0, 1]", ch)
		}
	}
	if c.MedialToLateral != nil {
		laminated := false
		for _, id := range c.Cord {
			if ti, ok := a.tractIndex[id]; ok && a.Tracts[ti].ByChannel {
				laminated = true
			}
		}
		switch {
		case !laminated:
			v.fail(file, s.ID, field, "medial_to_lateral needs a laminated tract (by_channel) among the cord parts")
		case len(c.Channels) > 0:
			v.fail(file, s.ID, field, "medial_to_lateral replaces channels: give one or the other")
		}
		for _, f := range c.MedialToLateral {
			if f <= 0 || f > 1 {
				v.fail(file, s.ID, field, "medial_to_lateral shares must lie in (0, 1]")
			}
		}
	}
}

func (a *Atlas) hasDecussation(id string) bool {
	for _, d := range a.Decussations {
		if d.ID == id {
			return true
		}
	}
	return false
}
