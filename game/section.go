package game

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// sectioner is the horizontal section: a plane at one of the levels,
// everything below it cut away, the cut face showing the real structures
// the plane cuts (the cord's grey matter below the brainstem), named, and
// where each pathway's fibres lie there.
type sectioner struct {
	atlas  *anatomy.Atlas
	levels []geom.SectionLevel
	on     bool
	index  int
	// cut is the cut face last made, at level cutAt with the chain
	// cutChain: the overlay and the framing ask for it several times a
	// level change, and cutting the meshes takes milliseconds.
	cut      []geom.Mesh
	cutAt    int
	cutChain *trace.Chain
}

// decussationLevel is where a section starts: the crossing itself.
const decussationLevel = "decussation"

func newSectioner(a *anatomy.Atlas) *sectioner {
	s := &sectioner{atlas: a, levels: geom.SectionLevels(a)}
	for i, l := range s.levels {
		if l.ID == decussationLevel {
			s.index = i
		}
	}
	return s
}

// level returns the level the section is at.
func (s *sectioner) level() geom.SectionLevel { return s.levels[s.index] }

// step moves the section by n levels, down for positive n, within the
// list.
func (s *sectioner) step(n int) {
	s.index = max(0, min(len(s.levels)-1, s.index+n))
}

// frame returns the frame options that cut the model at the section, in
// proportion p.
func (s *sectioner) frame(opt *view.FrameOptions, p geom.Proportions) {
	if !s.on {
		return
	}
	z := p.Warp(mgl32.Vec3{0, 0, float32(s.level().Z)})[2]
	opt.Clip, opt.ClipZ = true, z-0.05
}

// aim turns the camera to look up at the section from below, as a scan
// is shown: front at the top, the patient's right on the left.
func (s *sectioner) aim(cam *view.Camera, p geom.Proportions) {
	aimAtSection(cam, s.atlas, s.level(), p)
}

// aimAtSection frames a section's cut face from below.
func aimAtSection(cam *view.Camera, a *anatomy.Atlas, l geom.SectionLevel, p geom.Proportions) {
	target, distance := geom.SectionAim(a, l)
	cam.Target = p.Warp(target)
	cam.Yaw, cam.Pitch, cam.Distance = 0, -1.55, distance
}

// meshes returns the cut face to draw over the model, with the traced
// chain's fibres lit on it.
func (s *sectioner) meshes(tr *tracer) []geom.Mesh {
	if !s.on {
		return nil
	}
	chain := tr.chain()
	if s.cut == nil || s.cutAt != s.index || s.cutChain != chain {
		s.cut, s.cutAt, s.cutChain = geom.Section(s.atlas, s.level().Z, chain), s.index, chain
	}
	return s.cut
}
