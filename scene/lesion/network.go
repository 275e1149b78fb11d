package lesion

import (
	"fmt"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl64"
)

// L and R index per-side arrays.
const (
	L = anatomy.Left
	R = anatomy.Right
)

var sides = [2]anatomy.Side{L, R}

// route is one descending input of a motor neuron pool: the elements its
// axons pass above the cord (cell bodies, stations, decussation), then a
// spinal tract from C1 down to the pool's segment.
type route struct {
	w    float64
	head []int32
	// headID numbers head among the network's distinct heads (routeHeads):
	// many pools' routes pass the same elements.
	headID int32
	// tract is a tract slot, or -1 for a route that ends in the brainstem.
	tract     int
	tractSide anatomy.Side
	to        anatomy.Level
	cortical  bool
	// gate is the brainstem centre (an index in network.gates) whose
	// cortical drive the route's source needs, on gateSide, or -1.
	gate     int
	gateSide anatomy.Side
	// survAt and gateAt are where the state holds the survival of the
	// route's tract down to its segment (state.surv) and its gate's loss
	// (state.gates), or -1 for none (addPool).
	survAt, gateAt int32
	// full is the weight of the pool's input the route is a part of: a
	// channel's, before its share between the channel's sources.
	full float64
	// premotor tells a route from one of a channel's premotor sources.
	premotor bool
	// others are the pool's routes (indices in its inputs) of the same
	// group from another area: the other sources of its channel.
	others []int32
	// group, for a cortical route, is its channel's fibres from one
	// hemisphere (channel index times two plus the side), whose
	// surviving sources take over for its lost ones once the acute phase
	// is over (phase.go); -1 for the others.
	group int
}

// centreGate is a brainstem centre's drive from the cortex
// (anatomy.CentreDrive): the routes of its corticoreticular fibres to the
// centre on each side, and the share of them it can spare.
type centreGate struct {
	routes [2][]route
	spare  float64
	share  float64
}

// pool is a population of lower motor neurons with its descending drive.
type pool struct {
	name   string
	elem   int32
	inputs []route
	// drive is inputs as poolDrive reads them, packed (addPool).
	drive []driveInput
	// cortical is the share of the drive that comes from the cortex.
	cortical float64
	// redundancy is the share of drive the pool can lose before it weakens.
	redundancy float64
}

// supply is one segment's share of a cord muscle's motor neurons.
type supply struct {
	level anatomy.Level
	w     float64
	pool  [2]int32
	// root is the ventral root, or the rootlets of their own, by which
	// the axons leave the cord.
	root [2]int32
	// trunk is the brachial plexus's fibres of the level, which the axons
	// pass after the root when their nerve is formed in the plexus; -1
	// for the others.
	trunk [2]int32
	// spotHeads are the heads of pool's routes for a muscle with hot
	// spots, per side (network.spotHeads).
	spotHeads [2][]int32
}

// muscleNet is a muscle wired into the network.
type muscleNet struct {
	m *anatomy.Muscle
	// words is the muscle's name in words (anatomy.Muscle.Words), made
	// once for the results that list it.
	words  string
	region int // index in anatomy.Regions, or -1
	// cranial is the pool for the muscle on each side, or -1 for cord
	// muscles.
	cranial [2]int32
	// yoke is the pool per side that carries the muscle's gaze command to
	// the other eye (muscles.json yoke), or -1.
	yoke   [2]int32
	segs   []supply
	nerves [][2]int32
	// spots pairs each area whose sheet has a hot spot for the muscle
	// (its element per side) with the spot's element per side: the
	// muscle's cortical drive from that area comes from its spot;
	// cranialHeads are the heads of its cranial pools' routes through
	// them (network.spotHeads).
	spots        []muscleSpot
	cranialHeads [2][]int32
}

// muscleSpot is an area's element and a muscle's hot spot in it, per side.
type muscleSpot struct {
	area, spot [2]int32
}

// reflexNet is a reflex wired into the network.
type reflexNet struct {
	r        *anatomy.Reflex
	muscle   int
	arc      []supply
	afferent [][2]int32
}

