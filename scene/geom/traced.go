package geom

import (
	"fmt"
	"math"

	"github.com/decussate/decussate/scene/trace"
)

// traceColor lights a chain traced from anything but a cortical area.
var traceColor = [4]float32{1, 0.85, 0.35, 1}

// TraceColor returns the colour a chain traced from s is lit in: its
// cortical area's somatotopic colour, or gold.
func TraceColor(s trace.Start) [4]float32 {
	if s.Kind == trace.FromArea {
		if c, ok := channelColors[s.ID]; ok {
			return c
		}
	}
	return traceColor
}

// TraceMeshes returns a traced chain's branches as tubes in color, in
// atlas millimetres: heavier projections thicker and brighter, so that the
// crossed corticospinal fibres stand out from the few uncrossed ones even
// where a tube is drawn a pixel wide.
func TraceMeshes(c *trace.Chain, color [4]float32) []Mesh {
	var meshes []Mesh
	for i, w := range TraceWeights(c) {
		n := c.Branches()[i]
		k := math.Sqrt(w)
		r := float32(0.5 + 1.6*k)
		lit := float32(0.3 + 0.7*k)
		col := [4]float32{color[0] * lit, color[1] * lit, color[2] * lit, color[3]}
		meshes = append(meshes, Tube(fmt.Sprintf("trace.%d", i), "traced fibres", n.Branch.Path, r, col))
	}
	return meshes
}

// TraceWeights returns, for each of a chain's branches, the share of the
// traced drive it carries: its own share, but never more than its
// parent's, so that the nerves below the few uncrossed fibres look as
// light as those fibres. The view sizes tubes and action potentials by it.
func TraceWeights(c *trace.Chain) []float64 {
	nodes := c.Branches()
	w := make([]float64, len(nodes))
	for i, n := range nodes {
		w[i] = n.Branch.Weight
		if n.Parent >= 0 {
			w[i] = min(w[i], w[n.Parent])
		}
	}
	return w
}
