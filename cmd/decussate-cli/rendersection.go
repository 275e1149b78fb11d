package main

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// sectionScene is a horizontal section ready to draw.
type sectionScene struct {
	level  geom.SectionLevel
	meshes []geom.Mesh
	target mgl32.Vec3
	dist   float32
}

// newSectionScene cuts the model at the level named id, lighting a traced
// chain's fibres on the cut face when there is one.
func newSectionScene(a *anatomy.Atlas, id string, t *tracedScene) (*sectionScene, error) {
	l, err := geom.FindSectionLevel(a, id)
	if err != nil {
		return nil, err
	}
	s := &sectionScene{level: l}
	s.target, s.dist = geom.SectionAim(a, l)
	s.meshes = geom.Section(a, l.Z, t.chainOrNil())
	return s, nil
}

// aim looks up at the section from below, as a scan is shown and as the
// explorer does: front at the top, the patient's right on the left.
func (s *sectionScene) aim(cam *view.Camera, p geom.Proportions) {
	cam.Target = p.Warp(s.target)
	cam.Yaw, cam.Pitch, cam.Distance = 0, -1.55, s.dist
}
