package explorer

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// The muscles have no shape in the model: a trace's nerves end in empty
// space. Once its first volley arrives, a small mark at the end of each of
// its strongest branches stands for the muscles the branch ends in,
// labelled with their names (or, where the free area holds too few lines
// for every name, the nerve's that ends there), so that the end of a trace says what the
// impulse reached; framing leaves the names room under the marks.

// muscleMarkRadius is a muscle mark's radius, in millimetres: a few times
// a nerve's tube, small beside a hand.
const muscleMarkRadius = 3

// MuscleMarkColor is the colour of a muscle's mark: muscle red.
var MuscleMarkColor = [4]float32{0.86, 0.36, 0.32, 1}

// muscleNearEnd is how close, in millimetres, a muscle's nerve must end to
// a branch's end for the branch to end in that muscle.
const muscleNearEnd = 3

// maxNameRoom is the most of the free area's height the names may take
// under their marks: the limb stays large. Names that would need more
// are the nerves'.
const maxNameRoom = 0.4

// MuscleMarks returns the marks, small named spheres in atlas millimetres,
// of the muscles the strongest branches of c (at true scale) end in: one
// for each muscle, named once even where its axons divide among parallel
// nerves; or, byNerve, one for each branch's end, named for the nerve
// that ends there ("median nerve").
func MuscleMarks(a *anatomy.Atlas, c *trace.Chain, byNerve bool) []geom.Mesh {
	var marks []geom.Mesh
	for _, m := range muscleEnds(a, c, byNerve) {
		name := m.muscle.Words()
		if byNerve {
			name = nerveWords(m.nerve.Name)
		}
		mark := geom.Sphere(fmt.Sprintf("muscle.%d", len(marks)), name, m.at, muscleMarkRadius, MuscleMarkColor)
		mark.Anchor, mark.Major = m.at, true
		marks = append(marks, mark)
	}
	return marks
}

// nerveWords returns a nerve's name as a label says it: up to the word
// "nerve", without the words in brackets ("common peroneal nerve").
func nerveWords(name string) string {
	if i := strings.Index(name, "nerve"); i >= 0 {
		name = name[:i+len("nerve")]
	}
	for {
		i, j := strings.Index(name, " ("), strings.Index(name, ")")
		if i < 0 || j < i {
			return name
		}
		name = name[:i] + name[j+1:]
	}
}

// muscleEnd is a muscle a trace ends in, the nerve it ends in and where,
// in atlas millimetres.
type muscleEnd struct {
	muscle *anatomy.Muscle
	nerve  *anatomy.Nerve
	at     mgl32.Vec3
}

// muscleEnds returns the muscles the strongest branches of c (at true
// scale) end in, each once; byNerve, only the first at each end.
func muscleEnds(a *anatomy.Atlas, c *trace.Chain, byNerve bool) []muscleEnd {
	if c == nil {
		return nil
	}
	heaviest := heaviestEnd(c)
	var ends []mgl32.Vec3
	for _, n := range c.Branches() {
		b := n.Branch
		if len(b.Children) == 0 && b.Weight >= muscleShare*heaviest && len(b.Path) > 0 {
			ends = appendEnd(ends, b.Path[len(b.Path)-1])
		}
	}
	strongest := 0.0
	for _, r := range c.Reaches() {
		if r.Kind == trace.Muscle {
			strongest = max(strongest, r.Weight)
		}
	}
	var out []muscleEnd
	named := map[string]bool{}
	taken := make([]bool, len(ends))
	for _, r := range c.Reaches() {
		// The muscles the few uncrossed fibres reach share the nerves of
		// those the trace drives: they are not where it ends.
		if r.Kind != trace.Muscle || r.Weight < muscleShare*strongest {
			continue
		}
		m, key := a.Muscle(r.ID), r.ID+" "+r.Side.String()
		if m == nil || named[key] {
			continue
		}
		for i, end := range ends {
			nv := endsAt(a, m, r.Side, end)
			if nv == nil || byNerve && taken[i] {
				continue
			}
			named[key], taken[i] = true, true
			out = append(out, muscleEnd{m, nv, end})
			if !byNerve {
				break
			}
		}
	}
	return out
}

// appendEnd appends p to ends unless one of them is where p is: the
// branches from several segments' pools end in the same nerve.
func appendEnd(ends []mgl32.Vec3, p mgl32.Vec3) []mgl32.Vec3 {
	for _, q := range ends {
		if q.Sub(p).Len() < muscleNearEnd {
			return ends
		}
	}
	return append(ends, p)
}

