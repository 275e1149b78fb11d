package anatomy

import "strings"

// The periphery: the nerves (nerves.json), the muscles with their supply
// (muscles.json), and the reflexes (reflexes.json).

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
