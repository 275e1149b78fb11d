package body

import "github.com/decussate/decussate/scene/anatomy"

// Region is a body region of the lesion contract. The constants follow the
// order of anatomy.Regions, so a Region is also an index into it (a test
// checks that the two agree).
type Region uint8

// The regions, head to foot.
const (
	UpperFace Region = iota
	LowerFace
	Jaw
	PalatePharynxLarynx
	SCM
	Trapezius
	Tongue
	EyeAdductionElevationDepression // CN III
	EyeIntorsion                    // CN IV
	EyeAbduction                    // CN VI
	Neck
	Diaphragm
	Shoulder
	ElbowFlexion
	ElbowExtension
	Wrist
	Hand
	Trunk
	Hip
	Knee
	AnkleFoot
	BladderBowel
	// NumRegions is the number of regions.
	NumRegions
)

// String returns the contract's name of the region ("upper_face", ...).
func (r Region) String() string {
	if int(r) < len(anatomy.Regions) {
		return anatomy.Regions[r]
	}
	return ""
}

// parts splits a weakness into what moves the figure: the share that is
// spastic (released from upper motor neuron control, chronic) and the share
// that is flaccid (lower motor neuron loss, or any weakness in shock). A
// mixed region is taken as half of each, as in ALS where wasting and
// spasticity share the same limb.
func parts(w Weakness, acute bool) (spastic, flaccid float32) {
	s := w.Severity
	switch {
	case w.Kind == Normal:
		return 0, 0
	case acute:
		return 0, s
	case w.Kind == UMN:
		return s, 0
	case w.Kind == LMN:
		return 0, s
	}
	return s / 2, s / 2
}

// combine is the weakness shown on a segment of the figure that two
// regions share (the upper arm holds the elbow's flexors and extensors):
// the worse of the two, and mixed when both are weak and of different
// kinds.
func combine(a, b Weakness) Weakness {
	if a.Kind == Normal {
		return b
	}
	if b.Kind == Normal {
		return a
	}
	w := a
	if b.Severity > a.Severity {
		w = b
	}
	if a.Kind != b.Kind {
		w.Kind = Mixed
	}
	return w
}
