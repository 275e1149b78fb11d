package words

import (
	"math"
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words/say"
)

// areaMuscle is the engine's form for an area's neurons for one muscle
// ("hand neurons for interossei").
const areaMuscle = "% neurons for %"

// Gyrus says where on the cortex an area of the motor cortex lies, as a
// teacher names it, and what its name adds besides: the hand area is in
// the "precentral gyrus" ("the hand knob"), the leg area in the
// "paracentral lobule" ("medial surface"). An area that is not motor
// cortex (a brainstem centre, the cingulate motor area) gives "".
func Gyrus(ar *anatomy.Area) (gyrus, detail string) {
	if ar == nil || ar.Kind != "cortex" {
		return "", ""
	}
	_, detail, _ = strings.Cut(ar.Name, " (")
	detail = strings.TrimSuffix(detail, ")")
	if rest, ok := strings.CutPrefix(detail, "paracentral lobule"); ok {
		return "paracentral lobule", strings.TrimPrefix(rest, ", ")
	}
	return "precentral gyrus", detail
}

// AreaAlone is an area's name without what its brackets add: "hand area".
func AreaAlone(ar *anatomy.Area) string {
	n, _, _ := strings.Cut(ar.Name, " (")
	return n
}

// place is one structure a lesion hit, named without its side.
type place struct {
	side, name string
}

// placeOf names where destroyed element d lies: the station its fibres
// run in ("internal capsule (posterior limb)"), the tract and level in
// the cord ("lateral corticospinal tract at C6"), the gyrus and area its
// neurons are in ("precentral gyrus (hand area)"), else what Destroyed
// says of it. Fibres cut on their way to the crossing are named where
// the lesion is: the pyramidal decussation when atCross says it lies
// where they cross, else the pyramid they still run in.
func placeOf(a *anatomy.Atlas, d lesion.Destroyed, atCross bool) place {
	side := say.Side(d.Side)
	if m := match(d.Name, stationFibre); m != nil && a.StationIndex(m[2]) >= 0 {
		name := a.Stations[a.StationIndex(m[2])].Name
		if m[2] == "internal_capsule" {
			// Corticobulbar fibres run in the genu, corticospinal ones in
			// the posterior limb (ANATOMY.md 3.3).
			part := "posterior limb"
			if c := a.Channel(m[1]); c != nil && c.Kind == "corticobulbar" {
				part = "genu"
			}
			name += " (" + part + ")"
		}
		return place{side, name}
	}
	if m := match(d.Name, sourceJoin); m != nil && a.StationIndex(m[3]) >= 0 {
		return place{side, a.Stations[a.StationIndex(m[3])].Name}
	}
	if m := match(d.Name, crossing); m != nil && a.Channel(m[1]) != nil {
		if i := a.StationIndex("pyramid"); !atCross && i >= 0 {
			// Cut above their crossing, in the lower pyramid of the
			// hemisphere they come from: the other side's.
			return place{say.Opposite(d.Side), a.Stations[i].Name}
		}
		// Fibres on their way across, from the foot of one pyramid to
		// the other side's lateral tract: one midline structure, named
		// once for both sides' crossings.
		return place{"", "pyramidal decussation"}
	}
	if m := match(d.Name, tractChannel); m != nil && a.Tract(m[1]) != nil {
		// The tract at its level, not each channel's fibres in it: a
		// click on the cord takes the neck's and the arm's fibres of one
		// tract, "left lateral corticospinal tract at C6".
		return place{side, a.Tract(m[1]).Name + " at " + m[3]}
	}
	spot := match(d.Name, areaMuscle)
	m := spot
	if m == nil {
		m = match(d.Name, areaNeurons)
	}
	if m != nil {
		if ar := a.Area(m[1]); ar != nil {
			if g, _ := Gyrus(ar); g != "" {
				part := AreaAlone(ar)
				if spot != nil {
					part = spotPart(a, ar, spot[2])
				}
				return place{side, g + " (" + part + ")"}
			}
			return place{side, ar.Name}
		}
	}
	return place{"", Destroyed(a, d)}
}

// spotParts name the body part a hot spot's muscle moves, where an area
// drives more than one: the leg and foot area's hip, knee and foot.
var spotParts = map[string]string{
	"hip": "hip", "knee": "knee", "ankle_foot": "foot and ankle",
	"shoulder": "shoulder", "elbow_flexion": "elbow", "elbow_extension": "elbow",
	"wrist": "wrist", "hand": "hand",
}

