package body

import (
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
)

// Side is one of the patient's sides, the atlas's own: it indexes every
// per-side array of this package.
type Side = anatomy.Side

// The patient's sides.
const (
	Left  = anatomy.Left
	Right = anatomy.Right
)

// ScreenX returns the direction, along the screen's x axis, of the
// patient's side s in the front view: +1 for the patient's left (drawn on
// the viewer's right), -1 for the patient's right.
func ScreenX(s Side) float32 {
	if s == Left {
		return 1
	}
	return -1
}

// Toward is a direction a part deviates or cannot move to: the patient's
// left or right, or nowhere.
type Toward uint8

// The directions of a deviation.
const (
	Nowhere Toward = iota
	ToLeft
	ToRight
)

// ScreenX returns the screen direction of t in the front view: +1 toward
// the patient's left (the viewer's right), -1 toward the patient's right,
// 0 for no deviation.
func (t Toward) ScreenX() float32 {
	switch t {
	case ToLeft:
		return 1
	case ToRight:
		return -1
	}
	return 0
}

// Kind is the type of a weakness, as the lesion contract names it.
type Kind uint8

// The kinds of weakness: none, upper motor neuron, lower motor neuron, or
// both in one region.
const (
	Normal Kind = iota
	UMN
	LMN
	Mixed
)

// String returns the contract's name of k ("UMN", "LMN", "mixed"), or "".
func (k Kind) String() string {
	switch k {
	case UMN:
		return "UMN"
	case LMN:
		return "LMN"
	case Mixed:
		return "mixed"
	}
	return ""
}

// Weakness is how weak one region is on one side: its kind, and its
// severity from 0 (normal) to 1 (paralysed).
type Weakness struct {
	Kind     Kind
	Severity float32
}

// Reflex is one tendon reflex the engine reports.
type Reflex uint8

// The tendon reflexes, as the hyperreflexia and areflexia signs name them.
const (
	JawJerk Reflex = iota
	Biceps
	Brachioradialis
	Triceps
	FingerFlexor
	Patellar
	Ankle
	numReflexes
)

// reflexNames are the contract's names of the reflexes, in Reflex order.
var reflexNames = [numReflexes]string{"jaw_jerk", "biceps", "brachioradialis", "triceps", "finger_flexor", "patellar", "ankle"}

// Reflexes is a set of reflexes.
type Reflexes uint16

// Has reports whether r is in the set.
func (rs Reflexes) Has(r Reflex) bool { return rs&(1<<r) != 0 }

// With returns the set with r added.
func (rs Reflexes) With(r Reflex) Reflexes { return rs | 1<<r }

// Findings is what the figure acts out: the weakness of every region on
// each side and the signs that shape a pose. It is plain data, so tests
// (and a teacher's what-if) can build one directly; ReadFindings fills one
// from the lesion engine's answer.
type Findings struct {
	// Acute is the first days after an acute lesion: shock, so weakness of
	// either kind is flaccid, without spastic posture.
	Acute bool
	// Weak holds each region's weakness per side, indexed by Region.
	Weak [NumRegions][2]Weakness
	// Brisk and Absent are the tendon reflexes that are brisk or absent
	// (or reduced) on each side; any other reflex is normal.
	Brisk, Absent [2]Reflexes
	// Babinski is an extensor plantar response; Clonus is ankle clonus.
	Babinski, Clonus [2]bool
	// Atrophy and Fasciculations are the signs of lower motor neuron loss:
	// thin muscles, and twitching in the muscles that lost their neurons.
	Atrophy, Fasciculations [2]bool
	// The eye signs of a palsied third nerve. (The eye turned in of a
	// palsied sixth and the dropped foot of a palsied nerve follow from the
	// weakness of eye_abduction and ankle_foot.)
	DownAndOut, Ptosis, Mydriasis [2]bool
	// WristDrop is the hand that hangs from a held-out forearm when the
	// wrist's extensors are palsied (a radial nerve lesion): the wrist's
	// weakness alone cannot tell, since the nerves to its flexors weaken it
	// too.
	WristDrop [2]bool
	// GazePalsy is indexed by the side both eyes cannot look to.
	GazePalsy [2]bool
	// Tongue and Jaw deviate toward the weak side; Uvula away from it.
	Tongue, Uvula, Jaw Toward
	// Ventilator is the patient who cannot breathe unaided.
	Ventilator bool
}

