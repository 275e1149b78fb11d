package geom

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// capsuleColor is the internal capsule's white matter, drawn solid enough
// to click between the thalamus and the lentiform nucleus.
var capsuleColor = [4]float32{0.95, 0.95, 0.92, 0.45}

// Capsule's height above and below the level of its station points.
const (
	capsuleUp   = 6
	capsuleDown = 6
	capsuleHalf = 1.6 // half its thickness
)

// addCapsule adds each internal capsule as a thin curved wall through the
// points where the channels pass it, genu in front, posterior limb behind,
// so that a student can see, hover and click the structure a lacune hits.
func addCapsule(m *Model, a *anatomy.Atlas) error {
	var pts []mgl32.Vec3
	for _, c := range a.Channels {
		if i := c.StationIndex("internal_capsule"); i >= 0 && c.Area != "cma" {
			pts = append(pts, Vec32(c.Course[i].At))
		}
	}
	if len(pts) < 2 {
		return nil
	}
	// Order from front (genu) to back.
	for i := 1; i < len(pts); i++ {
		for j := i; j > 0 && pts[j][1] > pts[j-1][1]; j-- {
			pts[j], pts[j-1] = pts[j-1], pts[j]
		}
	}
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		var b surfaceBuilder
		second := 0
		for face, off := range []float32{capsuleHalf, -capsuleHalf} {
			if face == 1 {
				second = len(b.idx)
			}
			for _, p := range pts {
				// One face each side of the wall (offset in x).
				q := mgl32.Vec3{p[0] - off, p[1], p[2]}
				b.strip(q.Add(mgl32.Vec3{0, 0, capsuleUp}), q.Sub(mgl32.Vec3{0, 0, capsuleDown}), capsuleColor, side)
			}
			b.breakStrip()
		}
		// The inner face is wound the other way, so that it faces out too.
		for i := second; i+2 < len(b.idx); i += 3 {
			b.idx[i+1], b.idx[i+2] = b.idx[i+2], b.idx[i+1]
		}
		mesh := b.mesh("internal_capsule."+side.String(), sideName(side, "internal capsule"), "deep")
		mesh.Anchor = Vec32(anatomy.OnSide(atlas64(pts[len(pts)/2]), side))
		mesh.Major = side == anatomy.Left
		if err := m.add(mesh); err != nil {
			return err
		}
	}
	return nil
}
