package lesion

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/decussate/decussate/internal/decimal"
	"github.com/decussate/decussate/internal/quote"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl64"
)

// Site is one lesion site as asked for: a named atlas site with its side
// and level, or a sphere in atlas millimetres.
type Site struct {
	// ID is the atlas site's id, or "point" for a sphere.
	ID string
	// Side is L, R, B or M.
	Side string
	// Level is the spinal segment, when HasLevel.
	Level    anatomy.Level
	HasLevel bool
	// Centre and Radius give a point site's sphere.
	Centre mgl64.Vec3
	Radius float64
}

// MaxPointRadius bounds a point lesion's radius in millimetres: larger
// spheres are no longer lesions a teacher would place.
const MaxPointRadius = 40

// String returns the site as it is written on a command line.
func (s Site) String() string {
	if s.ID == "point" {
		return "point:" + fmtNum(s.Centre[0]) + "," + fmtNum(s.Centre[1]) + "," + fmtNum(s.Centre[2]) + "," + fmtNum(s.Radius)
	}
	out := s.ID
	if s.Side != "" {
		out += ":" + s.Side
	}
	if s.HasLevel {
		out += "@" + s.Level.String()
	}
	return out
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// ParseSite reads one site, ID[:SIDE][@LEVEL] or point:X,Y,Z,R, and checks
// it against the atlas: the error names the bad part and, for an unknown
// id, the nearest valid ones.
func (e *Engine) ParseSite(text string) (Site, error) {
	if text == "" {
		return Site{}, fmt.Errorf("empty site (want ID[:SIDE][@LEVEL] or point:X,Y,Z,R; decussate-cli sites lists the ids)")
	}
	if rest, ok := strings.CutPrefix(text, "point:"); ok {
		return parsePoint(text, rest)
	}
	head, levelText, hasLevel := strings.Cut(text, "@")
	id, side, hasSide := strings.Cut(head, ":")
	id = strings.ToLower(id)
	site := e.n.atlas.Site(id)
	if id == "point" {
		return Site{}, fmt.Errorf("bad point %s: want point:X,Y,Z,R (atlas millimetres, R the radius)", quote.Short(text))
	}
	if site == nil {
		in := ""
		if id != strings.ToLower(text) {
			in = " in " + quote.Short(text)
		}
		return Site{}, fmt.Errorf("unknown site %s%s (nearest: %s)", quote.Short(id), in, strings.Join(e.nearest(id, 3), ", "))
	}
	out := Site{ID: id, Side: "B"}
	if hasSide {
		out.Side = strings.ToUpper(side)
		if len(out.Side) != 1 || !strings.Contains("LRBM", out.Side) {
			return Site{}, fmt.Errorf("bad side %s in %s (want one of %s)", quote.Short(side), quote.Short(text), sideList(site.Sides))
		}
		if !strings.Contains(site.Sides, out.Side) {
			return Site{}, fmt.Errorf("site %s does not take side %s (it takes %s)", id, out.Side, sideList(site.Sides))
		}
	} else if !strings.Contains(site.Sides, "B") {
		out.Side = site.Sides[:1]
	}
	switch {
	case hasLevel && site.Level == "":
		return Site{}, fmt.Errorf("site %s takes no level, but %s gives one", id, quote.Short(text))
	case hasLevel:
		l, err := anatomy.ParseLevel(levelText)
		if err != nil {
			return Site{}, fmt.Errorf("bad level in %s: %v", quote.Short(text), err)
		}
		if l < site.First || l > site.Last {
			return Site{}, fmt.Errorf("level %s does not exist for %s (it has %s to %s)", l, id, site.First, site.Last)
		}
		out.Level, out.HasLevel = l, true
	case site.Level == "required":
		return Site{}, fmt.Errorf("site %s needs a level: %s@%s to %s@%s", id, head, site.First, head, site.Last)
	}
	return out, nil
}

// parsePoint reads the X,Y,Z,R of a point site.
func parsePoint(text, rest string) (Site, error) {
	parts := strings.Split(rest, ",")
	if len(parts) != 4 {
		return Site{}, fmt.Errorf("bad point %s: want point:X,Y,Z,R (atlas millimetres, R the radius)", quote.Short(text))
	}
	var v [4]float64
	for i, p := range parts {
		// Plain decimals only: strconv.ParseFloat alone would read
		// "1_0" as 10, "0x1p-2" as 0.25 and "Inf" as infinity.
		x, err := decimal.Float(strings.TrimSpace(p))
		if err != nil {
			return Site{}, fmt.Errorf("bad point %s: %s is not a number (want a plain decimal such as -12.5)", quote.Short(text), quote.Short(p))
		}
		v[i] = x
	}
	if v[3] <= 0 || v[3] > MaxPointRadius {
		return Site{}, fmt.Errorf("bad point %s: the radius must be above 0 and at most %d mm", quote.Short(text), MaxPointRadius)
	}
	return Site{ID: "point", Centre: mgl64.Vec3{v[0], v[1], v[2]}, Radius: v[3]}, nil
}

// sideList writes the accepted sides in words.
func sideList(sides string) string {
	var out []string
	for _, c := range sides {
		out = append(out, string(c))
	}
	return strings.Join(out, ", ")
}

// maxNearestID bounds how much of an unknown id nearest compares: no site
// id is half as long, and the edit distance costs the product of the
// lengths, which a 100,000-byte id would make seconds.
const maxNearestID = 128

// nearest returns up to k site ids closest to id: those that contain it or
// share its first part first, then by edit distance.
func (e *Engine) nearest(id string, k int) []string {
	type cand struct {
		id   string
		dist int
	}
	lower := strings.ToLower(id[:min(len(id), maxNearestID)])
	var cs []cand
	for _, s := range e.n.atlas.Sites {
		d := editDistance(lower, strings.ToLower(s.ID))
		if lower != "" && (strings.Contains(s.ID, lower) || strings.HasPrefix(lower, s.ID)) {
			d = min(d, 1)
		}
		cs = append(cs, cand{s.ID, d})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].dist < cs[j].dist })
	var out []string
	for _, c := range cs[:min(k, len(cs))] {
		out = append(out, c.id)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// SiteInfo describes a named site for listings.
type SiteInfo struct {
	ID    string
	Name  string
	Sides string
	// Levels is the level range, with Level "required" or "optional".
	Level  string
	Levels string
	Kind   string
}

// Sites lists every named site in the atlas's order.
func (e *Engine) Sites() []SiteInfo {
	var out []SiteInfo
	for _, s := range e.n.atlas.Sites {
		out = append(out, SiteInfo{ID: s.ID, Name: s.Name, Sides: s.Sides, Level: s.Level, Levels: s.Levels, Kind: s.Kind})
	}
	return out
}
