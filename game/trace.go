package game

import (
	"fmt"
	"math"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// traceStarts are the starts N steps through, the ones a course shows
// first: the hand, face, leg and tongue areas, a cranial nucleus, a ventral
// horn, and a region traced back to the cortex.
var traceStarts = []string{
	"area:hand:L", "area:face:L", "area:leg:L", "area:tongue:L",
	"nucleus:cn7_nucleus:L", "horn:C8:R", "region:hand:L", "area:arm:R",
}

// Trace timing: the impulse's speed in millimetres of drawn path per
// second (watchable, not physiological), its limits, the pause before a
// volley fires again, and a single step's length.
const (
	defaultSpeed = 60
	minSpeed     = 10
	maxSpeed     = 400
	restSeconds  = 1.5
	stepSeconds  = 0.25
	tickSeconds  = 1.0 / 60
	traceDim     = 0.78
	followRate   = 0.06
)

// pulseColor is the colour of an action potential.
var pulseColor = [4]float32{1, 1, 0.85, 1}

// pulseRadius is an action potential's drawn radius, in millimetres.
const pulseRadius = 3.2

// tracer is trace mode: the chain traced from a start, drawn over the
// dimmed model, with action potentials running along it.
type tracer struct {
	atlas  *anatomy.Atlas
	active bool
	start  trace.Start
	title  string
	// drawn holds the chain as each proportion draws it, for the pulses.
	drawn [2]*trace.Chain
	// t is the impulse's time in seconds; it advances with the ticks, never
	// with the clock, so pause and single step are exact.
	t       float64
	speed   float64
	paused  bool
	follow  bool
	next    int
	pulses  []trace.Pulse
	markers []view.Marker
	// weights are the branches' shares of the drive, for sizing pulses.
	weights []float64
	// meshes are the chain's tubes.
	meshes  []geom.Mesh
	caption string
}

func newTracer(a *anatomy.Atlas) *tracer {
	// next is one before the first start, so that N begins the list.
	return &tracer{atlas: a, speed: defaultSpeed, next: -1}
}

// begin traces from start and puts the chain over the model.
func (tr *tracer) begin(text string, r *view.Renderer) error {
	s, err := trace.ParseStart(tr.atlas, text)
	if err != nil {
		return err
	}
	c, err := trace.Trace(tr.atlas, s)
	if err != nil {
		return fmt.Errorf("tracing %s: %w", text, err)
	}
	tr.meshes = geom.TraceMeshes(c, geom.TraceColor(s))
	r.SetOverlay(tr.meshes)
	tr.weights = geom.TraceWeights(c)
	tr.active, tr.start, tr.t, tr.paused = true, s, 0, false
	tr.drawn[geom.Teaching] = c.Warped(geom.Teaching.Warp)
	tr.drawn[geom.TrueScale] = c
	tr.title = "Tracing from " + words.Start(tr.atlas, s)
	tr.pulses = make([]trace.Pulse, 0, len(c.Branches()))
	tr.markers = make([]view.Marker, 0, len(c.Branches()))
	tr.caption = ""
	return nil
}

// end leaves trace mode.
func (tr *tracer) end(r *view.Renderer) {
	tr.active = false
	tr.meshes = nil
	// Its caption and title go with it: a caption left behind would
	// describe an impulse no longer drawn.
	tr.caption, tr.title = "", ""
	r.SetOverlay(nil)
}

// chain returns the traced chain in atlas millimetres, or nil.
func (tr *tracer) chain() *trace.Chain {
	if !tr.active {
		return nil
	}
	return tr.drawn[geom.TrueScale]
}

// cycle traces the next (or previous) of traceStarts.
func (tr *tracer) cycle(step int, r *view.Renderer) error {
	tr.next = ((tr.next+step)%len(traceStarts) + len(traceStarts)) % len(traceStarts)
	return tr.begin(traceStarts[tr.next], r)
}

// tick advances the impulse by one tick unless paused; a volley that has
// reached every muscle rests, then fires again.
func (tr *tracer) tick() {
	if !tr.active || tr.paused {
		return
	}
	tr.advance(tickSeconds)
}

func (tr *tracer) advance(dt float64) {
	tr.t += dt
	c := tr.drawn[geom.Teaching]
	if tr.t*tr.speed > float64(c.Length())+restSeconds*tr.speed {
		tr.t = 0
	}
}

// stepOnce pauses and moves the impulse a little way on.
func (tr *tracer) stepOnce() {
	tr.paused = true
	tr.advance(stepSeconds)
}

// faster scales the speed, within limits.
func (tr *tracer) faster(f float64) {
	tr.speed = max(minSpeed, min(maxSpeed, tr.speed*f))
}

// frame returns the markers to draw for proportion p, the point the
// camera follows and the caption of the station last passed.
func (tr *tracer) frame(p geom.Proportions) ([]view.Marker, mgl32.Vec3, bool) {
	c := tr.drawn[p]
	// The speed holds on the teaching drawing; at true scale the same
	// time covers the same anatomy.
	d := tr.t * tr.speed
	if p == geom.TrueScale {
		d *= float64(c.Length() / tr.drawn[geom.Teaching].Length())
	}
	var st *trace.Station
	tr.pulses, st = c.Impulse(tr.pulses, d, 1)
	tr.markers = tr.markers[:0]
	var main mgl32.Vec3
	found := false
	for _, pu := range tr.pulses {
		tr.markers = append(tr.markers, view.Marker{Pos: pu.Pos, Radius: pulseSize(tr.weights[pu.Node]), Color: pulseColor})
		if pu.Main {
			main, found = pu.Pos, true
		}
	}
	tr.caption = ""
	if st != nil {
		tr.caption = words.Capital(st.Caption)
		if st.Level != "" && !strings.Contains(st.Caption, st.Level) {
			tr.caption += " (" + st.Level + ")"
		}
	}
	return tr.markers, main, found
}

// pulseSize is the radius of an action potential on a branch carrying
// share w of the drive: the few uncrossed fibres' impulses are small.
func pulseSize(w float64) float32 {
	return pulseRadius * float32(0.3+0.7*math.Sqrt(w))
}

// startAt returns the trace start for a part of the model clicked at pos
// (drawn in proportion p), or "" when the part starts no trace.
func startAt(a *anatomy.Atlas, mesh *geom.Mesh, pos mgl32.Vec3, p geom.Proportions) string {
	dot := strings.LastIndex(mesh.ID, ".")
	if dot < 0 {
		return ""
	}
	id, side := mesh.ID[:dot], mesh.ID[dot+1:]
	atlasPos := p.Unwarp(pos)
	switch {
	case strings.HasPrefix(mesh.ID, "precentral.") || strings.HasPrefix(mesh.ID, "paracentral.") || strings.HasPrefix(mesh.ID, "hemisphere."):
		return "area:" + nearestArea(a, atlasPos) + ":" + side
	case strings.HasPrefix(mesh.ID, "pathway.") && !strings.Contains(mesh.ID, "anterior"):
		return "area:" + a.Channel(strings.TrimPrefix(id, "pathway.")).Area + ":" + side
	case strings.HasPrefix(mesh.ID, "nucleus."):
		return "nucleus:" + strings.TrimPrefix(id, "nucleus.") + ":" + side
	case strings.HasPrefix(mesh.ID, "ventral_horn."):
		for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
			seg := a.Segment(l)
			if float64(atlasPos[2]) <= seg.Top && float64(atlasPos[2]) > seg.Bottom {
				return "horn:" + l.String() + ":" + side
			}
		}
	}
	return ""
}

// nearestArea returns the cortical area nearest an atlas point (either
// hemisphere, by its distance to the left one mirrored).
func nearestArea(a *anatomy.Atlas, p mgl32.Vec3) string {
	best, bestD := "", math.Inf(1)
	for _, ar := range a.Areas {
		if ar.Kind != "cortex" {
			continue
		}
		dx := math.Abs(float64(p[0])) - math.Abs(ar.At[0])
		dy, dz := float64(p[1])-ar.At[1], float64(p[2])-ar.At[2]
		if d := dx*dx + dy*dy + dz*dz; d < bestD {
			best, bestD = ar.ID, d
		}
	}
	return best
}
