package body

// Action is what the patient is asked to do, or what the examiner does to
// the patient. Each pose starts from rest at t = 0 and reaches the command's
// position within about a second.
type Action uint8

// The actions the figure acts out.
const (
	// Rest shows the posture: hemiplegic after a chronic upper motor
	// neuron lesion, flaccid and thin after lower motor neuron loss,
	// twitching with fasciculations.
	Rest Action = iota
	// ArmsOut is the pronator drift test: both arms held out, palms up,
	// eyes closed, for ten seconds.
	ArmsOut
	// Smile and RaiseBrows test the lower and the upper face; CloseEyes
	// the orbicularis oculi, whose palsy leaves the eye open and shows it
	// rolling up (Bell's phenomenon).
	Smile
	RaiseBrows
	CloseEyes
	// TongueOut shows the tongue's deviation; SayAh the uvula's.
	TongueOut
	SayAh
	// LookLeft and LookRight look to the patient's left and right.
	LookLeft
	LookRight
	// The tendon reflexes, tapped with a hammer on each side in turn.
	ReflexBiceps
	ReflexTriceps
	ReflexKnee
	ReflexAnkle
	// Plantar strokes each sole in turn.
	Plantar
	// Breathe is a deep breath, the diaphragm shown.
	Breathe
	// NumActions is the number of actions.
	NumActions
)

// actionNames are short names for menus and the command line, in Action
// order.
var actionNames = [NumActions]string{
	"rest", "arms out", "smile", "raise brows", "close eyes", "tongue out", "say ah",
	"look left", "look right", "biceps jerk", "triceps jerk", "knee jerk",
	"ankle jerk", "plantar", "breathe",
}

// actionCommands are what the examiner says or does, in Action order.
var actionCommands = [NumActions]string{
	"Rest",
	"Hold your arms out, palms up, and close your eyes",
	"Smile, show me your teeth",
	"Raise your eyebrows",
	"Close your eyes tight",
	"Stick your tongue out",
	"Open wide and say \"ah\"",
	"Look to your left",
	"Look to your right",
	"Tap the biceps tendon",
	"Tap the triceps tendon",
	"Tap the patellar tendon",
	"Tap the Achilles tendon",
	"Stroke the outer sole",
	"Take a deep breath",
}

// String returns the action's short name ("arms out").
func (a Action) String() string {
	if a < NumActions {
		return actionNames[a]
	}
	return ""
}

// Command returns what the examiner says or does for the action, a
// caption for the figure.
func (a Action) Command() string {
	if a < NumActions {
		return actionCommands[a]
	}
	return ""
}

// ParseAction returns the action of a short name, as String writes it.
func ParseAction(name string) (Action, bool) {
	for a, n := range actionNames {
		if n == name {
			return Action(a), true
		}
	}
	return Rest, false
}

// reflex returns the tendon reflex an action tests.
func (a Action) reflex() (Reflex, bool) {
	switch a {
	case ReflexBiceps:
		return Biceps, true
	case ReflexTriceps:
		return Triceps, true
	case ReflexKnee:
		return Patellar, true
	case ReflexAnkle:
		return Ankle, true
	}
	return 0, false
}
