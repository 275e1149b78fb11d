package anatomy

// The lower motor neurons and their descending drive: the cord's
// columns (columns.json) and the cranial nuclei (nuclei.json).

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
