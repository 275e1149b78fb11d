package explorer

import (
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// Kind is what an action asks for.
type Kind int

// The kinds of action. Toggles switch a thing on or off; Back closes the
// topmost thing open.
const (
	None Kind = iota
	Back
	ToggleHelp
	// ToggleAbout opens or closes the About panel (the data's credits).
	ToggleAbout
	ToggleMenu
	OpenPicker
	ClosePicker
	// ToggleLesion enters lesion mode (ending a trace) or leaves it
	// (ending the quiz).
	ToggleLesion
	EnterLesion
	LeaveLesion
	// StartTrace traces from Action.Start; NextTrace and PrevTrace step
	// through TraceStarts. None of them starts a trace in lesion mode,
	// which owns the screen.
	StartTrace
	NextTrace
	PrevTrace
	EndTrace
	PauseTrace
	StepTrace
	// TraceSpeed scales the impulse's speed by Action.Factor.
	TraceSpeed
	FollowTrace
	ToggleSection
	// SectionDown and SectionUp move the section one level down or up
	// the neuraxis, aiming the camera at its cut. Back leaves the
	// section before the mode it is open in.
	SectionDown
	SectionUp
	// AskQuiz hides the classic lesion Action.Preset for the student to
	// find, in lesion mode; NextQuiz hides the next one in the quiz's
	// order; QuizHint says the next hint; EndQuiz stops asking.
	AskQuiz
	NextQuiz
	QuizHint
	EndQuiz
	// StartTour plays tour Action.Tour from its first step (-1: the tour
	// after the last one played); TourNext and TourBack step it.
	StartTour
	TourNext
	TourBack
	EndTour
	// PlaceLesion places a sphere at Action.At (atlas millimetres) of
	// Action.Radius and selects it; MoveLesion moves the selected sphere
	// to Action.At; ResizeLesion scales it by Action.Factor.
	PlaceLesion
	MoveLesion
	ResizeLesion
	RemoveLesion
	UndoLesion
	// ToggleMoveLesion arms (or disarms) moving the selected sphere: the
	// next click in lesion mode moves it rather than placing another,
	// what Shift-click does for a person without a Shift key.
	ToggleMoveLesion
	// PlacePreset puts the classic lesion Action.Preset in place, in
	// lesion mode.
	PlacePreset
	SetPhase
	TogglePhase
	ToggleLabels
	// CycleLook draws the brain in its next look: glass, opaque, cutaway,
	// quadrant.
	CycleLook
	ToggleProportions
	TogglePresenter
	// ToggleBlack blacks the whole screen (a presenter's B or full stop,
	// as slides do) or brings it back, changing nothing else.
	ToggleBlack
	// SetCamera puts the camera at Action.Camera at once (the person
	// turned it), stopping any move; MoveCamera moves it there smoothly.
	SetCamera
	MoveCamera
	ResetView
	// AimSection looks up at the section's cut from below, as a scan is
	// seen.
	AimSection
	// PickerType adds Action.Text to the picker's query; PickerErase
	// takes its last letter off; PickerMove moves the chosen match
	// Action.Row rows down (up when negative), PickerPage Action.Row
	// pages, each keeping the chosen match in view; PickerScroll scrolls
	// the list Action.Row rows, the chosen one staying; PickerChoose places the
	// chosen match, PickRow match Action.Row, closing the picker. None
	// acts while the picker is closed.
	PickerType
	PickerErase
	PickerMove
	PickerPage
	PickerScroll
	PickerChoose
	PickRow
	// HelpPage turns the list of controls, or the About panel, whichever
	// is open, Action.Row pages on (back when negative), round from the
	// last page to the first; ReportPage turns lesion mode's report so.
	// A list longer than its panel is set in pages, not in smaller text.
	// Neither acts while its panel is closed.
	HelpPage
	ReportPage
	// TogglePanels opens lesion mode's compact panels on a phone held
	// upright (the strip under the model) to the full patient and report,
	// or folds them back to the strip. Wider screens always show them
	// full; there it changes nothing they show.
	TogglePanels
)

// Action is one thing the person (or a tour, a link, a test) asks the
// explorer for; only the fields its Kind names are read.
type Action struct {
	Kind   Kind
	Start  trace.Start
	At     mgl32.Vec3
	Radius float32
	Factor float32
	Phase  lesion.Phase
	Preset string
	Tour   int
	Camera view.Camera
	Text   string
	Row    int
}

// Act returns an action of kind k without parameters, for the many kinds
// that need none.
func Act(k Kind) Action { return Action{Kind: k} }
