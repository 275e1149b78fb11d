package main

import (
	"fmt"
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
)

// The trace as the explorer draws it: the model dimmed this much, the
// action potentials this big and bright, running this fast along the
// teaching drawing (game/trace.go holds the same).
const (
	traceDim    = 0.78
	pulseRadius = 3.2
	traceSpeed  = 60
)

var pulseColor = [4]float32{1, 1, 0.85, 1}

// tracedScene is a traced chain ready to draw at one moment.
type tracedScene struct {
	chain   *trace.Chain
	meshes  []geom.Mesh
	markers []view.Marker
	caption string
}

// traceScene traces from start and places its action potentials at
// seconds after they fired.
func traceScene(a *anatomy.Atlas, start string, seconds float64, trueScale bool) (*tracedScene, error) {
	s, err := trace.ParseStart(a, start)
	if err != nil {
		return nil, err
	}
	if seconds < 0 {
		return nil, fmt.Errorf("--at %g: the time cannot be negative", seconds)
	}
	c, err := trace.Trace(a, s)
	if err != nil {
		return nil, err
	}
	drawn := c.Warped(geom.Teaching.Warp)
	d := seconds * traceSpeed
	if trueScale {
		d *= float64(c.Length() / drawn.Length())
		drawn = c
	}
	pulses, st := drawn.Impulse(nil, d, 1)
	ts := &tracedScene{chain: c, meshes: geom.TraceMeshes(c, geom.TraceColor(s))}
	weights := geom.TraceWeights(c)
	for _, p := range pulses {
		r := pulseRadius * float32(0.3+0.7*math.Sqrt(weights[p.Node]))
		ts.markers = append(ts.markers, view.Marker{Pos: p.Pos, Radius: r, Color: pulseColor})
	}
	if st != nil {
		ts.caption = st.Caption
	}
	return ts, nil
}

// chainOrNil returns the traced chain, or nil when nothing is traced.
func (t *tracedScene) chainOrNil() *trace.Chain {
	if t == nil {
		return nil
	}
	return t.chain
}
