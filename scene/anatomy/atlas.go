// Package anatomy loads and checks Decussate's atlas of the human motor
// pathways: the upper motor neuron areas, the course of their axons through
// the brain, brainstem and cord, the cranial nuclei and cord motor columns,
// the roots, nerves and muscles, the reflexes, and the named lesion sites.
//
// The atlas is data (assets/atlas/*.json), every entry with its textbook
// source. This package turns it into checked Go values; it knows nothing
// about lesions, drawing or Ebiten.
package anatomy

import "strings"

// Atlas is the whole motor system as the atlas files describe it, checked:
// every reference resolves, every course is complete, every share sums to 1.
type Atlas struct {
	Sources      []Source
	Model        Model
	Segments     []Segment
	Areas        []Area
	Stations     []Station
	Channels     []Channel
	Decussations []Decussation
	Tracts       []SpinalTract
	Columns      []Column
	Nuclei       []Nucleus
	Nerves       []Nerve
	Muscles      []Muscle
	Reflexes     []Reflex
	Sites        []Site

	areaIndex    map[string]int
	stationIndex map[string]int
	channelIndex map[string]int
	tractIndex   map[string]int
	columnIndex  map[string]int
	poolIndex    map[string][2]int // nucleus, pool
	nerveIndex   map[string]int
	muscleIndex  map[string]int
	siteIndex    map[string]int
}

// Source is a reference that atlas entries cite by ID.
type Source struct {
	ID   string `json:"id"`
	Cite string `json:"cite"`
}

// Model holds the lesion model's numbers that no textbook gives; see
// assets/atlas/model.json for why each has its value.
type Model struct {
	// Redundancy is the share of a pool's descending drive that can be lost
	// before the pool's muscles weaken.
	Redundancy float64 `json:"redundancy"`
	// FullLoss is the share of drive lost at which the pool is as weak as
	// deprivation makes it.
	FullLoss float64 `json:"full_loss"`
	// Floor is the smallest severity reported as weakness.
	Floor float64 `json:"floor"`
	// ReflexArcLoss is the share of a reflex arc whose loss makes the reflex
	// reduced or absent.
	ReflexArcLoss float64 `json:"reflex_arc_loss"`
	// UMNSign is the share of drive lost above which hyperreflexia and the
	// Babinski sign appear.
	UMNSign float64 `json:"umn_sign"`
	// Clonus is the share of drive lost above which ankle clonus appears.
	Clonus float64 `json:"clonus"`
	// Takeover is the share of a weakness, beyond the floor, that the
	// sources of its channels a lesion left untouched make up for once
	// the acute phase is over (see scene/lesion phase.go).
	Takeover float64 `json:"takeover"`
	// MixedShare is the least share of a region's weakness that each kind
	// must have for the region to be of mixed type.
	MixedShare float64 `json:"mixed_share"`
	// KeyMuscleWeight is the muscle weight from which a muscle is a key
	// muscle of its region; a prime mover, whose loss of motor units makes
	// the region's weakness mixed, weighs at least half of it.
	KeyMuscleWeight float64 `json:"key_muscle_weight"`
}

// Segment is one spinal cord segment, C1 to Co1, in atlas millimetres.
type Segment struct {
	ID     string  `json:"id"`
	Top    float64 `json:"top"`
	Bottom float64 `json:"bottom"`
	// Y is the cord axis's front-back position.
	Y float64 `json:"y"`
	// RX and RY are the half-widths of the cross-section.
	RX float64 `json:"rx"`
	RY float64 `json:"ry"`
	// Exit is the z of the intervertebral foramen its roots leave by.
	Exit float64 `json:"exit"`
	// Src names the sources of its level, widths and foramen.
	Src []string `json:"src"`
}

