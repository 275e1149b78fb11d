package explorer

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer/screen"
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

// Frame is everything one frame shows: the camera, the options the
// renderer takes (the labels kept to the part the panels leave), the
// meshes drawn over the model, the caption, and the panels laid out with
// what they show.
type Frame struct {
	Camera  view.Camera
	Options view.FrameOptions
	// Overlay holds the traced chain's tubes, the section's cut face and
	// lesion mode's lesions (LesionMeshes). It is the explorer's, kept
	// between frames: OverlayVersion changes whenever it does, so that
	// the window hands its renderer new meshes only then.
	Overlay        []geom.Mesh
	OverlayVersion int
	// Caption is the section's name when the model is cut (what the
	// picture is of), else the trace station the impulse passed last; ""
	// for none.
	Caption string
	// Layout places the panels on the screen, and Content is what they
	// show (DrawPanels draws them). The Layout's slices and the Content
	// are the explorer's, valid until the next Frame.
	Layout  screen.Layout
	Content *screen.Content
}

// Frame returns what a frame of w × h pixels shows now, at scale pixels
// per CSS pixel: the window draws it each frame, the command line's render
// once. It also tells framing the screen's size, so that a camera framed
// later fits what the panels leave.
func (e *Explorer) Frame(w, h int, scale float32) Frame {
	s := &e.st
	e.shown = shown{w: w, h: h, ratio: scale}
	e.openFirstView()
	f := Frame{Camera: s.Camera}
	f.Options, f.Caption = e.model()
	f.Overlay, f.OverlayVersion = e.overlay()
	// The list of classic lesions is tapped on a touch screen: its rows
	// a fingertip high.
	e.pick.Fingertip = 0
	if e.device == words.Touch {
		e.pick.Fingertip = screen.FingertipCSS * scale
	}
	e.content(&e.frameContent)
	f.Content = &e.frameContent
	if scr := e.screenFor(&e.frameScreen); scr != nil && w > 0 && h > 0 {
		m := screen.NewMetrics(w, h, scale, s.Presenter)
		f.Layout = scr.Place(m, f.Content)
		e.noteFree(w, h, &f.Layout)
		if e.picker {
			e.pickBox, e.pickSize = f.Layout.Left, f.Layout.Size
		}
		e.helpPages, e.reportPages = f.Layout.HelpPages(), f.Layout.ReportPages()
		// A page counted from the end (a tour stepped back) is the
		// layout's page from now on.
		e.reportPage = turnPage(e.reportPage, 0, e.reportPages)
		e.compact = f.Layout.Strip.W > 0
		f.Options.LabelSize, f.Options.LabelMin, f.Options.LabelFloor = m.LabelSize(), m.LabelLeast(), m.LabelFloor()
		if area, ok := f.Layout.LabelArea(); ok {
			f.Options.LabelArea = area
			f.Options.LabelKeepOff = marksRoom(scr.MarkBoxes(&f.Layout, f.Content), markClearance*m.LabelSize())
		} else {
			f.Options.Labels = false
		}
	}
	return f
}

// marksRoom returns the room the first four marks (a section's side
// letters) take over the model, as the screen draws them (MarkBoxes), pad
// pixels about each, for the labels and their leaders to keep off: the
// view draws its labels first, and a mark over one is left out.
func marksRoom(boxes []view.Box, pad float32) [4]view.Area {
	var out [4]view.Area
	for i, b := range boxes[:min(len(boxes), len(out))] {
		out[i] = view.Area{X0: b.X - pad, Y0: b.Y - pad, X1: b.X + b.W + pad, Y1: b.Y + b.H + pad}
	}
	return out
}

// markClearance is how far, in label sizes, labels keep from a mark:
// a name pressed against a side's letter reads as one with it.
const markClearance = 0.5

// Options returns the options the renderer draws the model with now,
// the labels placed over the whole frame: the proportions, look and
// labels, the trace's dimming and action potentials, the section's cut,
// lesion mode's dimming. A picture without panels (an export) takes them.
func (e *Explorer) Options() view.FrameOptions {
	o, _ := e.model()
	return o
}