// ReadFindings reads the lesion engine's answer into Findings. A region,
// side, kind, sign or reflex the figure does not show is skipped (the
// engine reports more signs than a figure can act out); a nil result reads
// as a healthy patient.
func ReadFindings(res *lesion.Result) Findings {
	var f Findings
	if res == nil {
		return f
	}
	for _, d := range res.Deficits {
		r := anatomy.RegionIndex(d.Region)
		s, okSide := readSide(d.Side)
		k := readKind(d.Type)
		if r < 0 || r >= int(NumRegions) || !okSide || k == Normal {
			continue
		}
		f.Weak[r][s] = Weakness{Kind: k, Severity: clamp01(float32(d.Severity))}
	}
	for i := range res.Signs {
		f.readSign(&res.Signs[i])
	}
	// Shock follows an acute injury, not a degenerative disease, whose
	// released reflexes the engine reports as brisk in either phase: the
	// figure is in shock when the phase is acute and no reflex is brisk.
	f.Acute = res.Phase == lesion.Acute && f.Brisk == [2]Reflexes{}
	return f
}

// readSign records one of the engine's signs.
func (f *Findings) readSign(sg *lesion.Sign) {
	s, hasSide := readSide(sg.Side)
	if p := f.sided(sg.Sign); p != nil {
		if hasSide {
			p[s] = true
		}
		return
	}
	switch sg.Sign {
	case "hyperreflexia", "areflexia":
		if !hasSide {
			return
		}
		set := &f.Brisk[s]
		if sg.Sign == "areflexia" {
			set = &f.Absent[s]
		}
		for _, name := range sg.Reflexes {
			for r, n := range reflexNames {
				if n == name {
					*set = set.With(Reflex(r))
				}
			}
		}
	case "tongue_deviation":
		f.Tongue = readToward(sg.Toward)
	case "uvula_deviation":
		f.Uvula = readToward(sg.Toward)
	case "jaw_deviation":
		f.Jaw = readToward(sg.Toward)
	case "horizontal_gaze_palsy":
		if t, ok := readSide(sg.Toward); ok {
			f.GazePalsy[t] = true
		}
	case "ventilator_dependent":
		f.Ventilator = true
	}
}

// sided returns the per-side flag of a sign that is only present or
// absent on a side, or nil.
func (f *Findings) sided(sign string) *[2]bool {
	switch sign {
	case "babinski":
		return &f.Babinski
	case "clonus":
		return &f.Clonus
	case "atrophy":
		return &f.Atrophy
	case "fasciculations":
		return &f.Fasciculations
	case "eye_down_and_out":
		return &f.DownAndOut
	case "ptosis":
		return &f.Ptosis
	case "wrist_drop":
		return &f.WristDrop
	case "mydriasis":
		return &f.Mydriasis
	}
	return nil
}

func readSide(s string) (Side, bool) {
	switch s {
	case "L":
		return Left, true
	case "R":
		return Right, true
	}
	return Left, false
}

func readToward(s string) Toward {
	switch s {
	case "L":
		return ToLeft
	case "R":
		return ToRight
	}
	return Nowhere
}

func readKind(s string) Kind {
	switch s {
	case "UMN":
		return UMN
	case "LMN":
		return LMN
	case "mixed":
		return Mixed
	}
	return Normal
}

func clamp01(x float32) float32 {
	if x > 0 {
		return min(x, 1)
	}
	return 0 // also NaN
}