// network is the atlas turned into destroyable elements and the routes
// between them. It is built once per atlas and never changes.
type network struct {
	atlas    *anatomy.Atlas
	elements []element
	// bounds holds each element's bounding sphere (centre, radius).
	bounds []mgl64.Vec4
	pools  []pool
	// routeHeads are the pools' routes' distinct heads, each evaluated
	// once a lesion (state.headAlive); headOf finds one while the network
	// is built. The first plainHeads are the pools' own, the rest those
	// through the muscles' hot spots (spotHeads).
	routeHeads [][]int32
	headOf     map[string]int32
	plainHeads int
	// gates are the brainstem centres that need a cortical drive;
	// gateOf maps a centre's id to its index there.
	gates  []centreGate
	gateOf map[string]int

	soma map[string][2]int32 // area -> element per side
	// spots holds, for an area laid out on the cortical sheet, each hot
	// spot's element per side (anatomy.Area.Sheet's order); the area's own
	// element then stands for the whole population (see sheetWhole).
	spots map[string][][2]int32
	// tiles split the territories of the areas laid out on the sheet
	// between their body regions (see territory.go).
	tiles    []tile
	somaPath map[string][2]int32 // brainstem centre -> its axons down to the cord
	// joins holds, per brainstem tract, its fibres' last stretch from
	// their centre's path to the cord, per source and destination side.
	joins   map[string][2][2]int32
	station map[[2]string][2]int32 // channel, station -> element per side
	// sourceJoins holds, per channel, the fibres of each of its other
	// sources (anatomy.Channel.Sources, in order) from their area down
	// to the channel's corona radiata point, per side.
	sourceJoins map[string][][2]int32
	// heads caches the heads of the channels' routes (sources.go).
	heads map[headKey][][]int32
	decus map[string][2]int32 // channel -> crossing fibres per destination side
	// tractSlots names each slot: a spinal tract, and for the lateral
	// corticospinal tract one of its channels.
	tractSlots []tractSlot
	tractElems [][anatomy.NumLevels][2]int32
	cranial    map[string][2]int32 // cranial pool id -> pool index per side
	cord       map[string]*[anatomy.NumLevels][2]int32
	roots      [anatomy.NumLevels][2]int32
	// plexus holds each level's fibres in the brachial plexus's trunks
	// (-1 outside anatomy.PlexusLevels).
	plexus [anatomy.NumLevels][2]int32
	// rootlets holds, per column, the rootlets of its own by which its
	// axons leave the cord at each segment (the spinal accessory nerve's).
	rootlets   map[string]*[anatomy.NumLevels][2]int32
	nerves     map[string][2]int32
	muscles    []muscleNet
	muscleByID map[string]int
	// movements groups the muscles by the movements an examiner tests
	// (grade.go).
	movements []movement
	// signMuscles lists, per sign of anatomy.MuscleSigns, the muscles that
	// give it, and signAntagonists their antagonists (musclesigns.go).
	signMuscles     [][]int
	signAntagonists [][]int
	reflexes        []reflexNet
	// chanElems lists, per channel and side, the elements its fibres
	// pass, for finding where a lesion cuts them.
	chanElems [][2][]int32
	// drives lists, per element, the regions (anatomy.Regions index, and
	// side) whose muscles the element's neurons or axons drive or supply;
	// empty for an element no muscle depends on (drives.go).
	drives [][]regionSide
}

// tractSlot is one spinal tract, or one channel of a laminated one.
type tractSlot struct {
	tract   string
	channel string
	// autonomic tells that the tract carries the descending control of
	// the sympathetic outflow.
	autonomic bool
}

func (n *network) add(e element) int32 {
	n.elements = append(n.elements, e)
	n.bounds = append(n.bounds, mgl64.Vec4{e.boundC[0], e.boundC[1], e.boundC[2], e.boundR})
	return int32(len(n.elements) - 1)
}

