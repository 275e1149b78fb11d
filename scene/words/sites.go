package words

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/words/list"
	"github.com/decussate/decussate/scene/words/say"
)

// SiteName names a lesion site written as the command line takes it,
// ID[:SIDE][@LEVEL] or point:X,Y,Z,R, by its atlas name: "left posterior
// limb of the internal capsule", "hemisection of the cord (Brown-Séquard)
// on the right at C5". A site the atlas does not know keeps its id's
// words.
func SiteName(a *anatomy.Atlas, spec string) string {
	if rest, ok := strings.CutPrefix(spec, "point:"); ok {
		return pointName(rest)
	}
	id, level, _ := strings.Cut(spec, "@")
	id, side, _ := strings.Cut(id, ":")
	name := plain(id)
	sides := "LRB"
	if s := a.Site(id); s != nil {
		name = withoutUsage(s.Name)
		sides = s.Sides
	}
	switch {
	case side == "L" || side == "R":
		if strings.Contains(name, "(") || strings.Contains(name, ":") {
			name += " on the " + say.Side(side)
		} else {
			name = say.Side(side) + " " + name
		}
	case side == "M":
		name += " (midline)"
	case strings.ContainsAny(sides, "LR"):
		name += " on both sides"
	}
	if level != "" {
		name += " at " + level
	}
	return name
}

// pointName names a sphere point:X,Y,Z,R placed by a click by its size
// and the part of the brain it lies in (PointPlace), not by its
// coordinates, which only the link and the command line show: "a lesion
// 12 mm across in the left frontal lobe".
func pointName(rest string) string {
	n, ok := pointOf(rest)
	if !ok {
		return "a lesion placed by hand"
	}
	return "a " + Sphere(n[0], n[1], n[2], n[3])
}

// Sphere names a spherical lesion of radius r mm centred at an MNI point,
// for the hover over it: "lesion 12 mm across in the left frontal lobe".
func Sphere(x, y, z, r float64) string {
	where := PointPlace(x, y, z)
	in := " in the "
	if where == outside {
		in = " "
	}
	return fmt.Sprintf("lesion %.0f mm across", 2*r) + in + where
}

// pointOf reads X,Y,Z,R, a point site's numbers.
func pointOf(rest string) (n [4]float64, ok bool) {
	f := strings.Split(rest, ",")
	if len(f) != 4 {
		return n, false
	}
	for i, s := range f {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return n, false
		}
		n[i] = v
	}
	return n, true
}

// SiteNames names a lesion's sites, joined as a list is in a sentence.
func SiteNames(a *anatomy.Atlas, specs []string) string {
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = SiteName(a, s)
	}
	return joinList(atLevels(names))
}

// atLevels says once what sites at several levels share: "left ventral
// horn motor neurons at L2, L3 and L4" for three sites that differ only
// in their level, in the order given.
func atLevels(names []string) []string {
	var out, levels []string
	what := ""
	flush := func() {
		if len(levels) > 0 {
			out = append(out, what+" at "+joinList(levels))
		}
		levels = nil
	}
	for _, n := range names {
		i := strings.LastIndex(n, " at ")
		if i < 0 || strings.Contains(n[i+4:], " ") {
			flush()
			out = append(out, n)
			continue
		}
		if len(levels) == 0 || n[:i] != what {
			flush()
			what = n[:i]
		}
		levels = append(levels, n[i+4:])
	}
	flush()
	return out
}

// joinList joins words as "a, b and c" (list.And).
func joinList(w []string) string { return list.And(w) }

// JoinRegions joins the names of body regions as a list in a sentence
// or a report's row, a region named in parts joining as its parts: "hip,
// knee, ankle and foot" (list.Parts).
func JoinRegions(w []string) string { return list.Parts(w) }

// groupWords say where along the neuraxis a preset group lies.
var groupWords = map[string]string{
	"hemisphere":    "a cerebral hemisphere",
	"brainstem":     "the brainstem",
	"cranial_nerve": "a cranial nerve or its nucleus",
	"cord":          "the spinal cord",
	"root":          "a spinal nerve root",
	"nerve":         "a peripheral nerve",
	"disease":       "no one place: a disease of motor neurons",
}

// Group says where a preset group's lesions lie: "the brainstem".
func Group(group string) string {
	if w, ok := groupWords[group]; ok {
		return w
	}
	return plain(group)
}

// Start names a trace start for a title, "Tracing from " and then this:
// "the left facial motor nucleus", "the right ventral horn at C8".
func Start(a *anatomy.Atlas, s trace.Start) string {
	side := say.Side(s.Side.String())
	switch s.Kind {
	case trace.FromArea:
		name := plain(s.ID) + " area"
		if ar := a.Area(s.ID); ar != nil {
			name = ar.Name
			// An area of the motor cortex by the part it drives and its
			// gyrus, as the trace's caption names it, short for a title.
			if c := cortexCaption(a, side+" "+name, false); c != "" {
				return "the " + c
			}
		}
		return "the " + side + " " + name
	case trace.FromNucleus:
		name := plain(s.ID)
		for i := range a.Nuclei {
			if a.Nuclei[i].ID == s.ID {
				name = a.Nuclei[i].Name
			}
		}
		return "the " + side + " " + name
	case trace.FromHorn:
		return "the " + side + " ventral horn at " + s.Level.String()
	}
	return "what drives the " + Region(s.ID, s.Side.String()) + " (traced back to the cortex)"
}

// List joins words as a sentence lists them: "a, b and c".
func List(w []string) string { return joinList(w) }
