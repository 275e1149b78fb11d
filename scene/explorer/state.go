package explorer

import (
	"fmt"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// State is what the explorer shows, as a link, a tour step or the desktop
// program's -state describes it. It is a plain value: Explorer.Set opens
// one, Explorer.State returns the one open.
type State struct {
	// Mode is what the person is doing under any tour or panel: Explore,
	// Trace, Lesion or Quiz. A section is the field Section, and a tour
	// the Explorer's; Top names the topmost of them all.
	Mode Mode
	// Trace is the start traced in trace mode.
	Trace trace.Start
	// Lesions are those placed in lesion mode (and the quiz), in the
	// order placed.
	Lesions []Placed
	// Preset is the id of the classic lesion in place, "" once the
	// student changes it.
	Preset string
	// Title titles lesion mode's report when it is not the preset's name
	// (a tour step's sites, the quiz's question); a link does not hold it.
	Title string
	Phase lesion.Phase
	// Section is the id of the section's level, "" for none.
	Section     string
	Labels      bool
	Proportions geom.Proportions
	Presenter   bool
	Camera      view.Camera
	// Look is how the brain is drawn: glass (the default), opaque,
	// cutaway or quadrant.
	Look geom.Look
	// Framed tells that a trace's Camera is where framing put it for the
	// screen it was on (its path, its muscles), not one the person
	// chose: its link leaves the camera out, and a trace's link without
	// a camera opens framed on the screen it opens on, as a trace
	// started by a tap (pathlink.go).
	Framed bool
}

// Placed is one lesion placed: a named site, or a sphere in atlas
// millimetres.
type Placed struct {
	// Site, when set, is a named site as lesion.Engine.ParseSite reads it
	// ("internal_capsule.posterior_limb:L"); Centre and Radius are then
	// unused.
	Site   string
	Centre mgl32.Vec3
	Radius float32
}

// Sphere tells whether the lesion is a sphere rather than a named site.
func (l Placed) Sphere() bool { return l.Site == "" }

// Text returns the lesion as lesion.Engine.ParseSite reads it.
func (l Placed) Text() string {
	if l.Site != "" {
		return l.Site
	}
	return fmt.Sprintf("point:%.1f,%.1f,%.1f,%.1f", l.Centre[0], l.Centre[1], l.Centre[2], l.Radius)
}

// PlacedOf returns the lesion a parsed site stands for: a sphere stays a
// sphere, a named site keeps its name.
func PlacedOf(s lesion.Site) Placed {
	if s.ID == "point" {
		return Placed{Centre: geom.Vec32(s.Centre), Radius: float32(s.Radius)}
	}
	return Placed{Site: s.String()}
}

// DefaultState returns the first view: exploring, the chronic phase, the
// teaching proportions, the default camera.
func DefaultState() State {
	return State{Phase: lesion.Chronic, Proportions: geom.Teaching, Camera: view.DefaultCamera()}
}

// Lesioning tells whether lesion mode's lesions are on screen: in lesion
// mode and in the quiz.
func (s State) Lesioning() bool { return s.Mode == Lesion || s.Mode == Quiz }

// Top returns the topmost mode of s without a tour: the quiz, lesion mode,
// a trace, a section, or exploring.
func (s State) Top() Mode {
	if s.Mode == Explore && s.Section != "" {
		return Section
	}
	return s.Mode
}