// model returns the options the model is drawn with, and the caption.
func (e *Explorer) model() (view.FrameOptions, string) {
	s := &e.st
	o := view.FrameOptions{Proportions: s.Proportions, Labels: s.Labels, Look: s.Look, Highlight: -1, TextScale: 1}
	caption := ""
	if s.Mode == Trace && e.Chain(geom.TrueScale) != nil {
		e.tracing.markers, _, caption = e.Pulses(s.Proportions, e.tracing.markers[:0])
		o.Dim, o.Markers = TraceDim, e.tracing.markers
		if e.stepCut() {
			// A tour's section shows the trace on its cut (stepCut).
			o.Markers = nil
		}
	}
	// Named or not, as the Labels button says (labelson.go).
	o.Labels = e.labelsOn()
	if e.player != nil {
		// What the step's caption names is named first, on the lesion's
		// side.
		o.LabelFirst = e.player.Step().Caption
		o.LabelSide, o.LabelSided = e.lesionSide()
	}
	if s.Section != "" {
		l := e.Level()
		o.Clip, o.ClipZ = true, ClipZ(l, s.Proportions)
		caption = e.words().title
	}
	if e.lesionDimmed() {
		// The cutaway's far hemisphere stays solid behind the lesion:
		// the look keeps its name. The opaque cortex and the quadrant's
		// cut one fade instead, to show the lesion inside them, and the
		// tag says so (tags).
		o.Dim, o.DimKeepsSolid = LesionDim, s.Look == geom.Cutaway
	}
	return o, caption
}

// lesionDimmed reports whether lesion mode dims the model: lesions are
// placed, and no trace dims it instead.
func (e *Explorer) lesionDimmed() bool {
	s := &e.st
	return s.Lesioning() && s.Mode != Trace && len(s.Lesions) > 0
}

// OverlayMeshes returns the meshes drawn over the model now (the traced
// chain's tubes, the section's cut face, lesion mode's lesions) and their
// version, which changes whenever they do. They are the explorer's, kept
// between frames.
func (e *Explorer) OverlayMeshes() ([]geom.Mesh, int) { return e.overlay() }

// DrawPanels draws f's panels into dl, over the model drawn there.
func (e *Explorer) DrawPanels(dl *view.DrawList, f *Frame) {
	if e.frameScreen == nil || f.Content == nil {
		return
	}
	e.frameScreen.Draw(dl, &f.Layout, f.Content)
}

// ClipZ is the height, in proportion p's millimetres, above which a
// section at l cuts the model away.
func ClipZ(l geom.SectionLevel, p geom.Proportions) float32 {
	return p.Warp(mgl32.Vec3{0, 0, float32(l.Z)})[2] - 0.05
}

// Pulses appends to dst the trace's action potentials as proportion p
// draws them, and returns them (valid until the next call) with the caption of the station the
// impulse passed last ("" for none).
func (e *Explorer) Pulses(p geom.Proportions, dst []view.Marker) ([]view.Marker, []trace.Pulse, string) {
	c := e.Chain(p)
	if c == nil {
		return dst, nil, ""
	}
	// The pulses' storage is kept: the window asks every frame.
	pulses, st := c.Impulse(e.tracing.pulses[:0], e.Distance(p), 1)
	e.tracing.pulses = pulses
	weights := e.tracing.weights
	for _, pu := range pulses {
		dst = append(dst, view.Marker{Pos: pu.Pos, Radius: PulseSize(weights[pu.Node]), Color: pulseColor})
	}
	return dst, pulses, StationCaption(e.cfg.Atlas, st)
}

// StationCaption is what a trace's caption says at a station: its words,
// with its level when they do not name it, an area of the motor cortex
// named by the part it drives and its gyrus (words.TraceCaption).
func StationCaption(a *anatomy.Atlas, st *trace.Station) string {
	if st == nil {
		return ""
	}
	return words.TraceCaption(a, st.Caption, st.Level)
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

// aimSection looks up at the section's cut from below, framed in the
// free area: a level stepped past the last one, which framing sees as no
// change, is left framed too, not at the bare aim.
func (e *Explorer) aimSection() {
	e.camMove.stop()
	e.st.Camera = e.sectionCamera()
	if e.shown.w <= 0 {
		// Aimed for defaultShown: the first frame aims it again for its
		// own screen (openFirstView).
		e.framing.aimedBlind = e.st.Camera
	}
}

// AimAtSection turns cam to look up at a section's cut face from below, as
// a scan is shown: front at the top, the patient's right on the left,
// framed on what the cut shows (geom.SectionAim).
func AimAtSection(cam *view.Camera, a *anatomy.Atlas, l geom.SectionLevel, p geom.Proportions) {
	target, distance := geom.SectionAim(a, l)
	cam.Target = p.Warp(target)
	cam.Yaw, cam.Pitch, cam.Distance = 0, -1.55, distance
}

// lesionSide returns the side every structure the lesions shown destroy
// lies on; false when there are none, or they lie on both sides or the
// midline.
func (e *Explorer) lesionSide() (anatomy.Side, bool) {
	if !e.st.Lesioning() || len(e.st.Lesions) == 0 {
		return anatomy.Left, false
	}
	res, _ := e.Result()
	if res == nil {
		return anatomy.Left, false
	}
	side := ""
	for _, d := range res.Destroyed {
		if d.Side == "" || d.Side != side && side != "" {
			return anatomy.Left, false
		}
		side = d.Side
	}
	switch side {
	case "L":
		return anatomy.Left, true
	case "R":
		return anatomy.Right, true
	}
	return anatomy.Left, false
}
