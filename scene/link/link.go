// Package link reads the explorer's state from a link (the page's fragment,
// or the desktop program's -state), e.g.
//
//	mode=lesion&lesion=internal_capsule.posterior_limb:L&cam=40,12,760,0,-20,-95
//
// A link comes from anyone: a teacher's slide, a chat message, a hostile
// page. So Parse never fails and never trusts it: every part is checked
// (numbers finite and in range, names known, counts bounded) and what is
// refused becomes a Note, short and plain, that the explorer shows while
// the rest of the link opens.
//
// Keys: mode (explore, trace, lesion), trace (a start), lesion (a site;
// repeated for several), phase (acute or chronic), section (a level),
// labels, look (glass, opaque, cutaway or quadrant), scale (true for true scale),
// presenter, and cam: yaw and pitch
// in degrees, distance, then the target x, y, z in millimetres.
package link

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/trace"
)

// Mode is the explorer's mode a link opens in.
type Mode int

// The modes.
const (
	Explore Mode = iota
	Trace
	Lesion
)

// String returns the mode as a link writes it.
func (m Mode) String() string {
	switch m {
	case Trace:
		return "trace"
	case Lesion:
		return "lesion"
	}
	return "explore"
}

// MaxLesions bounds the lesions a link (or a student) places: enough for
// any syndrome (the presets need at most six sites), few enough that the
// frame stays fast (each sphere is a mesh to sort and draw, every frame).
const MaxLesions = 16

// MaxLength bounds a link's length in bytes: a link the explorer writes is
// a few hundred bytes; anything beyond this is not read at all.
const MaxLength = 64 << 10

// maxLesionParts bounds the lesion parts of a link that are read: checking
// a site costs (an unknown one is compared with every id), and past
// MaxLesions they are refused anyway.
const maxLesionParts = 4 * MaxLesions

// Ranges of the camera's numbers. A link the explorer writes is always
// inside them; a number outside is refused rather than clamped, so that a
// mistyped link says so.
const (
	// MaxYaw is the largest yaw, in degrees either way.
	MaxYaw = 360
	// MaxPitch is the largest pitch, in degrees either way.
	MaxPitch = 90
	// MinDistance and MaxDistance bound the camera's distance from its
	// target, in millimetres (the camera itself keeps within them).
	MinDistance = 40
	MaxDistance = 3000
	// MaxTarget bounds each coordinate of the camera's target and of a
	// sphere's centre, in millimetres: the whole body lies well within it.
	MaxTarget = 2000
)

// Camera is a link's camera: angles in degrees, lengths in millimetres.
type Camera struct {
	Yaw, Pitch, Distance float32
	Target               [3]float32
}

// State is what a link opens: every field checked.
type State struct {
	Mode Mode
	// Trace is the start traced in trace mode.
	Trace trace.Start
	// Lesions are the sites placed in lesion mode, at most MaxLesions,
	// none twice.
	Lesions []lesion.Site
	Phase   lesion.Phase
	// Section is the id of the section's level, "" for none.
	Section string
	// Preset is the id of the classic lesion placed, which titles lesion
	// mode with its name, "" for none.
	Preset string
	Labels bool
	// Look is how the brain is drawn: glass (the default), opaque,
	// cutaway or quadrant.
	Look      geom.Look
	TrueScale bool
	Presenter bool
	// PresenterNamed tells that the link names presenter mode (on or
	// off): one that does not leaves the device's setting as it is.
	PresenterNamed bool
	// Camera is nil when the link sets none (or a bad one).
	Camera *Camera
}

// Checker is what Parse checks names against.
type Checker struct {
	Atlas  *anatomy.Atlas
	Engine *lesion.Engine
	// Levels are the ids of the section's levels.
	Levels []string
	// Presets are the ids of the classic lesions.
	Presets []string
}

// keys are the keys a link may hold.
var keys = []string{"mode", "trace", "lesion", "preset", "phase", "section", "labels", "look", "scale", "presenter", "cam"}

// Parse reads a link's fragment (with or without its #). It returns the
// state to open (the default view's, for any part it refused) and notes
// on what it refused; it never fails.
func Parse(fragment string, c Checker) (State, []Note) {
	st := State{Phase: lesion.Chronic}
	var notes []Note
	add := func(k Kind, part, detail string) { notes = append(notes, Note{Kind: k, Part: part, Detail: detail}) }
	fragment = strings.TrimPrefix(fragment, "#")
	if len(fragment) > MaxLength {
		add(TooLong, "", strconv.Itoa(len(fragment)))
		return st, notes
	}
	q, err := url.ParseQuery(fragment)
	if err != nil {
		add(Unreadable, "", "")
		// ParseQuery keeps what it could read: open that.
	}
	for k := range q {
		if !known(k) {
			add(UnknownKey, k, "")
		}
	}
	sortNotes(notes)
	first := func(k string) (string, bool) {
		v, ok := q[k]
		if !ok || len(v) == 0 {
			return "", false
		}
		return strings.TrimSpace(v[0]), true
	}
	if v, ok := first("labels"); ok {
		st.Labels = readSwitch(v, "labels", add)
	}
	if v, ok := first("presenter"); ok {
		st.Presenter, st.PresenterNamed = readSwitch(v, "presenter", add), true
	}
	if v, ok := first("look"); ok && v != "" {
		l, err := geom.ParseLook(v)
		if err != nil {
			add(BadValue, "look="+v, "look is "+strings.Join(geom.Looks, ", "))
		} else {
			st.Look = l
		}
	}
	if v, ok := first("scale"); ok {
		switch strings.ToLower(v) {
		case "true", "1", "on", "yes":
			st.TrueScale = true
		case "teaching", "false", "0", "off", "no", "":
		default:
			add(BadValue, "scale="+v, "scale is true or teaching")
		}
	}
	if v, ok := first("cam"); ok && v != "" {
		cam, detail := readCamera(v)
		if detail != "" {
			add(BadCamera, v, detail)
		} else {
			st.Camera = &cam
		}
	}
	mode, _ := first("mode")
	switch strings.ToLower(mode) {
	case "", "explore":
	case "trace":
		st.Mode = Trace
		text, _ := first("trace")
		s, err := trace.ParseStart(c.Atlas, text)
		if err != nil {
			add(BadTrace, text, "")
			st.Mode = Explore
		} else {
			st.Trace = s
		}
	case "lesion":
		st.Mode = Lesion
		st.Lesions = readLesions(q["lesion"], c.Engine, add)
		if v, ok := first("phase"); ok {
			p, err := lesion.ParsePhase(v)
			if err != nil {
				add(BadValue, "phase="+v, "phase is acute or chronic")
			} else {
				st.Phase = p
			}
		}
	default:
		add(BadValue, "mode="+mode, "mode is explore, trace or lesion")
	}
	if v, ok := first("section"); ok && v != "" {
		if st.Section, ok = matchID(c.Levels, v); !ok {
			add(BadSection, v, "")
		}
	}
	if v, ok := first("preset"); ok && v != "" && st.Mode == Lesion {
		if st.Preset, ok = matchID(c.Presets, v); !ok {
			add(UnknownPreset, v, "")
		}
	}
	return st, notes
}

