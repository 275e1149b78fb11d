package lesion

import (
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
