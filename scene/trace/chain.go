package trace

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// Chain is a traced chain of neurons: a tree of branches from its roots
// (upper motor neurons, or the lower motor neurons a nucleus or horn trace
// starts at) down to the muscles. Every path is in atlas millimetres, so the
// view draws it like any other part of the model.
type Chain struct {
	// Start is what was traced.
	Start Start
	// Roots are where impulses set off, heaviest first. A forward trace
	// from an area has one; a nucleus or horn trace has one per pool or
	// column; a region trace has one per upper motor neuron population
	// that drives the region.
	Roots []*Branch

	nodes   []Node
	reaches []Reach
	sources []Reach
	// stops are the stations of the principal route, by distance from the
	// root: what the caption reads as the impulse passes.
	stops  []stop
	length float32
	// mainLength is the distance from the root to the end of the
	// principal route; last is the node whose branch ends last.
	mainLength float32
	last       int
}

// Branch is one unbranched stretch of a chain. Children leave it at
// Offset along it: at its end where a projection splits, or part way where
// fibres leave a tract that runs on (corticospinal fibres at each segment,
// corticobulbar fibres at their nucleus's level).
type Branch struct {
	// Path is the branch's course in atlas millimetres, no two
	// consecutive points more than maxStep apart. The first point is the
	// parent's point at Offset.
	Path []mgl32.Vec3
	// Arc is the arc length of Path up to each point, Arc[0] = 0.
	Arc []float32
	// Stations are the named places along the path, by arc position.
	Stations []Station
	// Weight is the share of the reached motor neurons' descending drive
	// that this branch's fibres carry (the atlas's input shares: 0.9
	// crossed for the hand, 0.0125 for each girdle pool the hand area's
	// uncrossed anterior tract reaches), so that the view can draw
	// light branches lightly. Branches below a pool carry the pool's.
	Weight float64
	// Offset is the arc position on the parent where this branch leaves
	// it; 0 for a root.
	Offset float32
	// Children are the branches that leave this one.
	Children []*Branch

	// supply is the muscle supply the subtree reaches, which breaks ties
	// between equally heavy children when choosing the principal route.
	supply float64
}

// Length returns the branch's arc length in millimetres.
func (b *Branch) Length() float32 { return b.Arc[len(b.Arc)-1] }

// Station is a named place on a branch, as a teacher would say it.
type Station struct {
	// At is the arc position along the branch, in millimetres.
	At float32
	// Caption names the place: "posterior limb of the left internal
	// capsule", "right C8 ventral root".
	Caption string
	// Level is where along the neuraxis or body it lies: "cerebral
	// cortex", "pons", "cervicomedullary junction", "C8", "periphery".
	Level string
}

// Node is a branch in the flat order Branches returns, for drawing without
// recursion.
type Node struct {
	Branch *Branch
	// Parent is the index of the parent node, or -1 for a root.
	Parent int
	// Begin is the distance along the chain, from its root's start, at
	// which the branch starts; an impulse reaches it at Begin/speed.
	Begin float32
	// Main tells that the node is on the principal route, the one the
	// caption follows; it is on it up to MainEnd along the branch.
	Main    bool
	MainEnd float32
}

// ReachKind is the kind of thing a Reach names.
type ReachKind int

// The kinds of reach.
const (
	// CranialPool is a pool of nuclei.json; ID is the pool id.
	CranialPool ReachKind = iota
	// CordPool is a cord motor column at one segment; ID is the column id
	// and Level the segment.
	CordPool
	// Muscle is a muscle of muscles.json.
	Muscle
	// Region is a body region of anatomy.Regions.
	Region
	// Area is an upper motor neuron area, as a source of a region trace.
	Area
)

// reachWords are the kinds' names, in ReachKind order.
var reachWords = [...]string{"cranial pool", "cord pool", "muscle", "region", "area"}

// String returns the kind's name, such as "cord pool".
func (k ReachKind) String() string {
	if k < 0 || int(k) >= len(reachWords) {
		return "ReachKind(?)"
	}
	return reachWords[k]
}

// Reach is one thing a chain touches: a motor neuron pool or muscle it
// ends in, a region it moves, or (from Sources) an area that drives it.
type Reach struct {
	Kind ReachKind
	ID   string
	// Level is the segment of a CordPool; 0 otherwise.
	Level anatomy.Level
	Side  anatomy.Side
	// Weight is the share of the thing's drive that passes along the
	// chain: for a pool, the share of its descending drive (1 when the
	// trace starts at the pool); for a muscle, summed over its pools, each
	// pool's weight times the pool's share of the muscle; for a region,
	// its muscles' weights by their share of the region; for an area, the
	// share of the traced region's drive it supplies.
	Weight float64
}

// Branches returns the chain's branches, parents before children, each
// root followed by its subtree. The slice is the chain's own: do not
// change it.
func (c *Chain) Branches() []Node { return c.nodes }

// Reaches returns the pools, muscles and regions the chain ends in, by
// kind, id, side and level. The slice is the chain's own.
func (c *Chain) Reaches() []Reach { return c.reaches }

// Sources returns, for a region trace, the areas that drive the region,
// heaviest first (the roots in the same order); nil for other traces and
// for regions whose pools have no descending input in the atlas (the eye
// muscles, whose control is through gaze centres).
func (c *Chain) Sources() []Reach { return c.sources }

