// Package tour reads the guided tours a teacher steps through in front of a
// class (assets/tours/*.json, one tour a file, in file name order): each
// tour is a list of steps, and a step is a caption with, optionally, a
// camera, a mode, a trace start, lesion sites or a preset, a section level
// and whether labels show. Nothing here draws: the game applies a step to
// its state, and Player only keeps the place.
//
// A step says what the screen shows, whole: its mode, trace, lesion and
// section replace the previous step's (absent means none). Only the camera
// and the labels carry over from the step before when a step leaves them
// out, so that a tour need not repeat a view it keeps.
package tour

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"

	"github.com/decussate/decussate/internal/datafiles"
	"github.com/decussate/decussate/internal/jsonerr"
	"github.com/decussate/decussate/scene/preset"
	"github.com/decussate/decussate/scene/view"
)

// The modes a step may ask for.
const (
	Explore = "explore"
	Trace   = "trace"
	Lesion  = "lesion"
)

// Modes lists the modes a step may name.
var Modes = []string{Explore, Trace, Lesion}

// Tour is one guided lesson.
type Tour struct {
	// ID is a stable key: lower case letters, digits and underscores.
	ID string `json:"id"`
	// Title is the name shown in the list of tours.
	Title string `json:"title"`
	// Description says in a sentence what the tour teaches.
	Description string `json:"description"`
	// Steps are the tour's steps, in order; at least one.
	Steps []Step `json:"steps"`
	// File is the tour file the tour was read from.
	File string `json:"-"`
}

// Step is one screen of a tour.
type Step struct {
	// Caption is what the teacher would say: one or two sentences, shown
	// large. Required.
	Caption string `json:"caption"`
	// Camera, when given, turns or moves the camera; nil keeps the
	// previous step's.
	Camera *Camera `json:"camera,omitempty"`
	// Mode is explore, trace or lesion; empty means the mode the step's
	// content implies (see EffectiveMode).
	Mode string `json:"mode,omitempty"`
	// Trace is a trace start as trace.ParseStart reads it ("area:hand:L");
	// trace mode only.
	Trace string `json:"trace,omitempty"`
	// Sites are lesion sites as lesion.Engine.ParseSite reads them; lesion
	// mode only, and not with Preset.
	Sites []string `json:"sites,omitempty"`
	// Preset is the id of a lesion preset (assets/presets); lesion mode
	// only, and not with Sites.
	Preset string `json:"preset,omitempty"`
	// Section is a section level as geom.FindSectionLevel reads it
	// ("decussation", "C8"); empty shows no section.
	Section string `json:"section,omitempty"`
	// Labels turns the labels on or off; nil keeps the previous step's.
	Labels *bool `json:"labels,omitempty"`
	// Marks are what the caption names that no part of the model is
	// drawn as, cortical areas written as a trace's start reads them
	// ("area:hand:L"), or a deep station the fibres pass
	// ("station:internal_capsule:L", ParseMark): each is marked on the
	// model with its name, so that a step saying where the hand knob
	// lies, or that the fibres run through the capsule, shows it.
	Marks []string `json:"marks,omitempty"`
	// Arrived shows the trace's volley arrived at its muscles, as a
	// trace's end does: the limb framed from the cord to the muscles,
	// each marked with its name. For a step whose caption says where
	// the trace ends ("to the small muscles of the right hand"); trace
	// mode only.
	Arrived bool `json:"arrived,omitempty"`
}

// stepFields is a Step without its methods, for the decoder. In the browser
// build the linker keeps every exported method of a type that reflection
// reaches (Ebiten's shader compiler imports text/template, which puts it in
// that mode), and LesionSites reaches the lesion engine, whose mathgl
// vectors would keep the whole of mathgl: half a megabyte of WebAssembly.
type stepFields Step

// Camera is a step's camera: a named view (view.Views) and/or any of the
// target, yaw, pitch and distance. Angles are in degrees, as a teacher
// writes them; lengths in atlas millimetres.
type Camera struct {
	// View is a name SetView takes (front, left, oblique...); applied
	// first, so that Yaw and Pitch, when given, override it.
	View string `json:"view,omitempty"`
	// Target is the point looked at, x right, y anterior, z superior.
	Target *[3]float32 `json:"target,omitempty"`
	// Yaw turns about the long axis: 0 faces the patient, 90 looks at the
	// patient's left side.
	Yaw *float32 `json:"yaw,omitempty"`
	// Pitch looks down from above the horizontal, -89 to 89.
	Pitch *float32 `json:"pitch,omitempty"`
	// Distance is the distance from the target, 40 to 3000.
	Distance *float32 `json:"distance,omitempty"`
}