// spotPart names the part of area ar a hot spot of muscle drives, "hip
// area", when the area's muscles move more than one part: a lesion that
// took the hip's neurons at the vertex is not one of the "leg and foot
// area", whose foot it spared. Otherwise the area's name.
func spotPart(a *anatomy.Atlas, ar *anatomy.Area, muscle string) string {
	regions := map[string]bool{}
	for _, sp := range ar.Sheet {
		if mu := a.Muscle(sp.Muscle); mu != nil {
			regions[mu.Region] = true
		}
	}
	mu := a.Muscle(muscle)
	if mu == nil || len(regions) < 2 || spotParts[mu.Region] == "" {
		return AreaAlone(ar)
	}
	return spotParts[mu.Region] + " area"
}

// matterShare is the least share of its neurons or fibres a lesion must
// destroy for a place beyond the first to be named: more than a mild
// loss (the contract's 0.35). A place it grazed, taking a few of its
// neurons, or a third of the trunk's, which the other hemisphere drives
// too, is not where the lesion is, nor what its findings come from.
const matterShare = 0.35

// crossReach is how far above the highest crossing (the arm fibres',
// pathways.json) a lesion's centre still lies where the fibres cross: the
// crossing bundles' own radius.
const crossReach = 1.0

// atCrossing tells whether lesion sites lie where the corticospinal
// fibres cross, so that fibres they cut on their way across are named the
// pyramidal decussation: a site named by id (the decussation's own), or a
// clicked sphere whose centre is at or below the highest crossing. A
// click on the lower pyramid, above it, reaches the fibres only before
// they cross.
func atCrossing(a *anatomy.Atlas, sites []lesion.SiteJSON) bool {
	top := math.Inf(-1)
	for _, d := range a.Decussations {
		top = max(top, d.Z)
	}
	for _, s := range sites {
		rest, ok := strings.CutPrefix(s.ID, "point:")
		if !ok {
			return true
		}
		if n, ok := pointOf(rest); !ok || n[2] <= top+crossReach {
			return true
		}
	}
	return false
}

// bothSides ends the name of a place a lesion took on both sides.
const bothSides = " on both sides"

// LesionPlace names where a lesion is by what the engine says it
// destroyed, largest share first, as a teacher heads a case: "left
// internal capsule (posterior limb)", "left corona radiata and precentral
// gyrus (hand area)". It names at most two places, the second only when
// the lesion destroyed enough of it to matter (matterShare), and, when the
// lesion weakens something, none whose loss shows in no finding
// (Destroyed.Silent); it gives "" when the lesion destroyed nothing.
func LesionPlace(a *anatomy.Atlas, res *lesion.Result) string {
	if a == nil || res == nil {
		return ""
	}
	var ps []place
	atCross := atCrossing(a, res.Sites)
	for _, d := range res.Destroyed {
		if d.Silent && len(res.Deficits) > 0 {
			// Not where the findings come from.
			continue
		}
		if len(ps) > 0 && d.Share < matterShare {
			// Destroyed comes largest share first.
			break
		}
		p := placeOf(a, d, atCross)
		dup := false
		for i, q := range ps {
			dup = dup || q == p || q.side == "" && q.name == p.name+bothSides
			if !dup && q.name == p.name && q.side != "" && p.side != "" {
				// The same place on the left and the right: one
				// midline lesion, "basis pontis on both sides".
				ps[i], dup = place{"", q.name + bothSides}, true
			}
		}
		if !dup {
			ps = append(ps, p)
		}
		if len(ps) == 2 {
			break
		}
	}
	if len(ps) == 0 {
		return ""
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.name
		if p.side != "" && (i == 0 || p.side != ps[0].side) {
			names[i] = p.side + " " + p.name
		}
	}
	return joinList(names)
}

// LesionWhere names where lesions placed by hand lie, capitalised to
// open a line: what they destroyed (LesionPlace), else, when that is
// nothing, the parts of the brain clicked (PointPlace) or their sites
// (SiteNames): "Left internal capsule (posterior limb)", "Left frontal
// lobe".
func LesionWhere(a *anatomy.Atlas, res *lesion.Result, specs []string) string {
	if p := LesionPlace(a, res); p != "" {
		return Capital(p)
	}
	if p := pointPlaces(specs); p != "" {
		return Capital(p)
	}
	if len(specs) == 0 {
		return ""
	}
	return Capital(SiteNames(a, specs))
}

