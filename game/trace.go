package game

import (
	"math"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// tickSeconds is the time a tick advances the explorer by (Ebiten's 60
// ticks a second).
const tickSeconds = 1.0 / 60

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