// The bounds Load checks a camera against, those of view.Camera.
const (
	maxPitchDeg = 89
	minDistance = 40
	maxDistance = 3000
)

// EffectiveMode returns the step's mode: Mode when given, else trace for a
// step with a trace, lesion for one with sites or a preset, else explore.
func (s Step) EffectiveMode() string {
	switch {
	case s.Mode != "":
		return strings.ToLower(s.Mode)
	case s.Trace != "":
		return Trace
	case len(s.Sites) > 0 || s.Preset != "":
		return Lesion
	}
	return Explore
}

// ApplyCamera sets cam from c: the view first, then the target, yaw, pitch
// and distance that are given. The error names an unknown view; cam is then
// unchanged. It is not a method of Camera because steps are decoded by
// reflection, and in the browser build the linker keeps every exported
// method of a type reflection reaches (see stepFields): this one would keep
// the view camera's, and through them the whole of mathgl.
func ApplyCamera(cam *view.Camera, c *Camera) error {
	next := *cam
	if c.View != "" {
		if err := next.SetView(c.View); err != nil {
			return err
		}
	}
	if c.Target != nil {
		next.Target = *c.Target
	}
	if c.Yaw != nil {
		next.Yaw = float32(math.Remainder(float64(*c.Yaw)*math.Pi/180, 2*math.Pi))
	}
	if c.Pitch != nil {
		next.Pitch = *c.Pitch * math.Pi / 180
	}
	if c.Distance != nil {
		next.Distance = *c.Distance
	}
	*cam = next
	return nil
}

// Error is a fault in a tour file, naming the file, the tour, the step
// (1-based; 0 for the tour itself) and the field.
type Error struct {
	File  string
	Tour  string
	Step  int
	Field string
	Msg   string
}