// LesionHeading is the report's title for lesions placed by hand, which
// have no name of their own: "Lesion in the left internal capsule
// (posterior limb)", from what they destroyed; lesions clicked where
// they destroy nothing are named by the part of the brain they lie in,
// "Lesion in the left frontal lobe: no motor pathway here", and other
// sites by their names (SiteNames).
func LesionHeading(a *anatomy.Atlas, res *lesion.Result, specs []string) string {
	if p := LesionPlace(a, res); p != "" {
		if strings.HasPrefix(p, "left ") || strings.HasPrefix(p, "right ") {
			return "Lesion in the " + p
		}
		return "Lesion of the " + p
	}
	if p := pointPlaces(specs); p != "" {
		switch {
		case p == outside:
			return "Lesion outside the brain"
		case strings.HasSuffix(p, "precentral gyrus") || strings.HasSuffix(p, "paracentral lobule"):
			// The motor strip, where a click took too little of any
			// area's neurons to count: "no motor pathway" would be
			// wrong, and the summary says what it took.
			return "Lesion in the " + p
		}
		return "Lesion in the " + p + ": no motor pathway here"
	}
	return LesionWhere(a, res, specs)
}

// outside is PointPlace's word for a point outside the brain.
const outside = "outside the brain"

// pointPlaces names the parts of the brain lesions placed by a click lie
// in, each once, "left frontal lobe and cerebellum (vermis)"; "" unless
// every site is a point.
func pointPlaces(specs []string) string {
	var places []string
	for _, s := range specs {
		rest, ok := strings.CutPrefix(s, "point:")
		if !ok {
			return ""
		}
		n, ok := pointOf(rest)
		if !ok {
			return ""
		}
		p := PointPlace(n[0], n[1], n[2])
		if !slices.Contains(places, p) {
			places = append(places, p)
		}
	}
	if len(places) > 1 {
		// "the left frontal lobe and outside the brain" reads wrong:
		// what lies outside adds nothing to the heading.
		places = slices.DeleteFunc(places, func(p string) bool { return p == outside })
	}
	return joinList(places)
}

// cortexLevel is the level a trace gives an area of the motor cortex.
const cortexLevel = "cerebral cortex"

// TraceCaption is what a trace's caption says at a station: its words,
// with its level when they do not name it. An area of the motor cortex
// is named as a teacher does, by the body part it drives and the gyrus
// it lies in: the trace's "right shoulder and arm area" (the right
// hemisphere's) becomes "Left shoulder and arm area of the right
// precentral gyrus", since the area drives the other side's arm.
func TraceCaption(a *anatomy.Atlas, caption, level string) string {
	if level == cortexLevel && a != nil {
		if c := cortexCaption(a, caption, true); c != "" {
			return Capital(c)
		}
	}
	c := Capital(caption)
	if level != "" && !strings.Contains(caption, level) {
		if strings.HasSuffix(c, ")") {
			// Not two brackets in a row: "Left cingulate motor area
			// (upper face), cingulate cortex".
			c += ", " + level
		} else {
			c += " (" + level + ")"
		}
	}
	return c
}

// cortexCaption rewords a trace's "SIDE AREA NAME" for an area of the
// motor cortex, "right hand area of the left precentral gyrus (the hand
// knob)", or gives "" for anything else; without detail, what the area's
// name adds in brackets is left out.
func cortexCaption(a *anatomy.Atlas, caption string, detail bool) string {
	hemi, name, ok := strings.Cut(caption, " ")
	if !ok || (hemi != "left" && hemi != "right") {
		return ""
	}
	for i := range a.Areas {
		ar := &a.Areas[i]
		if ar.Name != name {
			continue
		}
		g, more := Gyrus(ar)
		if g == "" {
			return ""
		}
		body := "right"
		if hemi == "right" {
			body = "left"
		}
		c := body + " " + AreaAlone(ar) + " of the " + hemi + " " + g
		if detail && more != "" {
			c += " (" + more + ")"
		}
		return c
	}
	return ""
}
