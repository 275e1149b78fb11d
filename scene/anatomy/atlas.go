// Package anatomy loads and checks Decussate's atlas of the human motor
// pathways: the upper motor neuron areas, the course of their axons through
// the brain, brainstem and cord, the cranial nuclei and cord motor columns,
// the roots, nerves and muscles, the reflexes, and the named lesion sites.
//
// The atlas is data (assets/atlas/*.json), every entry with its textbook
// source. This package turns it into checked Go values; it knows nothing
// about lesions, drawing or Ebiten.
package anatomy

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