// endsAt returns the nerve among those muscle m's axons end in, on side s,
// that ends at p, or nil: the last of the nerves it passes in series, or
// any of those its axons divide among.
func endsAt(a *anatomy.Atlas, m *anatomy.Muscle, s anatomy.Side, p mgl32.Vec3) *anatomy.Nerve {
	nerves := m.Nerves
	if !m.Parallel && len(nerves) > 1 {
		nerves = nerves[len(nerves)-1:]
	}
	for _, id := range nerves {
		nv := a.Nerve(id)
		if nv == nil || len(nv.Path) == 0 {
			continue
		}
		end := geom.Vec32(anatomy.OnSide(nv.Path[len(nv.Path)-1], s))
		if end.Sub(p).Len() < muscleNearEnd {
			return nv
		}
	}
	return nil
}

// arrived tells that the trace on screen is the one whose first volley
// reached its muscles: not the last one's, in the tick before framing
// sees a new trace.
func (e *Explorer) arrived() bool {
	f := &e.framing
	return e.st.Mode == Trace && f.volleyDone && f.traced && f.trace == e.st.Trace
}

// nameLine returns the height, in pixels of a w × h screen, of one label
// as the view stacks them: LabelSize (Frame) apart by half as much again.
func (e *Explorer) nameLine(w, h int) float32 {
	ratio := e.shown.ratio
	if !(ratio > 0) {
		ratio = 1
	}
	return screen.NewMetrics(w, h, ratio, e.st.Presenter).Size() * 0.85 * 1.5
}

// namesByNerve tells whether the trace's muscles are named by their
// nerves on the screen the last frame laid out: when every muscle's
// name would take more than maxNameRoom of its free area.
func (e *Explorer) namesByNerve() bool {
	free := e.framing.free
	if free.w <= 0 || free.h <= 0 {
		return false
	}
	n := len(muscleEnds(e.cfg.Atlas, e.Chain(geom.TrueScale), false))
	return float32(n)*e.nameLine(free.w, free.h) > maxNameRoom*(free.area.Y1-free.area.Y0)
}

// roomForNames frames pts with cam, leaving room under the lowest mark
// for the names the labels stack downward from it: a hand hangs at the
// bottom of its limb, where framing alone would leave its names no room.
func (e *Explorer) roomForNames(cam view.Camera, w, h int, area view.Area, pts []mgl32.Vec3) view.Camera {
	framed := view.FrameOn(cam, w, h, area, pts, muscleContext)
	ends := muscleEnds(e.cfg.Atlas, e.Chain(geom.TrueScale), e.namesByNerve())
	if len(ends) == 0 || area.Y1 <= area.Y0 {
		return framed
	}
	room := min(float32(len(ends))*e.nameLine(w, h), maxNameRoom*(area.Y1-area.Y0))
	p := e.st.Proportions
	low := p.Warp(ends[0].at)
	for _, end := range ends[1:] {
		if at := p.Warp(end.at); at[2] < low[2] {
			low = at
		}
	}
	more := append(append(make([]mgl32.Vec3, 0, len(pts)+1), pts...), low)
	for range 4 {
		if !inArea(framed, w, h, area, more) {
			// Too far to frame (a leg on a short projector area):
			// the limb, its names as they fall.
			return view.FrameOn(cam, w, h, area, pts, muscleContext)
		}
		_, y0, ok0 := framed.Project(low, w, h)
		_, y1, ok1 := framed.Project(low.Sub(mgl32.Vec3{0, 0, 1}), w, h)
		perMM := y1 - y0
		if !ok0 || !ok1 || !(perMM > 0) || area.Y1-y0 >= room {
			break
		}
		// A point under the mark, so far that with framing's margin
		// under it the names fit, at this distance; framing it shrinks
		// the picture, so again.
		more[len(more)-1] = low.Sub(mgl32.Vec3{0, 0, max(0, room/perMM-muscleContext)})
		framed = view.FrameOn(cam, w, h, area, more, muscleContext)
	}
	if !inArea(framed, w, h, area, more) {
		return view.FrameOn(cam, w, h, area, pts, muscleContext)
	}
	return framed
}

// inArea tells whether every point of pts lands in area, seen by cam on a
// w × h screen.
func inArea(cam view.Camera, w, h int, area view.Area, pts []mgl32.Vec3) bool {
	for _, p := range pts {
		x, y, ok := cam.Project(p, w, h)
		if !ok || x < area.X0 || x > area.X1 || y < area.Y0 || y > area.Y1 {
			return false
		}
	}
	return true
}