// buildNetwork wires the atlas into elements, pools, muscles and reflexes.
func buildNetwork(a *anatomy.Atlas) (*network, error) {
	n := &network{
		atlas:       a,
		soma:        make(map[string][2]int32),
		spots:       make(map[string][][2]int32),
		somaPath:    make(map[string][2]int32),
		joins:       make(map[string][2][2]int32),
		station:     make(map[[2]string][2]int32),
		sourceJoins: make(map[string][][2]int32),
		heads:       make(map[headKey][][]int32),
		decus:       make(map[string][2]int32),
		cranial:     make(map[string][2]int32),
		cord:        make(map[string]*[anatomy.NumLevels][2]int32),
		nerves:      make(map[string][2]int32),
		muscleByID:  make(map[string]int),
		gateOf:      make(map[string]int),
		rootlets:    make(map[string]*[anatomy.NumLevels][2]int32),
	}
	n.buildBrain()
	n.buildCord()
	n.buildNuclei()
	n.buildPeriphery()
	if err := n.buildMuscles(); err != nil {
		return nil, err
	}
	for ci := range a.Channels {
		var e [2][]int32
		for _, s := range sides {
			e[s] = n.channelElements(&a.Channels[ci], s)
		}
		n.chanElems = append(n.chanElems, e)
	}
	n.buildDrives()
	n.buildSignMuscles()
	return n, nil
}

// buildBrain adds the upper motor neuron areas, the stations of every
// channel and the decussation.
func (n *network) buildBrain() {
	a := n.atlas
	for _, ar := range a.Areas {
		var soma, path [2]int32
		for _, s := range sides {
			el := newSphere(ar.ID+" neurons", s, anatomy.OnSide(ar.At, s), ar.R)
			el.sheet = ar.Kind != "brainstem"
			soma[s] = n.add(el)
			path[s] = -1
			if len(ar.Path) > 1 {
				path[s] = n.add(newTube(ar.ID+" axons", s, anatomy.PathOnSide(ar.Path, s), 1.2))
			}
		}
		n.soma[ar.ID] = soma
		n.somaPath[ar.ID] = path
		for _, sp := range ar.Sheet {
			var e [2]int32
			for _, s := range sides {
				el := newSphere(fmt.Sprintf(spotName, ar.ID, sp.Muscle), s, anatomy.OnSide(sp.At, s), sp.R)
				el.sheet = true
				e[s] = n.add(el)
			}
			n.spots[ar.ID] = append(n.spots[ar.ID], e)
		}
		n.addTiles(ar)
	}
	for ci := range a.Channels {
		c := &a.Channels[ci]
		for i, p := range c.Course {
			r := a.Stations[a.StationIndex(p.Station)].R
			var e [2]int32
			for _, s := range sides {
				e[s] = n.add(newTube(c.ID+" fibres in "+p.Station, s, a.StationPath(c, i, s), r))
			}
			n.station[[2]string{c.ID, p.Station}] = e
		}
		for _, src := range c.Sources {
			var e [2]int32
			r := a.Stations[0].R
			for _, s := range sides {
				e[s] = n.add(newTube(fmt.Sprintf(sourceJoinName, src.Area, c.ID, c.Course[0].Station), s, a.SourceJoinPath(c, src.Area, s), r))
			}
			n.sourceJoins[c.ID] = append(n.sourceJoins[c.ID], e)
		}
		if c.Kind == "corticospinal" {
			var e [2]int32
			for _, dest := range sides {
				e[dest] = n.add(newTube(c.ID+" fibres crossing to the "+dest.String(), dest, a.DecussationPath(c, dest), 1.0))
			}
			n.decus[c.ID] = e
		}
	}
	n.buildGates()
}

// buildGates wires the cortical drive of the brainstem centres that have
// one: each input's fibres, from their area's hemisphere down to the
// station where they leave the channel. The area's own neurons are not on
// the route: the corticoreticular neurons lie outside it (anatomy.CentreDrive).
func (n *network) buildGates() {
	a := n.atlas
	for _, ar := range a.Areas {
		if ar.Cortical == nil {
			continue
		}
		g := centreGate{spare: ar.Cortical.Spare, share: ar.Cortical.Share}
		for _, s := range sides {
			for _, in := range ar.Cortical.Inputs {
				src := s
				if in.Side == "other" {
					src = s.Other()
				}
				c := a.ChannelOfArea(in.Area)
				rt := route{w: in.W, full: in.W, tract: -1, gate: -1, group: -1, cortical: true}
				last := c.StationIndex(in.LeavesAfter)
				for _, cp := range c.Course[:last+1] {
					rt.head = append(rt.head, n.station[[2]string{c.ID, cp.Station}][src])
				}
				g.routes[s] = append(g.routes[s], rt)
			}
		}
		n.gateOf[ar.ID] = len(n.gates)
		n.gates = append(n.gates, g)
	}
}

