package explorer

import (
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
)

// shown is the screen the last Frame was asked for: framing fits its
// cameras to what the panels leave of it.
type shown struct {
	w, h  int
	ratio float32
}

// Local is what only the adapter knows and a frame shows: the name of the
// part under the pointer, a note of its own (an export's status, shown
// over the explorer's notes), the keyboard's focus, the pointer (presenter mode's ring) and
// full screen.
type Local struct {
	Hover, Note string
	Focus       screen.Tool
	Focused     bool
	// Pointer tells that the pointer is over the screen, at PointerX,
	// PointerY.
	Pointer            bool
	PointerX, PointerY float32
	Fullscreen         bool
}

// SetLocal tells the explorer what the adapter alone knows, for the next
// Frame (and framing's layout).
func (e *Explorer) SetLocal(l Local) {
	e.local = l
	e.pointer.notePointer(l)
}

// content fills c with what a frame shows over the model: the explorer's
// state (Overlay) and the adapter's (Local).
func (e *Explorer) content(c *screen.Content) {
	e.followPatient(0)
	e.Overlay(c)
	l := &e.local
	c.Hover, c.Note = l.Hover, l.Note
	if c.Note == "" {
		c.Note = e.notes.text
	}
	c.Focus, c.Focused = l.Focus, l.Focused
	c.Ring, c.PointerX, c.PointerY = e.st.Presenter && e.pointer.ring(*l), l.PointerX, l.PointerY
	c.On[screen.ToolFullscreen] = l.Fullscreen
	c.Presets = &e.pick
}

// screenFor returns *s, made first with the configured face (or the
// shipped one): nil when no face could be made.
func (e *Explorer) screenFor(s **screen.Screen) *screen.Screen {
	if *s != nil {
		return *s
	}
	m := e.cfg.Face
	if m == nil {
		f, err := screen.NewFace()
		if err != nil {
			return nil
		}
		e.cfg.Face, m = f, f
	}
	*s = screen.New(m)
	return *s
}

// shownScreen returns the screen the last Frame was asked for, or
// defaultShown before any.
func (e *Explorer) shownScreen() shown {
	if sh := e.shown; sh.w > 0 && sh.h > 0 && sh.ratio > 0 {
		return sh
	}
	return defaultShown
}

// defaultShown is the screen framed for before any Frame: a common one.
var defaultShown = shown{w: 1280, h: 720, ratio: 1}

// FreeArea returns the size of the screen the last Frame was asked for and
// the part of it the panels leave to the model, as the layout places them
// for what is open now (a preset just chosen opens lesion mode's panels
// before a frame draws them): the whole screen when they leave too
// little; on a screen taller than wide showing labels, less their room
// (roomForLabels).
func (e *Explorer) FreeArea() (w, h int, area view.Area) {
	sh := e.shownScreen()
	area = view.Area{X1: float32(sh.w), Y1: float32(sh.h)}
	scr := e.screenFor(&e.framingScreen)
	if scr == nil {
		return sh.w, sh.h, area
	}
	e.content(&e.framingContent)
	L := scr.Place(screen.NewMetrics(sh.w, sh.h, sh.ratio, e.st.Presenter), &e.framingContent)
	if a, ok := L.LabelArea(); ok {
		area = a
	}
	return sh.w, sh.h, e.roomForLabels(sh.w, sh.h, sh.ratio, area)
}

// overlayKey is what the meshes over the model are built from.
type overlayKey struct {
	traced   bool
	trace    trace.Start
	arrived  bool
	names    int
	section  string
	lesionOn bool
	selected int
	phase    lesion.Phase
	// marks is the first of the tour's step's marks (stepmarks.go), nil
	// without: the step's own, so comparing it costs no allocation.
	marks *string
	// cutStep tells a tour's step showing a section, which leaves the
	// trace's tubes out (stepCut).
	cutStep bool
	// stepNames is the caption of a tour's step showing a section, which
	// chooses the nuclei the section names (stepSectionNames).
	stepNames string
}

// overlayCache holds the meshes over the model between frames, rebuilt
// only when what they show changes: tubes and cut faces take long to
// build.
type overlayCache struct {
	built   bool
	key     overlayKey
	lesions []Placed
	meshes  []geom.Mesh
	version int
	// tubes are the traced chain's, for tubesOf: the muscles' marks
	// join them when the volley arrives, and the tubes stay.
	tubes   []geom.Mesh
	tubesOf trace.Start
}

// overlay returns the meshes drawn over the model now, and their version.
func (e *Explorer) overlay() ([]geom.Mesh, int) {
	s, o := &e.st, &e.overlayCache
	k := overlayKey{traced: s.Mode == Trace, section: s.Section, lesionOn: s.Lesioning(), phase: s.Phase, cutStep: e.stepCut()}
	if k.traced {
		k.trace, k.arrived = s.Trace, e.arrived()
		if k.arrived {
			k.names = e.nameLines()
		}
	}
	if k.lesionOn {
		k.selected = e.selected
	}
	if e.player != nil && s.Section != "" {
		k.stepNames = e.player.Step().Caption
	}
	marks := e.stepMarks()
	if len(marks) > 0 {
		k.marks = &marks[0]
	}
	if o.built && o.key == k && (!k.lesionOn || samePlaced(o.lesions, s.Lesions)) {
		return o.meshes, o.version
	}
	o.built, o.key, o.version = true, k, o.version+1
	o.lesions = append(o.lesions[:0], s.Lesions...)
	o.meshes = nil
	if c := e.Chain(geom.TrueScale); c != nil && !k.cutStep {
		if o.tubes == nil || o.tubesOf != s.Trace {
			o.tubes, o.tubesOf = geom.TraceMeshes(c, geom.TraceColor(s.Trace)), s.Trace
		}
		o.meshes = append(o.meshes, o.tubes...)
		if k.arrived {
			o.meshes = append(o.meshes, MuscleMarks(e.cfg.Atlas, c, k.names)...)
		}
	}
	o.meshes = append(o.meshes, e.SectionMeshes()...)
	o.meshes = append(o.meshes, e.LesionMeshes()...)
	o.meshes = append(o.meshes, StepMarks(e.cfg.Atlas, marks)...)
	return o.meshes, o.version
}

// Patient returns lesion mode's patient, who acts out what the lesion
// (or the quiz's hidden one) does; Tick runs its examination's clock.
func (e *Explorer) Patient() *screen.Patient { return e.patient }

// Examine moves the patient n examinations on (back for negative n).
func (e *Explorer) Examine(n int) { e.patient.Step(n) }

// followPatient follows the lesion shown and advances the examination by
// dt seconds: the quiz's patient acts out the hidden lesion, untinted
// until it is found.
func (e *Explorer) followPatient(dt float64) {
	if !e.st.Lesioning() {
		return
	}
	shown, _ := e.Result()
	hide := false
	if hidden, h := e.QuizPatient(); hidden != nil && e.player == nil {
		shown, hide = hidden, h
	}
	e.patient.Untinted = hide
	e.patient.Update(shown, dt)
}
