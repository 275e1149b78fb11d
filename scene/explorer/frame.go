package explorer

import (
	"math"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// How a trace is drawn: the model dimmed this much, the action potentials
// this big and bright.
const (
	TraceDim    = 0.78
	pulseRadius = 3.2
)

// pulseColor is the colour of an action potential.
var pulseColor = [4]float32{1, 1, 0.85, 1}

// Frame is what one frame shows of the explorer's state besides its
// panels (Overlay): the camera, the options the renderer takes, the
// meshes drawn over the model, and the caption.
type Frame struct {
	Camera  view.Camera
	Options view.FrameOptions
	// Overlay holds the traced chain's tubes, the section's cut face and
	// lesion mode's lesions (LesionMeshes).
	Overlay []geom.Mesh
	// Caption is the section's name when the model is cut (what the
	// picture is of), else the trace station the impulse passed last; ""
	// for none.
	Caption string
}

// Frame returns what a frame shows now. The meshes are computed on each
// call: the window keeps its own between frames, the command line draws
// one.
func (e *Explorer) Frame() Frame {
	s := &e.st
	f := Frame{Camera: s.Camera}
	f.Options = view.FrameOptions{Proportions: s.Proportions, Labels: s.Labels, Look: s.Look, Highlight: -1, TextScale: 1}
	var chain *trace.Chain
	if c := e.Chain(geom.TrueScale); c != nil {
		chain = c
		f.Overlay = geom.TraceMeshes(c, geom.TraceColor(s.Trace))
		markers, _, caption := e.Pulses(s.Proportions, nil)
		f.Options.Dim, f.Options.Markers, f.Caption = TraceDim, markers, caption
	}
	if s.Section != "" {
		l := e.Level()
		f.Overlay = append(f.Overlay, geom.Section(e.cfg.Atlas, l.Z, chain)...)
		f.Options.Clip, f.Options.ClipZ = true, ClipZ(l, s.Proportions)
		f.Caption = "Section: " + l.Name
	}
	if s.Lesioning() {
		f.Overlay = append(f.Overlay, e.LesionMeshes()...)
		if chain == nil && len(s.Lesions) > 0 {
			f.Options.Dim = LesionDim
		}
	}
	return f
}

// ClipZ is the height, in proportion p's millimetres, above which a
// section at l cuts the model away.
func ClipZ(l geom.SectionLevel, p geom.Proportions) float32 {
	return p.Warp(mgl32.Vec3{0, 0, float32(l.Z)})[2] - 0.05
}

// Pulses appends to dst the trace's action potentials as proportion p
// draws them, and returns them with the caption of the station the
// impulse passed last ("" for none).
func (e *Explorer) Pulses(p geom.Proportions, dst []view.Marker) ([]view.Marker, []trace.Pulse, string) {
	c := e.Chain(p)
	if c == nil {
		return dst, nil, ""
	}
	pulses, st := c.Impulse(nil, e.Distance(p), 1)
	weights := geom.TraceWeights(e.Chain(geom.TrueScale))
	for _, pu := range pulses {
		dst = append(dst, view.Marker{Pos: pu.Pos, Radius: PulseSize(weights[pu.Node]), Color: pulseColor})
	}
	return dst, pulses, StationCaption(st)
}

// StationCaption is what a trace's caption says at a station: its words,
// with its level when they do not name it.
func StationCaption(st *trace.Station) string {
	if st == nil {
		return ""
	}
	c := words.Capital(st.Caption)
	if st.Level != "" && !strings.Contains(st.Caption, st.Level) {
		if strings.HasSuffix(c, ")") {
			// Not two brackets in a row: "Left hand area (the hand
			// knob), cerebral cortex".
			c += ", " + st.Level
		} else {
			c += " (" + st.Level + ")"
		}
	}
	return c
}

// PulseSize is the radius of an action potential on a branch carrying
// share w of the drive: the few uncrossed fibres' impulses are small.
func PulseSize(w float64) float32 {
	return pulseRadius * float32(0.3+0.7*math.Sqrt(w))
}

// lead returns where the leading impulse is, in the drawn proportion.
func (e *Explorer) lead() (mgl32.Vec3, bool) {
	c := e.Chain(e.st.Proportions)
	if c == nil {
		return mgl32.Vec3{}, false
	}
	// The pulses' storage is kept: the camera follows them every tick.
	e.tracing.pulses, _ = c.Impulse(e.tracing.pulses[:0], e.Distance(e.st.Proportions), 1)
	for _, pu := range e.tracing.pulses {
		if pu.Main {
			return pu.Pos, true
		}
	}
	return mgl32.Vec3{}, false
}

// aimSection looks up at the section's cut from below.
func (e *Explorer) aimSection() {
	e.camMove.stop()
	AimAtSection(&e.st.Camera, e.cfg.Atlas, e.Level(), e.st.Proportions)
}

// AimAtSection turns cam to look up at a section's cut face from below, as
// a scan is shown: front at the top, the patient's right on the left,
// framed on what the cut shows (geom.SectionAim).
func AimAtSection(cam *view.Camera, a *anatomy.Atlas, l geom.SectionLevel, p geom.Proportions) {
	target, distance := geom.SectionAim(a, l)
	cam.Target = p.Warp(target)
	cam.Yaw, cam.Pitch, cam.Distance = 0, -1.55, distance
}