// buildCord adds the spinal tracts, the motor columns with their drive, and
// the ventral roots.
func (n *network) buildCord() {
	a := n.atlas
	for ti := range a.Tracts {
		t := &a.Tracts[ti]
		var channels []string
		if t.ByChannel {
			for _, c := range a.Channels {
				if c.Kind == "corticospinal" {
					channels = append(channels, c.ID)
				}
			}
		} else {
			channels = []string{""}
		}
		if t.From != "cortex" {
			crossed := a.TractCrosses(t.ID)
			var j [2][2]int32
			for _, src := range sides {
				for _, dest := range sides {
					j[src][dest] = -1
					name := joinName
					if src != dest {
						if !crossed {
							continue
						}
						name = joinCrossingName
					}
					j[src][dest] = n.add(newTube(fmt.Sprintf(name, t.From, t.ID), dest, a.CentreJoin(t, src, dest), 1.2))
				}
			}
			n.joins[t.ID] = j
		}
		for _, ch := range channels {
			slot := len(n.tractSlots)
			n.tractSlots = append(n.tractSlots, tractSlot{t.ID, ch, t.Autonomic})
			var elems [anatomy.NumLevels][2]int32
			at, r := t.At, t.R
			if ch != "" {
				at = a.Channel(ch).Lateral
			}
			end := a.TractEnds(t, ch)
			for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
				for _, s := range sides {
					elems[l][s] = -1
					if l > end {
						continue
					}
					seg := a.Segment(l)
					name := fmt.Sprintf("%s at %s", t.ID, l)
					if ch != "" {
						name = fmt.Sprintf("%s (%s fibres) at %s", t.ID, ch, l)
					}
					e := newTube(name, s, a.CordColumn(l, at[0], at[1], s), r*seg.RX)
					e.cord = true
					elems[l][s] = n.add(e)
				}
			}
			n.tractElems = append(n.tractElems, elems)
			_ = slot
		}
	}
	for ci := range a.Columns {
		col := &a.Columns[ci]
		var pools [anatomy.NumLevels][2]int32
		for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
			prof := col.ProfileAt(l)
			for _, s := range sides {
				pools[l][s] = -1
				if prof == nil {
					continue
				}
				seg := a.Segment(l)
				name := fmt.Sprintf("%s motor neurons at %s", col.ID, l)
				el := newTube(name, s, a.CordColumn(l, col.At[0], col.At[1], s), col.R*seg.RX)
				el.cells = true
				e := n.add(el)
				r := a.Model.Redundancy
				if prof.Redundancy != nil {
					r = *prof.Redundancy
				}
				pools[l][s] = n.addPool(pool{name: name, elem: e, inputs: n.cordInputs(prof, l, s), redundancy: r})
			}
		}
		n.cord[col.ID] = &pools
	}
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		for _, s := range sides {
			n.roots[l][s] = n.add(newTube(fmt.Sprintf("ventral root %s", l), s, a.RootPath(l, s), 1.2))
		}
	}
	first, last, _ := anatomy.ParseLevelRange(anatomy.PlexusLevels)
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		for _, s := range sides {
			n.plexus[l][s] = -1
			if l >= first && l <= last {
				n.plexus[l][s] = n.add(newTube(fmt.Sprintf("brachial plexus trunk fibres of %s", l), s, a.PlexusPath(l, s), 2.5))
			}
		}
	}
}

// spotName names a hot spot of an area's sheet (scene/words reads it):
// area id, muscle id.
const spotName = "%s neurons for %s"

// sheetWhole sets the damage of each area laid out on the sheet, as one
// population, to the share of its neurons lost: the mean of its spots',
// each the same share of the area. The pools' drive is reckoned from it
// (and so the reflexes and signs); each muscle's own weakness from its
// spot (see muscleSpot).
func (n *network) sheetWhole(d []float64) {
	for area, ps := range n.spots {
		for _, s := range sides {
			sum := 0.0
			for _, p := range ps {
				sum += d[p[s]]
			}
			d[n.soma[area][s]] = sum / float64(len(ps))
		}
	}
}

