package body

import "math"

// Point is a position in figure units, in screen orientation: x to the
// viewer's right (the patient's left), y down.
type Point struct{ X, Y float32 }

// Pose is the figure at one moment: where its joints are, what its face
// does, how each region is tinted. It is plain data, computed by
// Figure.Pose and drawn by Figure.Draw, DrawFace and DrawLegs. Arrays of two
// are indexed by Side, the patient's side; positions are in screen
// orientation (see the package documentation).
type Pose struct {
	Action Action
	// T is the seconds since the action started.
	T float32
	// Head is the centre of the head; Arms and Legs the limbs.
	Head Point
	Arms [2]Arm
	Legs [2]Leg
	// Breath is how far each half of the chest has breathed in, 0 to 1;
	// a weak hemidiaphragm moves less.
	Breath [2]float32
	// Reflex is each side's reflex response at this moment: 0 none, about
	// 1 at the peak of a normal jerk, more when brisk.
	Reflex [2]float32
	// Tool is the examiner's reflex hammer or key, if the action uses one.
	Tool Tool
	Face Face
	// Tint is the weakness of each region on each side, for colouring.
	Tint [NumRegions][2]Weakness
	// Ventilator flags a patient whose chest a ventilator moves: the
	// drawing says so in a caption.
	Ventilator bool
	// Acute flags the phase of shock.
	Acute bool
}

// Arm is one arm: its joints, and the state of its hand and muscles.
type Arm struct {
	Shoulder, Elbow, Wrist, Fingers Point
	// Pronation is 0 with the palm up (supinated), 1 with it down.
	Pronation float32
	// Grip is 0 for an open hand, 1 for a fist.
	Grip float32
	// Bulk is the width of the shoulder cap (deltoid), upper arm, forearm
	// and hand, 1 normal, less when wasted.
	Bulk [4]float32
	// Twitch is each of those muscles' fasciculation at this moment.
	Twitch [4]Twitch
}

// Leg is one leg: its joints, its big toe, and its muscles.
type Leg struct {
	Hip, Knee, Ankle, Toes Point
	// BigToe is the big toe's angle in radians: positive up (extension, the
	// Babinski sign), negative down (flexion).
	BigToe float32
	// Fan is the spreading of the other toes that goes with an extensor
	// plantar response, 0 to 1.
	Fan float32
	// Kick is how far the knee jerk swings the shank forward, and Flex how
	// far the ankle points the foot down (plantar flexion), in radians:
	// what the side view of the legs shows.
	Kick, Flex float32
	// Bulk and Twitch are for the thigh, the shank and the foot.
	Bulk   [3]float32
	Twitch [3]Twitch
}

// Twitch is a fasciculation: how strong it is now (0 none, 1 at its peak)
// and where along the muscle, 0 at its upper end to 1 at its lower.
type Twitch struct {
	Amp, At float32
}

// ToolKind is what the examiner holds.
type ToolKind uint8

// The examiner's tools.
const (
	NoTool ToolKind = iota
	Hammer
	Key
)

// Tool is the examiner's reflex hammer or the key that strokes the sole.
type Tool struct {
	Kind ToolKind
	// Side is the side being examined.
	Side Side
	// At is the tendon the hammer strikes, or where the key is on the
	// sole.
	At Point
	// Lift is 0 while the tool touches, rising to 1 when it is drawn back.
	Lift float32
	// Stroke is how far along the sole the key has gone, heel 0 to toes 1.
	Stroke float32
}

// The skeleton, in figure units.
var (
	headCentre = Point{0, 7.6}
	shoulderAt = Point{10.2, 19.8} // the patient's left; the right mirrored
	hipAt      = Point{5.6, 51}
)

// Segment lengths, in figure units.
const (
	upperArmLen = 15.5
	forearmLen  = 13.5
	handLen     = 6.5
	thighLen    = 22
	shankLen    = 21
	footLen     = 5.4
)

// Pose returns the figure's pose t seconds after it was asked to act. It is
// a pure function of the findings, act and t: the same arguments give the
// same pose. A negative or unknown t counts as 0, an unknown action as Rest.
func (f *Figure) Pose(act Action, t float64) Pose {
	if !(t > 0) || math.IsInf(t, 0) {
		t = 0
	}
	if act >= NumActions {
		act = Rest
	}
	p := Pose{Action: act, T: float32(t), Head: headCentre, Tint: f.find.Weak, Ventilator: f.find.Ventilator, Acute: f.find.Acute}
	for _, s := range [2]Side{Left, Right} {
		p.Reflex[s] = f.response(s, act, t)
		p.Arms[s] = f.arm(s, act, t, p.Reflex[s])
		p.Legs[s] = f.leg(s, act, t, p.Reflex[s])
	}
	p.Breath = f.breath(act, t)
	p.Face = f.face(act, t)
	p.Tool = f.tool(&p, act, t)
	return p
}
