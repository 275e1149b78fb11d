package view

import (
	"math"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// Solid is a part of the model a camera's eye must not be inside: the
// ellipsoid inscribed in the box from Lo to Hi, or, for a long part (the
// cord), the box itself.
type Solid struct {
	Lo, Hi mgl32.Vec3
	Box    bool
}

// Contains reports whether p lies inside the solid.
func (s Solid) Contains(p mgl32.Vec3) bool {
	if s.Box {
		for k := 0; k < 3; k++ {
			if p[k] < s.Lo[k] || p[k] > s.Hi[k] {
				return false
			}
		}
		return true
	}
	sum := float32(0)
	for k := 0; k < 3; k++ {
		half := (s.Hi[k] - s.Lo[k]) / 2
		if half <= 0 {
			return false
		}
		d := (p[k] - (s.Lo[k]+s.Hi[k])/2) / half
		sum += d * d
	}
	return sum < 1
}

// Scene is what a camera must show: the box holding everything drawn and
// the solid parts of the model.
type Scene struct {
	Lo, Hi mgl32.Vec3
	Solids []Solid
}

// Usable reports whether cam can show the scene: its numbers are finite
// and within the camera's limits, its target is no farther outside the
// scene's box than the box is large, and its eye is not inside a solid
// part, from where the model would be seen from within (a section's camera
// after the section is gone, or a link's camera made by hand).
func (s *Scene) Usable(cam Camera) bool {
	for _, v := range []float32{cam.Yaw, cam.Pitch, cam.Distance, cam.FOV, cam.Target[0], cam.Target[1], cam.Target[2]} {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return false
		}
	}
	if cam.Distance < minDistance || cam.Distance > maxDistance || cam.FOV <= 0 || cam.FOV >= math.Pi || abs(cam.Pitch) > maxPitch+1e-4 {
		return false
	}
	size := s.Hi.Sub(s.Lo).Len()
	outside := float32(0)
	for k := 0; k < 3; k++ {
		d := max(s.Lo[k]-cam.Target[k], cam.Target[k]-s.Hi[k], 0)
		outside += d * d
	}
	if sqrt32(outside) > size {
		return false
	}
	eye := cam.Eye()
	for _, sol := range s.Solids {
		if sol.Contains(eye) {
			return false
		}
	}
	return true
}

// solidGroups are the groups of the model's meshes that are solid to the
// eye: the hemispheres, deep nuclei, brainstem, cerebellum and cord.
var solidGroups = map[string]bool{"hemisphere": true, "deep": true, "brainstem": true, "cerebellum": true}

// Scene returns the scene the renderer draws in proportion p: the model
// and its overlay (a lesion of a leg nerve lies far below the cord), with
// the model's solid parts.
func (r *Renderer) Scene(p geom.Proportions) Scene {
	var s Scene
	first := true
	add := func(pos []mgl32.Vec3) {
		if len(pos) == 0 {
			return
		}
		lo, hi := Bounds(pos)
		if first {
			s.Lo, s.Hi, first = lo, hi, false
			return
		}
		for k := 0; k < 3; k++ {
			s.Lo[k], s.Hi[k] = min(s.Lo[k], lo[k]), max(s.Hi[k], hi[k])
		}
	}
	for i, md := range r.data[p][1] {
		add(md.pos)
		m := &r.model.Meshes[i]
		if len(md.pos) == 0 || m.Group == "" {
			continue
		}
		switch {
		case solidGroups[m.Group]:
			lo, hi := Bounds(md.pos)
			s.Solids = append(s.Solids, Solid{Lo: lo, Hi: hi})
		case m.ID == "cord":
			lo, hi := Bounds(md.pos)
			s.Solids = append(s.Solids, Solid{Lo: lo, Hi: hi, Box: true})
		}
	}
	for _, md := range r.over.data[p][1] {
		add(md.pos)
	}
	return s
}