// joinName names a brainstem tract's fibres between their centre's path
// and the cord (scene/words reads it): centre id, tract id;
// joinCrossingName names those of them that cross the midline on the way.
const (
	joinName         = "%s axons joining %s"
	joinCrossingName = "%s axons crossing to join %s"
)

// slotOf returns the tract slot of tract (and channel, for a laminated one).
func (n *network) slotOf(tract, channel string) int {
	for i, s := range n.tractSlots {
		if s.tract == tract && (s.channel == "" || s.channel == channel) {
			return i
		}
	}
	panic("lesion: no tract slot for " + tract + " " + channel) // the atlas was validated
}

// cordInputs returns the routes of a cord pool at level l on side s.
func (n *network) cordInputs(prof *anatomy.Profile, l anatomy.Level, s anatomy.Side) []route {
	a := n.atlas
	var out []route
	for _, in := range prof.Inputs {
		t := a.Tract(in.Tract)
		tractSide := s
		if in.Side == "other" {
			tractSide = s.Other()
		}
		r := route{w: in.W, full: in.W, tract: n.slotOf(t.ID, in.Channel), tractSide: tractSide, to: l, gate: -1, group: -1}
		if t.From == "cortex" {
			c := a.Channel(in.Channel)
			src := tractSide
			if in.Crossed {
				src = tractSide.Other()
			}
			decus := int32(-1)
			if in.Crossed {
				decus = n.decus[c.ID][tractSide]
			}
			out = append(out, n.channelRoutes(r, c, src, len(c.Course)-1, decus)...)
			continue
		} else {
			src := tractSide
			if in.Crossed {
				src = tractSide.Other()
			}
			r.head = append(r.head, n.soma[t.From][src], n.somaPath[t.From][src], n.joins[t.ID][src][tractSide])
			if gi, ok := n.gateOf[t.From]; ok {
				r.gate, r.gateSide = gi, src
			}
		}
		out = append(out, r)
	}
	return out
}

// buildNuclei adds the cranial motor pools with their corticobulbar drive.
func (n *network) buildNuclei() {
	a := n.atlas
	for ni := range a.Nuclei {
		nuc := &a.Nuclei[ni]
		for pi := range nuc.Pools {
			p := &nuc.Pools[pi]
			at, r := nuc.At, nuc.R
			if p.At != nil {
				at, r = *p.At, p.R
			}
			var idx [2]int32
			for _, s := range sides {
				e := n.add(newSphere(p.ID+" motor neurons", s, anatomy.OnSide(at, s), r))
				var inputs []route
				for _, in := range p.Inputs {
					src := s
					if in.Side == "other" {
						src = s.Other()
					}
					c := a.ChannelOfArea(in.Area)
					rt := route{w: in.W, tract: -1, gate: -1, group: -1}
					inputs = append(inputs, n.channelRoutes(rt, c, src, c.StationIndex(in.LeavesAfter), -1)...)
				}
				idx[s] = n.addPool(pool{name: p.ID + " motor neurons", elem: e, inputs: inputs, redundancy: a.Model.Redundancy})
			}
			n.cranial[p.ID] = idx
		}
	}
}

// buildPeriphery adds the cranial and peripheral nerves.
func (n *network) buildPeriphery() {
	for _, nv := range n.atlas.Nerves {
		var e [2]int32
		for _, s := range sides {
			e[s] = n.add(newTube(nv.ID, s, anatomy.PathOnSide(nv.Path, s), nv.R))
		}
		n.nerves[nv.ID] = e
	}
}

// rootlet returns the rootlets of column's axons at level l on each side,
// adding them the first time they are asked for.
func (n *network) rootlet(column string, l anatomy.Level) [2]int32 {
	rl := n.rootlets[column]
	if rl == nil {
		rl = new([anatomy.NumLevels][2]int32)
		for i := range rl {
			rl[i] = [2]int32{-1, -1}
		}
		n.rootlets[column] = rl
	}
	if rl[l][0] < 0 {
		col := n.atlas.Column(column)
		seg := &n.atlas.Segments[l]
		for _, s := range sides {
			el := newTube(fmt.Sprintf("%s rootlets at %s", column, l), s, n.atlas.RootletPath(l, col, s), rootletRadius)
			el.spread = &[2]float64{seg.Bottom, seg.Top}
			rl[l][s] = n.add(el)
		}
	}
	return rl[l]
}