// Area is a population of upper motor neurons: a somatotopic area of the
// motor cortex or a brainstem centre. At is the left one's centre.
type Area struct {
	ID   string  `json:"id"`
	Name string  `json:"name"`
	Kind string  `json:"kind"`
	At   Point   `json:"at"`
	R    float64 `json:"r"`
	// Path is a brainstem centre's axons down to the cord.
	Path []Point `json:"path"`
	// Sheet, for an area of the motor cortex, lays its neurons out on
	// the real cortical sheet, muscle by muscle (see Spot); without it
	// the area is one population at At.
	Sheet []Spot `json:"sheet"`
	// Territory, for an area with a sheet, samples the part of the real
	// strip it covers, the central sulcus's bank included: points a few
	// millimetres under the drawn surface, inside the strip, each standing
	// for an equal patch of the sheet. A muscle's neurons are not only at its hot spot but spread
	// thinly over the representation of its part of the body (Schieber
	// 2001): the lesion engine splits the territory between the area's
	// body regions by their muscles' nearest hot spots (scene/lesion,
	// territory.go). internal/atlasfit/sheetfit lays it out.
	Territory []Point `json:"territory"`
	// Cortical, for a brainstem centre, is its drive from the cortex
	// (see CentreDrive), or nil for a centre that needs none.
	Cortical *CentreDrive `json:"cortical"`
	Src      []string     `json:"src"`
}

// CentreDrive is a brainstem centre's drive from the cortex: the
// corticoreticular fibres, which leave the cortex with the corticospinal
// ones and run with them (through the corona radiata, the internal
// capsule, the crus and the basis pontis) to the level of the centre,
// where they leave them for the tegmentum. Their neurons lie mostly in
// the premotor and supplementary motor areas; the model holds those as
// sources of the body parts' channels (Channel.Sources), not of these
// routes, so only their fibres can be cut: each input is
// the fibres of an area's channel down to the station where they leave
// it (LeavesAfter), from the same or the other hemisphere. The centre
// drives its pools as long as it keeps more than Spare of that input;
// past it, it loses its cortical command (Share of its drive) in
// proportion, all of it when every cortical fibre to it is cut. A bilateral ventral pontine lesion
// leaves the reticulospinal tracts whole but without a cortex to command
// them.
type CentreDrive struct {
	Inputs []BulbarInput `json:"inputs"`
	// Spare is the share of its cortical input the centre can lose with
	// no loss of its own drive: one hemisphere's fibres are enough.
	Spare float64 `json:"spare"`
	// Share is the part of the centre's drive that is the cortex's
	// command, lost when all its cortical input is: the rest comes from
	// its other inputs (vestibular, collicular, spinal), which a lesion
	// of the corticofugal fibres leaves alone.
	Share   float64  `json:"share"`
	Comment string   `json:"comment"`
	Src     []string `json:"src"`
}

// Spot is where, on the cortical sheet, an area's neurons for one muscle
// are densest: the muscle's hot spot. The strip is not a mosaic of body
// parts but of overlapping muscle maps, each peaking at its hot spot and
// thinning out around it (Schieber 2001), laid out in Penfield's order
// (toes deep on the paracentral lobule, the hip at the vertex, then the
// shoulder, elbow, wrist, fingers and thumb down the convexity, then the
// brow, eyelids, lips, jaw, tongue and throat; Penfield and Rasmussen
// 1950). A spot is a population like an area's, densest at At and
// thinning out to R; the area is the sum of its spots.
type Spot struct {
	Muscle string  `json:"muscle"`
	At     Point   `json:"at"`
	R      float64 `json:"r"`
}

// Station is a level of the corticofugal pathway, from corona radiata to
// pyramid, in the order the fibres pass them.
type Station struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	R    float64  `json:"r"`
	Src  []string `json:"src"`
}

// Channel is one somatotopic bundle of corticofugal fibres: those of one
// cortical area, followed station by station.
type Channel struct {
	ID   string `json:"id"`
	Area string `json:"area"`
	// Kind is corticobulbar (ends in the brainstem) or corticospinal.
	Kind   string        `json:"kind"`
	Course []CoursePoint `json:"course"`
	// Decussation is the part of the pyramidal decussation a corticospinal
	// channel crosses in: rostral or caudal.
	Decussation string `json:"decussation"`
	// Lateral is the channel's place in the lateral corticospinal tract's
	// cross-section, in fractions of the cord's half-widths.
	Lateral [2]float64 `json:"lateral"`
	// Ends is the lowest segment the channel's lateral tract reaches.
	Ends string `json:"ends"`
	// Sources are the other cortical areas whose fibres run in the
	// channel: area 6's (the dorsal premotor cortex, the supplementary
	// motor area), which join the area's own fibres at the channel's
	// corona radiata point and run with them from there to the pyramid.
	// The channel's own area has the share the sources leave.
	Sources []ChannelSource `json:"sources"`
	Src     []string        `json:"src"`
}