// matchID returns the id of ids that v names, in any case, and whether
// there is one.
func matchID(ids []string, v string) (string, bool) {
	for _, id := range ids {
		if strings.EqualFold(id, v) {
			return id, true
		}
	}
	return "", false
}

// known says whether k is one of the keys a link may hold.
func known(k string) bool {
	for _, key := range keys {
		if k == key {
			return true
		}
	}
	return false
}

// readSwitch reads an on/off key such as labels=1.
func readSwitch(v, key string, add func(Kind, string, string)) bool {
	switch strings.ToLower(v) {
	case "1", "true", "on", "yes":
		return true
	case "0", "false", "off", "no", "":
		return false
	}
	add(BadValue, key+"="+v, key+" is 1 or 0")
	return false
}

// readCamera reads yaw,pitch,distance,x,y,z, or says in a few words what
// is wrong with it.
func readCamera(s string) (Camera, string) {
	parts := strings.Split(s, ",")
	if len(parts) != 6 {
		return Camera{}, "it needs six numbers"
	}
	var v [6]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || strings.ContainsRune(p, '_') {
			return Camera{}, "every part must be a number"
		}
		v[i] = f
	}
	switch {
	case math.Abs(v[0]) > MaxYaw:
		return Camera{}, "the turn must be within ±360°"
	case math.Abs(v[1]) > MaxPitch:
		return Camera{}, "the tilt must be within ±90°"
	case v[2] < MinDistance || v[2] > MaxDistance:
		return Camera{}, "the distance must be 40 to 3000 mm"
	case math.Abs(v[3]) > MaxTarget || math.Abs(v[4]) > MaxTarget || math.Abs(v[5]) > MaxTarget:
		return Camera{}, "the centre must be within 2000 mm"
	}
	return Camera{Yaw: float32(v[0]), Pitch: float32(v[1]), Distance: float32(v[2]), Target: [3]float32{float32(v[3]), float32(v[4]), float32(v[5])}}, ""
}

// readLesions checks a link's lesions: each must parse, lie within reach,
// and differ from those before it; at most MaxLesions are kept.
func readLesions(texts []string, e *lesion.Engine, add func(Kind, string, string)) []lesion.Site {
	var out []lesion.Site
	// met holds the texts met, so that a text met before is a repeat
	// without parsing it again; placed the sites placed, as written.
	met, placed := make(map[string]bool), make(map[string]bool)
	read, extra := 0, 0
	for _, text := range texts {
		text = strings.TrimSpace(text)
		if met[text] {
			add(Repeated, text, "")
			continue
		}
		met[text] = true
		if read == maxLesionParts {
			extra++
			continue
		}
		read++
		if len(text) > maxSiteLength {
			add(BadLesion, text, "")
			continue
		}
		if strings.HasPrefix(text, "point:") && strings.ContainsRune(text, '_') {
			// strconv reads 1_0 as nothing, but other readers as 10.
			add(BadLesion, text, "")
			continue
		}
		s, err := e.ParseSite(text)
		if err != nil {
			if !strings.HasPrefix(text, "point:") && e.Atlas().Site(siteID(text)) == nil {
				add(UnknownSite, text, "")
			} else {
				add(BadLesion, text, "")
			}
			continue
		}
		if s.ID == "point" && (math.Abs(s.Centre[0]) > MaxTarget || math.Abs(s.Centre[1]) > MaxTarget || math.Abs(s.Centre[2]) > MaxTarget) {
			add(BadLesion, text, "")
			continue
		}
		key := s.String()
		if placed[key] {
			add(Repeated, text, "")
			continue
		}
		if len(out) == MaxLesions {
			extra++
			continue
		}
		placed[key] = true
		out = append(out, s)
	}
	if extra > 0 {
		add(TooMany, "", strconv.Itoa(len(out)+extra))
	}
	return out
}

// maxSiteLength bounds one lesion's text: the longest site the atlas
// writes is well under it.
const maxSiteLength = 120

// siteID returns the id part of a site ID[:SIDE][@LEVEL], lower case.
func siteID(text string) string {
	head, _, _ := strings.Cut(text, "@")
	id, _, _ := strings.Cut(head, ":")
	return strings.ToLower(id)
}
