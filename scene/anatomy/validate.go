package anatomy

import (
	"fmt"
	"math"
)

// validator checks an atlas and builds its indexes, stopping at the first
// fault.
type validator struct {
	a       *Atlas
	sources map[string]bool
	err     error
	pending []func()
}

// fail records the first fault.
func (v *validator) fail(file, entry, field, format string, args ...any) {
	if v.err == nil {
		v.err = &Error{File: file, Entry: entry, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
}

// fileSrc defers the check of a file-level src list until the sources are
// known.
func (v *validator) fileSrc(file string, src []string) {
	v.pending = append(v.pending, func() { v.src(file, "", src) })
}

// src checks that an entry cites at least one known source.
func (v *validator) src(file, entry string, src []string) {
	if len(src) == 0 {
		v.fail(file, entry, "src", "no source given: every fact needs one")
		return
	}
	for _, s := range src {
		if !v.sources[s] {
			v.fail(file, entry, "src", "unknown source %q (sources.json lists them)", s)
		}
	}
}

// unique builds an index of ids, failing on an empty or repeated one.
func (v *validator) unique(file string, n int, id func(int) string) map[string]int {
	m := make(map[string]int, n)
	for i := 0; i < n; i++ {
		s := id(i)
		if s == "" {
			v.fail(file, fmt.Sprintf("entry %d", i+1), "id", "missing")
		} else if _, dup := m[s]; dup {
			v.fail(file, s, "id", "repeated")
		}
		m[s] = i
	}
	return m
}

// positive checks that a size is above zero.
func (v *validator) positive(file, entry, field string, x float64) {
	if x <= 0 {
		v.fail(file, entry, field, "must be positive, not %g", x)
	}
}

// sumsToOne checks that shares add up to 1.
func (v *validator) sumsToOne(file, entry, field string, total float64) {
	if math.Abs(total-1) > 1e-6 {
		v.fail(file, entry, field, "shares sum to %.4g, not 1", total)
	}
}

func (v *validator) run() error {
	a := v.a
	v.sources = make(map[string]bool)
	for i, s := range a.Sources {
		if s.ID == "" || s.Cite == "" {
			v.fail("sources.json", fmt.Sprintf("entry %d", i+1), "cite", "every source needs an id and a citation")
		}
		v.sources[s.ID] = true
	}
	v.requiredLists()
	for _, p := range v.pending {
		p()
	}
	v.segments()
	v.areas()
	v.pathways()
	v.columns()
	v.nuclei()
	v.centreDrives()
	v.nerves()
	v.muscles()
	v.reflexes()
	v.sites()
	return v.err
}

func (v *validator) segments() {
	const file = "segments.json"
	a := v.a
	for i, s := range a.Segments {
		if i >= NumLevels {
			v.fail(file, s.ID, "id", "segments end at Co1")
			break
		}
		want := Level(i).String()
		if s.ID != want {
			v.fail(file, s.ID, "id", "segment %d must be %s: segments run C1 to Co1 without a gap", i+1, want)
		}
		if s.Top <= s.Bottom {
			v.fail(file, s.ID, "bottom", "the bottom (%g) must lie below the top (%g)", s.Bottom, s.Top)
		}
		if i > 0 && math.Abs(a.Segments[i-1].Bottom-s.Top) > 1e-6 {
			v.fail(file, s.ID, "top", "must meet the segment above, at %g", a.Segments[i-1].Bottom)
		}
		if s.RX <= 0 || s.RY <= 0 {
			v.fail(file, s.ID, "rx", "the cross-section needs positive half-widths")
		}
		if s.Exit > s.Top {
			v.fail(file, s.ID, "exit", "roots cannot leave above their segment")
		}
		v.src(file, s.ID, s.Src)
	}
	if len(a.Segments) < NumLevels {
		v.fail(file, "", "segments", "want the %d segments C1 to Co1, got %d (the last is missing)", NumLevels, len(a.Segments))
	}
}

func (v *validator) areas() {
	const file = "umn.json"
	a := v.a
	a.areaIndex = v.unique(file, len(a.Areas), func(i int) string { return a.Areas[i].ID })
	for ai := range a.Areas {
		ar := &a.Areas[ai]
		v.src(file, ar.ID, ar.Src)
		v.positive(file, ar.ID, "r", ar.R)
		switch ar.Kind {
		case "cortex", "premotor", "cingulate", "brainstem":
		default:
			v.fail(file, ar.ID, "kind", "unknown kind %q (cortex, premotor, cingulate or brainstem)", ar.Kind)
		}
		if ar.Kind != "brainstem" && len(ar.Path) > 0 {
			v.fail(file, ar.ID, "path", "only brainstem centres have a path of their own")
		}
		v.sheet(file, ar)
	}
}

// channelSources checks a channel's other cortical sources: premotor
// areas, each named once, whose shares leave the channel's own area
// some.
func (v *validator) channelSources(file string, c *Channel) {
	a := v.a
	seen := map[string]bool{}
	for _, s := range c.Sources {
		ai, ok := a.areaIndex[s.Area]
		switch {
		case !ok:
			v.fail(file, c.ID, "sources", "unknown area %q", s.Area)
		case a.Areas[ai].Kind != "premotor":
			v.fail(file, c.ID, "sources", "%q is not a premotor area", s.Area)
		case seen[s.Area]:
			v.fail(file, c.ID, "sources", "%q named twice", s.Area)
		case s.W <= 0:
			v.fail(file, c.ID, "sources", "%q's share %g must be positive", s.Area, s.W)
		}
		seen[s.Area] = true
	}
	if own := c.OwnShare(); own <= 0 {
		v.fail(file, c.ID, "sources", "the sources' shares leave the channel's own area %g, want more than 0", own)
	}
}

func (v *validator) pathways() {
	const file = "pathways.json"
	a := v.a
	a.stationIndex = v.unique(file, len(a.Stations), func(i int) string { return a.Stations[i].ID })
	for _, s := range a.Stations {
		v.src(file, s.ID, s.Src)
		v.positive(file, s.ID, "r", s.R)
	}
	decs := v.unique(file, len(a.Decussations), func(i int) string { return a.Decussations[i].ID })
	for _, d := range a.Decussations {
		v.src(file, d.ID, d.Src)
	}
	a.channelIndex = v.unique(file, len(a.Channels), func(i int) string { return a.Channels[i].ID })
	for i := range a.Channels {
		c := &a.Channels[i]
		v.src(file, c.ID, c.Src)
		ai, ok := a.areaIndex[c.Area]
		if !ok {
			v.fail(file, c.ID, "area", "unknown area %q", c.Area)
			continue
		}
		if a.Areas[ai].Kind == "brainstem" {
			v.fail(file, c.ID, "area", "%q is a brainstem centre, not a cortical area", c.Area)
		}
		if len(c.Course) == 0 {
			v.fail(file, c.ID, "course", "empty")
		}
		v.channelSources(file, c)
		for j, p := range c.Course {
			if j >= len(a.Stations) || p.Station != a.Stations[j].ID {
				want := "nothing more"
				if j < len(a.Stations) {
					want = a.Stations[j].ID
				}
				v.fail(file, c.ID, "course", "point %d is at %q but the next level is %s: a course may not skip a level", j+1, p.Station, want)
				break
			}
		}
		switch c.Kind {
		case "corticobulbar":
			if c.Decussation != "" || c.Ends != "" {
				v.fail(file, c.ID, "decussation", "a corticobulbar channel ends in the brainstem")
			}
		case "corticospinal":
			if len(c.Course) != len(a.Stations) {
				v.fail(file, c.ID, "course", "a corticospinal channel must reach the pyramid")
			}
			if _, ok := decs[c.Decussation]; !ok {
				v.fail(file, c.ID, "decussation", "unknown part %q of the decussation", c.Decussation)
			}
			if _, err := ParseLevel(c.Ends); err != nil {
				v.fail(file, c.ID, "ends", "%v", err)
			}
			if !inUnit(c.Lateral[0]) || math.Abs(c.Lateral[1]) >= 1 {
				v.fail(file, c.ID, "lateral", "must lie inside the cord's cross-section")
			}
		default:
			v.fail(file, c.ID, "kind", "unknown kind %q (corticobulbar or corticospinal)", c.Kind)
		}
	}
	a.tractIndex = v.unique(file, len(a.Tracts), func(i int) string { return a.Tracts[i].ID })
	for _, t := range a.Tracts {
		v.src(file, t.ID, t.Src)
		if t.From != "cortex" {
			ai, ok := a.areaIndex[t.From]
			if !ok || a.Areas[ai].Kind != "brainstem" {
				v.fail(file, t.ID, "from", "%q is neither cortex nor a brainstem centre", t.From)
			} else if len(a.Areas[ai].Path) < 2 {
				v.fail(file, t.ID, "from", "centre %q has no path down to the cord", t.From)
			}
		}
		if t.ByChannel {
			if t.From != "cortex" {
				v.fail(file, t.ID, "by_channel", "only corticospinal tracts keep channels")
			}
			continue
		}
		for _, ch := range t.Channels {
			ci, ok := a.channelIndex[ch]
			if !ok || a.Channels[ci].Kind != "corticospinal" {
				v.fail(file, t.ID, "channels", "%q is not a corticospinal channel", ch)
			}
		}
		if _, err := ParseLevel(t.Ends); err != nil {
			v.fail(file, t.ID, "ends", "%v", err)
		}
		if !inUnit(t.At[0]) || math.Abs(t.At[1]) >= 1 || t.R <= 0 {
			v.fail(file, t.ID, "at", "must lie inside the cord's cross-section")
		}
	}
}

func inUnit(x float64) bool { return x >= 0 && x < 1 }

// TractEnds returns the lowest segment tract t reaches for channel ch (the
// channel's own end in a tract that keeps channels apart).
func (a *Atlas) TractEnds(t *SpinalTract, ch string) Level {
	end := t.Ends
	if t.ByChannel {
		end = a.Channels[a.channelIndex[ch]].Ends
	}
	l, _ := ParseLevel(end)
	return l
}

func (v *validator) columns() {
	const file = "columns.json"
	a := v.a
	a.columnIndex = v.unique(file, len(a.Columns), func(i int) string { return a.Columns[i].ID })
	for ci := range a.Columns {
		c := &a.Columns[ci]
		v.src(file, c.ID, c.Src)
		var covered [NumLevels]bool
		for pi := range c.Profiles {
			p := &c.Profiles[pi]
			entry := c.ID + " profile " + p.ID
			first, last, err := ParseLevelRange(p.Levels)
			if err != nil {
				v.fail(file, entry, "levels", "%v", err)
				continue
			}
			p.First, p.Last = first, last
			if r := p.Redundancy; r != nil && (*r < 0 || *r >= v.a.Model.FullLoss) {
				v.fail(file, entry, "redundancy", "must lie between 0 and the model's full_loss")
			}
			for l := first; l <= last; l++ {
				if covered[l] {
					v.fail(file, entry, "levels", "%s is already covered by another profile", l)
				}
				covered[l] = true
			}
			total := 0.0
			for k, in := range p.Inputs {
				field := fmt.Sprintf("inputs[%d]", k)
				total += in.W
				ti, ok := a.tractIndex[in.Tract]
				if !ok {
					v.fail(file, entry, field, "unknown tract %q", in.Tract)
					continue
				}
				t := &a.Tracts[ti]
				if in.Side != "same" && in.Side != "other" {
					v.fail(file, entry, field, "side must be same or other, not %q", in.Side)
				}
				if in.Crossed && t.From == "cortex" && !t.ByChannel {
					v.fail(file, entry, field, "tract %s is uncrossed: its fibres cross only at their segment", in.Tract)
				}
				if t.From == "cortex" {
					chi, ok := a.channelIndex[in.Channel]
					if !ok || a.Channels[chi].Kind != "corticospinal" || (!t.ByChannel && !contains(t.Channels, in.Channel)) {
						v.fail(file, entry, field, "tract %s carries no channel %q", in.Tract, in.Channel)
						continue
					}
				} else if in.Channel != "" {
					v.fail(file, entry, field, "tract %s has no channels", in.Tract)
				}
				if end := a.TractEnds(t, in.Channel); end < last {
					v.fail(file, entry, field, "tract %s ends at %s, above %s", in.Tract, end, last)
				}
			}
			v.sumsToOne(file, entry, "inputs", total)
		}
	}
}

func (v *validator) nuclei() {
	const file = "nuclei.json"
	a := v.a
	a.poolIndex = make(map[string][2]int)
	for ni := range a.Nuclei {
		n := &a.Nuclei[ni]
		v.src(file, n.ID, n.Src)
		v.positive(file, n.ID, "r", n.R)
		for pi := range n.Pools {
			p := &n.Pools[pi]
			if p.ID == "" {
				v.fail(file, n.ID, "pools", "a pool has no id")
			}
			if _, dup := a.poolIndex[p.ID]; dup {
				v.fail(file, p.ID, "id", "repeated")
			}
			a.poolIndex[p.ID] = [2]int{ni, pi}
			if p.Src != nil {
				v.src(file, p.ID, p.Src)
			}
			total := 0.0
			for k, in := range p.Inputs {
				field := fmt.Sprintf("inputs[%d]", k)
				total += in.W
				ch := a.channelOfArea(in.Area)
				if ch == nil {
					v.fail(file, p.ID, field, "no corticofugal channel comes from area %q", in.Area)
					continue
				}
				if in.Side != "same" && in.Side != "other" {
					v.fail(file, p.ID, field, "side must be same or other, not %q", in.Side)
				}
				if ch.StationIndex(in.LeavesAfter) < 0 {
					v.fail(file, p.ID, field, "channel %s does not pass %q, so its fibres cannot leave there", ch.ID, in.LeavesAfter)
				}
			}
			if len(p.Inputs) > 0 {
				v.sumsToOne(file, p.ID, "inputs", total)
			}
		}
	}
}

// channelOfArea returns the channel that carries area's fibres, or nil.
func (a *Atlas) channelOfArea(area string) *Channel {
	for i := range a.Channels {
		if a.Channels[i].Area == area {
			return &a.Channels[i]
		}
	}
	return nil
}

// StationIndex returns the position of station in the channel's course, or
// -1 if the channel does not pass it.
func (c *Channel) StationIndex(station string) int {
	for i, p := range c.Course {
		if p.Station == station {
			return i
		}
	}
	return -1
}

// ProfileAt returns the column's drive profile at segment l, or nil where
// the column has no pools.
func (c *Column) ProfileAt(l Level) *Profile {
	for i := range c.Profiles {
		if p := &c.Profiles[i]; l >= p.First && l <= p.Last {
			return p
		}
	}
	return nil
}