// ChannelSource is another cortical area's share of a channel's fibres.
type ChannelSource struct {
	Area string  `json:"area"`
	W    float64 `json:"w"`
}

// OwnShare returns the share of the channel's fibres that come from its
// own area: what its sources leave.
func (c *Channel) OwnShare() float64 {
	own := 1.0
	for _, s := range c.Sources {
		own -= s.W
	}
	return own
}

// CoursePoint is where a channel passes one station (left side).
type CoursePoint struct {
	Station string `json:"station"`
	At      Point  `json:"at"`
}

// Decussation is one part of the pyramidal decussation.
type Decussation struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	Z    float64  `json:"z"`
	Src  []string `json:"src"`
}

// SpinalTract is a descending tract of the cord.
type SpinalTract struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// From is "cortex" for corticospinal tracts or a brainstem centre's area.
	From string `json:"from"`
	// ByChannel tells that the tract keeps its channels apart (lateral
	// corticospinal tract); its places are then the channels' Lateral.
	ByChannel bool `json:"by_channel"`
	// Channels lists the cortical channels an unlaminated corticospinal
	// tract carries.
	Channels []string `json:"channels"`
	// Autonomic tells that the tract carries the descending control of the
	// sympathetic outflow (T1-L2), whose loss on both sides above the
	// splanchnic outflow risks autonomic dysreflexia.
	Autonomic bool       `json:"autonomic"`
	At        [2]float64 `json:"at"`
	R         float64    `json:"r"`
	Ends      string     `json:"ends"`
	Src       []string   `json:"src"`
}

// Column is a motor column of the ventral horn, with the descending drive its
// pools receive at each range of segments.
type Column struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	At       [2]float64 `json:"at"`
	R        float64    `json:"r"`
	Profiles []Profile  `json:"profiles"`
	Src      []string   `json:"src"`
}

// Profile is the descending drive of a column's pools over a range of
// segments.
type Profile struct {
	ID string `json:"id"`
	// Redundancy overrides the model's share of drive the pools can lose
	// before they weaken.
	Redundancy *float64 `json:"redundancy"`
	Levels     string   `json:"levels"`
	Inputs     []Input  `json:"inputs"`
	Comment    string   `json:"comment"`

	// First and Last are Levels parsed.
	First, Last Level `json:"-"`
}

// Input is one descending source of a cord pool's drive.
type Input struct {
	Tract   string `json:"tract"`
	Channel string `json:"channel"`
	// Crossed tells that the fibres crossed above the cord (corticospinal
	// fibres in the pyramidal decussation, a brainstem centre's in the
	// medulla), so their cell bodies lie on the tract's other side.
	Crossed bool `json:"crossed"`
	// Side is where the tract descends: same (the pool's side) or other
	// (crossing at the segment).
	Side string  `json:"side"`
	W    float64 `json:"w"`
}

// Nucleus is a cranial motor nucleus with its pools (left side).
type Nucleus struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	At    Point    `json:"at"`
	R     float64  `json:"r"`
	Pools []Pool   `json:"pools"`
	Src   []string `json:"src"`
}

// Pool is a group of cranial motor neurons and its corticobulbar drive.
type Pool struct {
	ID     string        `json:"id"`
	Name   string        `json:"name"`
	At     *Point        `json:"at"`
	R      float64       `json:"r"`
	Inputs []BulbarInput `json:"inputs"`
	Src    []string      `json:"src"`
	// Comment gives the reason for a place or size.
	Comment string `json:"comment"`
}

// BulbarInput is one corticobulbar source of a cranial pool.
type BulbarInput struct {
	Area string `json:"area"`
	// Side is the cortex's side relative to the pool: same or other.
	Side string  `json:"side"`
	W    float64 `json:"w"`
	// LeavesAfter is the last station the fibres run in.
	LeavesAfter string `json:"leaves_after"`
	Comment     string `json:"comment"`
}

