package game

import (
	"math"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// traceDim is how much a trace dims the model; tickSeconds the time a
// tick advances the explorer by (Ebiten's 60 ticks a second).
const (
	traceDim    = explorer.TraceDim
	tickSeconds = 1.0 / 60
)

// tracer is what trace mode draws: the chain traced (the explorer's),
// its tubes over the dimmed model, and action potentials running along it.
// The explorer owns the trace and its impulse; follow brings the tracer in
// step.
type tracer struct {
	atlas  *anatomy.Atlas
	active bool
	start  trace.Start
	// drawn holds the chain as each proportion draws it, for the pulses.
	drawn   [2]*trace.Chain
	pulses  []trace.Pulse
	markers []view.Marker
	// weights are the branches' shares of the drive, for sizing pulses.
	weights []float64
	// meshes are the chain's tubes.
	meshes []geom.Mesh
}

func newTracer(a *anatomy.Atlas) *tracer { return &tracer{atlas: a} }

// begin shows the chain traced from s, as the explorer traced it (true to
// scale and in teaching proportions).
func (tr *tracer) begin(s trace.Start, c, teaching *trace.Chain) {
	if c == nil || teaching == nil {
		tr.end()
		return
	}
	tr.meshes = geom.TraceMeshes(c, geom.TraceColor(s))
	tr.weights = geom.TraceWeights(c)
	tr.active, tr.start = true, s
	tr.drawn[geom.Teaching] = teaching
	tr.drawn[geom.TrueScale] = c
	tr.pulses = make([]trace.Pulse, 0, len(c.Branches()))
	tr.markers = make([]view.Marker, 0, len(c.Branches()))
}

// end stops drawing the trace.
func (tr *tracer) end() {
	tr.active = false
	tr.meshes = nil
	tr.drawn = [2]*trace.Chain{}
}

// chain returns the traced chain in atlas millimetres, or nil.
func (tr *tracer) chain() *trace.Chain {
	if !tr.active {
		return nil
	}
	return tr.drawn[geom.TrueScale]
}

// frame returns the markers to draw for proportion p with the impulse d
// millimetres along the chain drawn in p, and the point the camera
// follows.
func (tr *tracer) frame(p geom.Proportions, d float64) ([]view.Marker, mgl32.Vec3, bool) {
	c := tr.drawn[p]
	if c == nil {
		return nil, mgl32.Vec3{}, false
	}
	tr.pulses, _ = c.Impulse(tr.pulses, d, 1)
	tr.markers = tr.markers[:0]
	var main mgl32.Vec3
	found := false
	for _, pu := range tr.pulses {
		tr.markers = append(tr.markers, view.Marker{Pos: pu.Pos, Radius: explorer.PulseSize(tr.weights[pu.Node]), Color: pulseColor})
		if pu.Main {
			main, found = pu.Pos, true
		}
	}
	return tr.markers, main, found
}

// pulseColor is the colour of an action potential.
var pulseColor = [4]float32{1, 1, 0.85, 1}

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
