package trace

import (
	"math"

	"github.com/go-gl/mathgl/mgl32"
	"github.com/go-gl/mathgl/mgl64"
)

// maxStep is the longest straight step a finished path takes, in
// millimetres. The atlas gives nerves as a few points up to a quarter of a
// metre apart and has no plexuses; the trace subdivides them so that a
// tube drawn along the path, the impulse and a following camera all move in
// small even steps.
const maxStep = 10

// draft is a branch under construction, in the atlas's float64
// millimetres, with its stations at vertices; finish turns it into a
// Branch.
type draft struct {
	pts      []mgl64.Vec3
	stations []draftStation
	weight   float64
	// from is the parent's vertex where the branch leaves it.
	from     int
	children []*draft
	// reached tells that a motor neuron pool was reached in this draft;
	// drafts whose subtree reaches none are dropped.
	reached bool
	// supply is the muscle supply reached by this draft itself.
	supply float64
}

// draftStation is a station at vertex v of a draft.
type draftStation struct {
	v       int
	caption string
	level   string
}

// to extends the draft to p, unless it is already there.
func (d *draft) to(p mgl64.Vec3) {
	if n := len(d.pts); n > 0 && d.pts[n-1].Sub(p).Len() < 1e-6 {
		return
	}
	d.pts = append(d.pts, p)
}

// along extends the draft along path.
func (d *draft) along(path []mgl64.Vec3) {
	for _, p := range path {
		d.to(p)
	}
}

// end returns the draft's last point.
func (d *draft) end() mgl64.Vec3 { return d.pts[len(d.pts)-1] }

// last returns the index of the draft's last vertex.
func (d *draft) last() int { return len(d.pts) - 1 }

// mark names the draft's last point.
func (d *draft) mark(caption, level string) {
	d.stations = append(d.stations, draftStation{d.last(), caption, level})
}

// branchAt starts a child leaving the draft at vertex v.
func (d *draft) branchAt(v int, weight float64) *draft {
	c := &draft{weight: weight, from: v, pts: []mgl64.Vec3{d.pts[v]}}
	d.children = append(d.children, c)
	return c
}

// prune drops the children whose subtrees reach no pool and reports
// whether d's subtree reaches one.
func (d *draft) prune() bool {
	kept := d.children[:0]
	for _, c := range d.children {
		if c.prune() {
			kept = append(kept, c)
		}
	}
	d.children = kept
	return d.reached || len(kept) > 0
}

// maxChildWeight sets the draft's weight to its heaviest child's: a tract
// carries as much of a pool's drive as the heaviest input it delivers.
func (d *draft) maxChildWeight() {
	d.weight = 0
	for _, c := range d.children {
		d.weight = math.Max(d.weight, c.weight)
	}
}

// finish turns the draft into a Branch leaving its parent at parentArc of
// the draft's from vertex.
func (d *draft) finish(parentArc []float64) *Branch {
	raw := make([]float64, len(d.pts))
	for i := 1; i < len(d.pts); i++ {
		raw[i] = raw[i-1] + d.pts[i].Sub(d.pts[i-1]).Len()
	}
	b := &Branch{Weight: d.weight, supply: d.supply}
	if parentArc != nil {
		b.Offset = float32(parentArc[d.from])
	}
	// Two stations at one vertex (a nucleus and the nerve that starts in
	// it) would be announced at once; the later one moves on a vertex.
	prev := -1
	for _, st := range d.stations {
		v := st.v
		if v <= prev && prev+1 < len(d.pts) {
			v = prev + 1
		}
		prev = v
		b.Stations = append(b.Stations, Station{At: float32(raw[v]), Caption: st.caption, Level: st.level})
	}
	b.Path, b.Arc = resample(d.pts, maxStep)
	for _, c := range d.children {
		cb := c.finish(raw)
		b.supply += cb.supply
		b.Children = append(b.Children, cb)
	}
	return b
}

// resample returns path in float32 with every step longer than step cut
// into equal parts, and the arc length at each point (summed in float64, so
// that it agrees with the stations' positions). The original points are
// kept, so arc positions along it are those of path.
func resample(path []mgl64.Vec3, step float64) ([]mgl32.Vec3, []float32) {
	out := make([]mgl32.Vec3, 0, len(path))
	arc := make([]float32, 0, len(path))
	s := 0.0
	for i, p := range path {
		if i > 0 {
			q := path[i-1]
			l := p.Sub(q).Len()
			n := int(math.Ceil(l / step))
			for k := 1; k < n; k++ {
				f := float64(k) / float64(n)
				out = append(out, vec32(q.Add(p.Sub(q).Mul(f))))
				arc = append(arc, float32(s+f*l))
			}
			s += l
		}
		out = append(out, vec32(p))
		arc = append(arc, float32(s))
	}
	return out, arc
}

func vec32(v mgl64.Vec3) mgl32.Vec3 {
	return mgl32.Vec3{float32(v[0]), float32(v[1]), float32(v[2])}
}