// Nerve is a cranial or peripheral nerve (left side).
type Nerve struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	R    float64  `json:"r"`
	Path []Point  `json:"path"`
	Src  []string `json:"src"`
	// Comment gives the reason for a course.
	Comment string `json:"comment"`
	// Plexus marks a nerve formed in the brachial plexus: its axons from
	// C5-T1 pass the plexus's trunks (PlexusLevels) after the roots'
	// own branches (long thoracic, phrenic) have left them.
	Plexus bool `json:"plexus"`
}

// PlexusLevels are the segments whose ventral rami form the brachial
// plexus's trunks: C5 and C6 the upper, C7 the middle, C8 and T1 the
// lower (standring2021).
const PlexusLevels = "C5-T1"

// Muscle is a muscle, the region it moves and its motor supply.
type Muscle struct {
	ID string `json:"id"`
	// Name is how a teacher says the muscle where the id's words do not
	// read as English (an id naming two muscles); empty for the id's words.
	Name string `json:"name"`
	// Region is empty for a muscle that only gives signs.
	Region string  `json:"region"`
	W      float64 `json:"w"`
	// Movement is the movement an examiner tests the muscle by ("bending
	// the elbow"), shared by the muscles that make it: a region is graded
	// by its weakest movement. Empty for a muscle no examiner tests alone
	// (the stylopharyngeus), which counts only in its region's mean.
	Movement string `json:"movement"`
	// Assists are the other movements the muscle helps make, mostly
	// another region's: the long finger flexors bend the wrist as well as
	// the fingers, so a palsy of the wrist's own ulnar flexor leaves most
	// of the wrist's flexion; the deltoid's posterior fibres help turn the
	// arm out. The muscle counts in an assisted movement's strength with
	// its weight there, and in no region's mean but its own.
	Assists []Assist `json:"assists"`
	// Pool is the cranial pool that supplies it, on the muscle's side or,
	// with PoolSide "other", the other side.
	Pool     string `json:"pool"`
	PoolSide string `json:"pool_side"`
	// Column and Segments give a cord supply: the column and each
	// segment's share.
	Column   string             `json:"column"`
	Segments map[string]float64 `json:"segments"`
	// Root is false for axons that leave the cord by rootlets of their own
	// (the accessory nerve), not by the ventral roots.
	Root *bool `json:"root"`
	// Nerves are passed in series, proximal first, or, with Parallel, the
	// axons divide among them.
	Nerves   []string `json:"nerves"`
	Parallel bool     `json:"parallel"`
	// Pyramidal is how much a loss of drive weakens the muscle (default 1).
	Pyramidal *float64 `json:"pyramidal"`
	Signs     []string `json:"signs"`
	// Antagonists are the muscles whose unopposed pull turns the muscle's
	// weakness into a deviation (the eye down and out, turned in): its
	// deviation signs show only while they keep their strength, so an eye
	// whose every muscle is weak stays in the primary position.
	Antagonists []string `json:"antagonists"`
	// Yoke is the cranial pool, on the muscle's side, whose neurons carry
	// the same gaze command to the other eye's yoked muscle (the abducens
	// internuclear neurons, through the MLF to the opposite medial rectus,
	// for the lateral rectus). Where the muscle's motor neurons and the
	// yoke's are lost together both eyes lose that gaze alike and stay
	// aligned: a gaze palsy, not a deviation. Its deviation signs count
	// only the weakness the yoke does not share.
	Yoke string `json:"yoke"`
	// NerveFasciculations tells that the muscle's denervated fibres are seen
	// to twitch after a lesion of its nerve, not only of its motor neurons
	// or roots: the tongue, bare under its mucosa. Elsewhere a nerve lesion
	// (a facial palsy, a limb nerve) gives no fasciculations.
	NerveFasciculations bool `json:"nerve_fasciculations"`
	// Visible is false for muscles whose wasting and fasciculations cannot
	// be seen at the bedside.
	Visible *bool `json:"visible"`
	// Comment gives the reason for a modelled weight or factor.
	Comment string   `json:"comment"`
	Src     []string `json:"src"`

	// Supply is Segments parsed, in segment order.
	Supply []SegmentShare `json:"-"`
}