// Error returns the fault as one line:
// "tours 01-cst.json: corticospinal: step 3: camera.view: unknown view".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("tours")
	if e.File != "" {
		b.WriteString(" " + e.File)
	}
	if e.Tour != "" {
		b.WriteString(": " + e.Tour)
	}
	if e.Step > 0 {
		b.WriteString(": step " + strconv.Itoa(e.Step))
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// Load reads every *.json file at the root of fsys (assets.Tours() gives
// the embedded ones), one tour a file, in name order, strictly: an unknown
// field, trailing data, a missing id, title or caption, a tour without
// steps, an unknown mode, a camera out of bounds, a step mixing a trace
// with a lesion or sites with a preset, and an id used twice are faults.
// The error names the file, the tour, the step and the field of every
// fault found. Load checks nothing against the atlas: Validate does.
func Load(fsys fs.FS) ([]Tour, error) {
	names, err := datafiles.JSON(fsys)
	if err != nil {
		return nil, &Error{File: "*.json", Msg: err.Error()}
	}
	if len(names) == 0 {
		return nil, &Error{File: "*.json", Msg: "no tour files"}
	}
	var out []Tour
	var errs []error
	first := map[string]string{}
	for _, name := range names {
		t, ferrs := loadFile(fsys, name)
		if len(ferrs) > 0 {
			errs = append(errs, ferrs...)
			continue
		}
		if f, dup := first[t.ID]; dup {
			errs = append(errs, &Error{File: name, Tour: t.ID, Field: "id", Msg: "duplicate id (first in " + f + ")"})
			continue
		}
		first[t.ID] = name
		out = append(out, t)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// loadFile reads one tour file.
func loadFile(fsys fs.FS, name string) (Tour, []error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return Tour{}, []error{&Error{File: name, Msg: fmt.Sprintf("cannot read: %v", err)}}
	}
	var head struct {
		Comment     string            `json:"comment"`
		ID          string            `json:"id"`
		Title       string            `json:"title"`
		Description string            `json:"description"`
		Steps       []json.RawMessage `json:"steps"`
	}
	if err := jsonerr.DecodeStrict(data, &head); err != nil {
		field, msg := jsonerr.Describe(data, err)
		return Tour{}, []error{&Error{File: name, Tour: tourLabel(data), Field: field, Msg: msg}}
	}
	t := Tour{ID: head.ID, Title: head.Title, Description: head.Description, File: name}
	label := head.ID
	if strings.TrimSpace(label) == "" {
		label = "(no id)"
	}
	var errs []error
	fault := func(step int, field, msg string) {
		errs = append(errs, &Error{File: name, Tour: label, Step: step, Field: field, Msg: msg})
	}
	switch {
	case head.ID == "":
		fault(0, "id", "missing")
	case !preset.ValidID(head.ID):
		fault(0, "id", fmt.Sprintf("%q: want lower case letters, digits and underscores", head.ID))
	}
	if strings.TrimSpace(head.Title) == "" {
		fault(0, "title", "missing")
	}
	if len(head.Steps) == 0 {
		fault(0, "steps", "missing or empty: want a list of steps")
	}
	for i, raw := range head.Steps {
		var decoded stepFields
		if err := jsonerr.DecodeStrict(raw, &decoded); err != nil {
			field, msg := jsonerr.Describe(raw, err)
			fault(i+1, field, msg)
			continue
		}
		s := Step(decoded)
		for _, f := range checkStep(&s) {
			fault(i+1, f[0], f[1])
		}
		t.Steps = append(t.Steps, s)
	}
	return t, errs
}

// checkStep returns the faults of one step that need no atlas, as
// field, message pairs.
func checkStep(s *Step) [][2]string {
	var out [][2]string
	fault := func(field, msg string) { out = append(out, [2]string{field, msg}) }
	if strings.TrimSpace(s.Caption) == "" {
		fault("caption", "missing")
	}
	mode := s.EffectiveMode()
	known := false
	for _, m := range Modes {
		known = known || mode == m
	}
	if !known {
		fault("mode", fmt.Sprintf("unknown mode %q (want %s)", s.Mode, strings.Join(Modes, ", ")))
	}
	if s.Trace != "" && mode != Trace {
		fault("trace", fmt.Sprintf("a trace needs mode trace, not %s", mode))
	}
	if (len(s.Sites) > 0 || s.Preset != "") && mode != Lesion {
		fault("sites", fmt.Sprintf("sites or a preset need mode lesion, not %s", mode))
	}
	if len(s.Sites) > 0 && s.Preset != "" {
		fault("preset", "give sites or a preset, not both")
	}
	if mode == Trace && s.Trace == "" {
		fault("trace", "missing: mode trace needs a trace start")
	}
	if mode == Lesion && len(s.Sites) == 0 && s.Preset == "" {
		fault("sites", "missing: mode lesion needs sites or a preset")
	}
	if c := s.Camera; c != nil {
		if c.View == "" && c.Target == nil && c.Yaw == nil && c.Pitch == nil && c.Distance == nil {
			fault("camera", "empty: give a view, a target, a yaw, a pitch or a distance")
		}
		if c.Target != nil {
			for _, x := range c.Target {
				if !finite(x) {
					fault("camera.target", "not a finite point")
					break
				}
			}
		}
		if c.Yaw != nil && !finite(*c.Yaw) {
			fault("camera.yaw", "not a finite angle")
		}
		if c.Pitch != nil && (!finite(*c.Pitch) || *c.Pitch < -maxPitchDeg || *c.Pitch > maxPitchDeg) {
			fault("camera.pitch", fmt.Sprintf("%v: want -%d to %d degrees", *c.Pitch, maxPitchDeg, maxPitchDeg))
		}
		if c.Distance != nil && (!finite(*c.Distance) || *c.Distance < minDistance || *c.Distance > maxDistance) {
			fault("camera.distance", fmt.Sprintf("%v: want %d to %d mm", *c.Distance, minDistance, maxDistance))
		}
	}
	return out
}

func finite(x float32) bool { return !math.IsNaN(float64(x)) && !math.IsInf(float64(x), 0) }

// tourLabel names the tour of a file that does not decode: its id when
// one can be read.
func tourLabel(data []byte) string {
	var head struct {
		ID any `json:"id"`
	}
	if json.Unmarshal(data, &head) == nil {
		if id, ok := head.ID.(string); ok && strings.TrimSpace(id) != "" {
			return id
		}
	}
	return ""
}