// Length returns the distance from the roots to the end of the longest
// branch: an impulse at speed v has run its course after Length()/v
// seconds.
func (c *Chain) Length() float32 { return c.length }

// Find returns the reach of kind k, id and side (and level, for a cord
// pool), and whether the chain has it.
func (c *Chain) Find(k ReachKind, id string, side anatomy.Side, level anatomy.Level) (Reach, bool) {
	for _, r := range c.reaches {
		if r.Kind == k && r.ID == id && r.Side == side && (k != CordPool || r.Level == level) {
			return r, true
		}
	}
	return Reach{}, false
}

// stop is a station of the principal route and its distance from the root.
type stop struct {
	d  float32
	st *Station
}

// index flattens the roots into nodes, marks the principal route (from the
// heaviest root, at each split the heaviest child, then the one supplying
// the most muscle) and lists its stations.
func (c *Chain) index() {
	c.nodes = c.nodes[:0]
	c.stops = c.stops[:0]
	c.length = 0
	var walk func(b *Branch, parent int, begin float32)
	walk = func(b *Branch, parent int, begin float32) {
		i := len(c.nodes)
		c.nodes = append(c.nodes, Node{Branch: b, Parent: parent, Begin: begin})
		if end := begin + b.Length(); end > c.length {
			c.length = end
			c.last = i
		}
		for _, ch := range b.Children {
			walk(ch, i, begin+ch.Offset)
		}
	}
	for _, r := range c.Roots {
		walk(r, -1, 0)
	}
	if len(c.nodes) == 0 {
		return
	}
	// The principal route starts at the heaviest root; among equal ones
	// (the columns of a horn) at the one supplying the most muscle, so that
	// the caption follows the impulse down the limb rather than one that
	// ends at the root.
	first := 0
	for j := range c.nodes {
		if c.nodes[j].Parent < 0 && heavier(c.nodes[j].Branch, c.nodes[first].Branch) {
			first = j
		}
	}
	for i := first; i >= 0; {
		n := &c.nodes[i]
		b := n.Branch
		n.Main, n.MainEnd = true, b.Length()
		next := -1
		for j := i + 1; j < len(c.nodes); j++ {
			if c.nodes[j].Parent != i {
				continue
			}
			if next < 0 || heavier(c.nodes[j].Branch, c.nodes[next].Branch) {
				next = j
			}
		}
		if next >= 0 {
			n.MainEnd = c.nodes[next].Branch.Offset
		}
		c.mainLength = n.Begin + n.MainEnd
		for k := range b.Stations {
			if st := &b.Stations[k]; st.At <= n.MainEnd {
				c.stops = append(c.stops, stop{n.Begin + st.At, st})
			}
		}
		i = next
	}
}

// heavier reports whether branch a should be followed rather than b.
func heavier(a, b *Branch) bool {
	const eps = 1e-9
	if a.Weight > b.Weight+eps {
		return true
	}
	if a.Weight < b.Weight-eps {
		return false
	}
	return a.supply > b.supply+eps
}

// Warped returns a copy of the chain with every point moved by warp, such
// as the view's teaching proportions that shorten the cord, with arc
// positions measured along the warped paths: an impulse then runs at an
// even speed on the screen. Stations and branch points stay at the same
// anatomical places.
func (c *Chain) Warped(warp func(mgl32.Vec3) mgl32.Vec3) *Chain {
	out := &Chain{Start: c.Start, reaches: c.reaches, sources: c.sources}
	var copyBranch func(b *Branch, parentOld, parentNew []float32) *Branch
	copyBranch = func(b *Branch, parentOld, parentNew []float32) *Branch {
		nb := &Branch{Weight: b.Weight, supply: b.supply}
		nb.Path = make([]mgl32.Vec3, len(b.Path))
		for i, p := range b.Path {
			nb.Path[i] = warp(p)
		}
		nb.Arc = arcLengths(nb.Path)
		if parentOld != nil {
			nb.Offset = remap(b.Offset, parentOld, parentNew)
		}
		nb.Stations = make([]Station, len(b.Stations))
		for i, st := range b.Stations {
			st.At = remap(st.At, b.Arc, nb.Arc)
			nb.Stations[i] = st
		}
		for _, ch := range b.Children {
			nb.Children = append(nb.Children, copyBranch(ch, b.Arc, nb.Arc))
		}
		return nb
	}
	for _, r := range c.Roots {
		out.Roots = append(out.Roots, copyBranch(r, nil, nil))
	}
	out.index()
	return out
}

// remap moves arc position s measured along arcs old to the same place
// measured along arcs new (the same points, moved).
func remap(s float32, old, new []float32) float32 {
	i := segmentAt(old, s)
	if i+1 >= len(old) {
		return new[len(new)-1]
	}
	f := float32(0)
	if span := old[i+1] - old[i]; span > 0 {
		f = (s - old[i]) / span
	}
	return new[i] + f*(new[i+1]-new[i])
}

// arcLengths returns the cumulative arc length of path at each point.
func arcLengths(path []mgl32.Vec3) []float32 {
	arc := make([]float32, len(path))
	for i := 1; i < len(path); i++ {
		arc[i] = arc[i-1] + path[i].Sub(path[i-1]).Len()
	}
	return arc
}
