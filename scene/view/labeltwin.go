package view

import (
	"strings"

	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// A paired part (a hemisphere's gyrus, a deep nucleus, a pyramid) is
// labelled once, on one side: the model marks the left copy Major and
// mirrors it to the right. Seen from the right, the left copy's anchor
// lies behind the right hemisphere, and its leader would point through
// the brain. So the label goes to whichever copy the camera is nearer,
// named as that copy is ("precentral gyrus (right)").

// twinPrefer is how much nearer the camera (millimetres) the right copy's
// anchor must be for its label to replace the left copy's: seen from the
// front or from above, where the two are about equally near, the label
// stays put rather than flickering between the sides as the camera moves.
const twinPrefer = 2

// prepareTwins finds, for each Major model mesh named as a left part, its
// mirror copies, named as the right one (one per quarter cut in the
// quadrant look), once each time the model grows.
func (r *Renderer) prepareTwins() {
	ms := r.model.Meshes
	if r.twinsFor == len(ms) {
		return
	}
	r.twinsFor = len(ms)
	r.twins = make([][]int32, len(ms))
	byName := map[string][]int32{}
	for j := range ms {
		if !ms[j].Major {
			byName[ms[j].Name] = append(byName[ms[j].Name], int32(j))
		}
	}
	for i := range ms {
		if n := mirrorName(ms[i].Name); ms[i].Major && n != "" {
			r.twins[i] = byName[n]
		}
	}
}

// mirrorName is the name of the right copy of a part named name on the
// left, "" for a name that does not say its side.
func mirrorName(name string) string {
	if n, ok := strings.CutSuffix(name, " (left)"); ok {
		return n + " (right)"
	}
	if n, ok := strings.CutPrefix(name, "left "); ok {
		return "right " + n
	}
	return ""
}

// nearerTwin returns which copy of the labelled model mesh i the label
// names this frame: i, or, when i is drawn, a drawn copy on the other side whose anchor is
// nearer the camera (clip w, from mvp) by twinPrefer.
func (r *Renderer) nearerTwin(i int, mvp mgl32.Mat4, p geom.Proportions) int {
	if i >= len(r.twins) || len(r.twins[i]) == 0 || r.meshStart[i] == notDrawn {
		return i
	}
	depth := func(k int) float32 {
		return mvp.Mul4x1(p.Warp(r.model.Meshes[k].Anchor).Vec4(1))[3]
	}
	best, near := i, depth(i)-twinPrefer
	for _, j := range r.twins[i] {
		if r.meshStart[j] == notDrawn {
			continue
		}
		if d := depth(int(j)); d < near {
			best, near = int(j), d
		}
	}
	return best
}
