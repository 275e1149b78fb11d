package screen

import "github.com/decussate/decussate/scene/words"

// Content is what one frame shows over the model, in words and switches:
// the explorer's adapter fills it from the explorer's state, and Place
// and Draw turn it into panels. Empty strings show nothing.
type Content struct {
	// Title is over the model: a tour's and its progress, or what a
	// trace starts from.
	Title string
	// Hover names the part under the pointer.
	Hover string
	// Tags are at the top right: true scale, the section's level.
	Tags string
	// Note is a few sentences for a while, one a line: what a link could
	// not open, an export's status.
	Note string
	// Caption is the band above the hint bar: a trace's station or a
	// tour step's words, which TourCaption draws large and opaque.
	Caption     string
	TourCaption bool
	// Marks are short words over the model: a section's sides beside
	// its cut (marks.go).
	Marks []Mark
	// Hint is the hint bar's words, for Device.
	Hint string
	// Device is what the person uses: the list of controls, the panels'
	// how-to lines and the toolbar's extra buttons (a section's levels, the
	// quiz's hint) follow it, so that a finger is never told to press a
	// key.
	Device words.Device
	// Menu, Help and About cover the middle, in that order of precedence.
	Menu, Help, About bool
	// AboutLines are the About panel's paragraphs ("" a gap).
	AboutLines []string
	// HelpPage is the page of the list of controls (or of the About
	// panel) shown, ReportPage the report's, each counted round: a list
	// longer than the panel is set in pages rather than in smaller text.
	HelpPage, ReportPage int
	// Lesion puts lesion mode's patient and report beside the model;
	// Picker the list of classic lesions at the left.
	Lesion, Picker bool
	// PanelsOpen opens lesion mode's panels in full on a phone held
	// upright, where they are otherwise folded to a strip under the
	// model (compact.go).
	PanelsOpen bool
	// Quiz is what the quiz says, while it runs.
	Quiz string
	// Touring adds the tour's steps to the toolbar, Closable its Close.
	Touring, Closable bool
	// TourEnd says the tour is at its last step: the report's page cue
	// says that → ends it.
	TourEnd bool
	// Tracing adds a trace's buttons to the toolbar (Lesion lesion
	// mode's); Paused labels its pause button Play; Chronic tells the
	// phase lesion mode shows (its phase button, Acute, lights when it
	// is not).
	Tracing, Paused, Chronic bool
	// Arrived labels the pause button Replay: the volley has reached
	// its muscles and stays there until fired again.
	Arrived bool
	// On lights the buttons of the modes and views that are on.
	On [NumTools]bool
	// Idle dims the buttons that have nothing to act on now: lesion
	// mode's Undo with nothing to undo, Remove, Smaller, Larger and Move
	// with no lesion to change. They keep their place in the row, so
	// that the row does not shift under a finger as lesions come and go.
	Idle [NumTools]bool
	// Focus is the button the keyboard reached, when Focused.
	Focus   Tool
	Focused bool
	// Ring draws presenter mode's ring at the pointer (PointerX,
	// PointerY).
	Ring               bool
	PointerX, PointerY float32
	// Patient, Report and Presets are lesion mode's panels and the list
	// of classic lesions, drawn into the boxes the layout gives them.
	// Concrete types, not an interface: an interface over them would keep
	// every method of the types they hold (mathgl's among them) in the
	// page (cmd/decussate's linker test).
	Patient *Patient
	Report  *Report
	Presets *PresetList
}