// Assist is a muscle's part in a movement other than its own.
type Assist struct {
	// Movement is the movement helped, made by other muscles.
	Movement string `json:"movement"`
	// W is the muscle's weight in the movement, on the scale of the
	// weights of the muscles that make it (their weights within their
	// region): the movement's strength is its muscles' and helpers'
	// weights summed, each one's share its weight over that sum.
	W float64 `json:"w"`
}

// SegmentShare is one segment's share of a muscle's or reflex's supply.
type SegmentShare struct {
	Level Level
	W     float64
}

// UsesRoot reports whether the muscle's axons leave by the ventral roots.
func (m *Muscle) UsesRoot() bool { return m.Root == nil || *m.Root }

// CanSeeWasting reports whether the muscle's wasting and fasciculations can
// be seen at the bedside.
func (m *Muscle) CanSeeWasting() bool { return m.Visible == nil || *m.Visible }

// Words returns how a teacher names the muscle: its name, or its id's
// words.
func (m *Muscle) Words() string {
	if m.Name != "" {
		return m.Name
	}
	return strings.ReplaceAll(m.ID, "_", " ")
}

// PyramidalFactor returns how much a loss of drive weakens the muscle.
func (m *Muscle) PyramidalFactor() float64 {
	if m.Pyramidal == nil {
		return 1
	}
	return *m.Pyramidal
}

// Reflex is a reflex the examiner tests.
type Reflex struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// Muscle is the muscle watched; its supply is the arc's efferent limb.
	Muscle   string             `json:"muscle"`
	Segments map[string]float64 `json:"segments"`
	Afferent []string           `json:"afferent"`
	Src      []string           `json:"src"`

	// Arc is Segments parsed, in segment order; empty for cranial reflexes.
	Arc []SegmentShare `json:"-"`
}

// Site is a named lesion site: what it destroys.
type Site struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Sides lists the accepted sides among L, R, B and M.
	Sides string `json:"sides"`
	// Level is "required", "optional" or empty (no level).
	Level  string   `json:"level"`
	Levels string   `json:"levels"`
	Cuts   []Cut    `json:"cuts"`
	Src    []string `json:"src"`

	// First and Last are Levels parsed.
	First, Last Level `json:"-"`
}

// Cut is one part of what a site destroys.
type Cut struct {
	Soma        []string      `json:"soma"`
	Station     string        `json:"station"`
	Channels    ChannelShares `json:"channels"`
	Decussation string        `json:"decussation"`
	Pools       []string      `json:"pools"`
	Columns     []string      `json:"columns"`
	Nerves      []string      `json:"nerves"`
	Roots       string        `json:"roots"`
	// Plexus is the levels (within PlexusLevels) whose fibres the cut
	// takes in the brachial plexus's trunks, below the roots' branches.
	Plexus        string   `json:"plexus"`
	Cord          []string `json:"cord"`
	Levels        string   `json:"levels"`
	DefaultLevels string   `json:"default_levels"`
	// MedialToLateral, for a laminated tract, gives the share destroyed of
	// the most medial and of the most lateral of its channels present at
	// the level cut, the ones between in proportion to their place: a
	// central lesion takes the medial fibres, those ending nearest the
	// level, most and the lateral ones less.
	MedialToLateral *[2]float64 `json:"medial_to_lateral"`
	// Side is same (the side asked for) or both.
	Side     string   `json:"side"`
	Fraction *float64 `json:"fraction"`
	// Comment gives the reason for a modelled fraction.
	Comment string `json:"comment"`
}

// Share returns the share of the cut elements destroyed.
func (c *Cut) Share() float64 {
	if c.Fraction == nil {
		return 1
	}
	return *c.Fraction
}

// ChannelShare returns the share of channel ch the cut destroys, or 0 if it
// does not name it; a cut that names no channels takes all at the share.
func (c *Cut) ChannelShare(ch string) float64 {
	if len(c.Channels) == 0 {
		return c.Share()
	}
	f, ok := c.Channels[ch]
	if !ok {
		return 0
	}
	return f * c.Share()
}
