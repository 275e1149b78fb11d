package game

import (
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// sink is how far into the surface clicked, as a share of the radius, a
// lesion's centre goes: the cortex's neurons lie under its surface.
const sink = 0.6

// placeAt returns where a click at pos (drawn in proportion p, on the
// surface of what was clicked) puts a lesion's centre: sunk below the
// surface along the line of sight.
func placeAt(pos, eye mgl32.Vec3, radius float32, p geom.Proportions) mgl32.Vec3 {
	dir := pos.Sub(eye)
	if dir.Len() > 0 {
		pos = pos.Add(dir.Normalize().Mul(radius * sink))
	}
	return p.Unwarp(pos)
}
