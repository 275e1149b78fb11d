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
	cordY  float32
	inCord bool
}

// newSectionScene cuts the model at the level named id, lighting a traced
// chain's fibres on the cut face when there is one.
func newSectionScene(a *anatomy.Atlas, id string, t *tracedScene) (*sectionScene, error) {
	l, err := geom.FindSectionLevel(a, id)
	if err != nil {
		return nil, err
	}
	s := &sectionScene{level: l, cordY: float32(a.Segment(0).Y), inCord: l.Z < a.Segment(0).Top}
	chain := t.chainOrNil()
	s.meshes = geom.Section(a, l.Z, chain)
	return s, nil
}

// aim looks up at the section from below, as a scan is shown and as the
// explorer does: front at the top, the patient's right on the left.
func (s *sectionScene) aim(cam *view.Camera, p geom.Proportions) {
	cam.Target = p.Warp(mgl32.Vec3{0, -30, float32(s.level.Z)})
	cam.Yaw, cam.Pitch, cam.Distance = 0, -1.55, 120
	if s.inCord {
		cam.Target[1] = s.cordY
		cam.Distance = 45
	}
}
