package explorer

import (
	"fmt"
	"strings"

	"github.com/decussate/decussate/internal/credits"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// Overlay fills c with what the explorer's state shows over the model:
// the title, tags, caption, a section's side marks and hint, which panels are open, the
// toolbar's lit buttons, and lesion mode's patient and report. What the
// adapter alone knows (Local: the part under the pointer, its notes, the
// keyboard's focus, the pointer, full screen, the picker's list) Frame
// adds after.
func (e *Explorer) Overlay(c *screen.Content) {
	mode := e.Mode()
	c.Title = e.title()
	c.Tags = e.tags()
	c.Caption, c.TourCaption = e.caption()
	// Where the section's sides land on the screen the last frame told.
	c.Marks = e.sectionMarks(c.Marks[:0], e.st.Camera, e.shown.w, e.shown.h)
	c.Marks = e.viewMarks(c.Marks, e.st.Camera, e.shown.w, e.shown.h)
	c.Hint, c.Device = e.hint(mode), e.device
	c.Menu, c.Help, c.About, c.Picker = e.menu, e.help, e.about, e.picker
	c.AboutLines = nil
	if e.about {
		c.AboutLines = e.AboutLines()
	}
	c.HelpPage = e.helpPage
	c.Lesion = e.st.Lesioning()
	c.Patient = e.patient
	c.Report, c.ReportPage = nil, 0
	if c.Lesion {
		c.Report = e.Report()
		c.ReportPage = e.reportPage
	}
	c.PanelsOpen = c.Lesion && e.panelsOpen
	c.Quiz = ""
	if e.player == nil {
		c.Quiz = e.QuizWords()
	}
	c.Touring = e.player != nil
	c.TourEnd = c.Touring && e.player.AtEnd()
	c.Tracing = mode == Trace
	c.Paused = e.tracing.impulse.Paused
	c.Arrived = c.Tracing && e.tracing.impulse.Arrived
	c.Chronic = e.st.Phase == lesion.Chronic
	// Close is Back, which leaves a section alone (Section removes it).
	c.Closable = (mode != Explore && mode != Section) || e.help || e.about || e.picker || e.menu
	c.On = [screen.NumTools]bool{
		screen.ToolTrace: mode == Trace, screen.ToolLesion: mode == Lesion, screen.ToolClassic: e.picker,
		screen.ToolQuiz: mode == Quiz, screen.ToolTour: e.player != nil, screen.ToolSection: e.st.Section != "",
		screen.ToolLabels: e.labelsOn(), screen.ToolLook: e.st.Look != geom.Glass, screen.ToolPresenter: e.st.Presenter, screen.ToolHelp: e.help,
		screen.ToolAbout: e.about, screen.ToolMenu: e.menu,
		screen.ToolMove: e.MovingLesion(), screen.ToolFollow: e.tracing.impulse.Follow, screen.ToolPhase: e.st.Phase == lesion.Acute,
	}
	c.Idle = e.idleTools()
}

// title returns the title over the model: a tour's and its progress, or
// what a trace starts from.
func (e *Explorer) title() string {
	if p := e.player; p != nil {
		return fmt.Sprintf("%s  (%d of %d)", p.Tour().Title, p.Index()+1, p.Len())
	}
	if e.st.Mode == Trace && e.Chain(geom.TrueScale) != nil {
		return e.tracing.title
	}
	return ""
}

// tags returns the tags at the top right: the look when not glass, the
// proportions when true to scale, and the section's level.
func (e *Explorer) tags() string {
	var tags []string
	// Lesion mode fades the solid cortex of these looks to show the
	// lesion inside it (model): the tag names what is drawn.
	faded := ""
	if e.lesionDimmed() {
		faded = ", faded to show the lesion"
	}
	switch e.st.Look {
	case geom.Opaque:
		tags = append(tags, "opaque"+faded)
	case geom.Cutaway:
		tags = append(tags, "cutaway: the near hemisphere hidden")
	case geom.Quadrant:
		tags = append(tags, "quadrant: the near hemisphere's upper quarter cut away"+faded)
	}
	if e.st.Proportions != 0 {
		tags = append(tags, "true scale")
	}
	if e.st.Section != "" && e.player == nil && e.Station() != "" {
		// The caption band holds the trace's station: the section's
		// level is named here instead (sectionCaption).
		tags = append(tags, "Section: "+e.Level().Name)
	}
	return strings.Join(tags, "  ·  ")
}

// caption returns the caption band's words, and whether they are a
// tour's, drawn large for a room: the step's, with the fault that stopped
// part of it from opening, or the trace station the impulse passed last.
func (e *Explorer) caption() (string, bool) {
	if p := e.player; p != nil {
		text := p.Step().Caption
		if e.tourErr != nil {
			text += "  [" + e.tourErr.Error() + "]"
		}
		return text, true
	}
	if st := e.Station(); st != "" || e.st.Section == "" {
		return st, false
	}
	return e.sectionCaption(), false
}

// Said returns what the frame says in a line, for a reader of the page
// (a screen reader, a test): the quiz's words, a tour step's caption,
// lesion mode's summary, or the trace station the impulse passed last.
func (e *Explorer) Said() string {
	if q := e.QuizWords(); q != "" {
		return q
	}
	if p := e.player; p != nil {
		return p.Step().Caption
	}
	if e.st.Lesioning() {
		// The report's summary, worded once per lesion (Report).
		return e.Report().Summary
	}
	return e.Station()
}

// Station returns the caption of the trace station the impulse passed
// last, or once the volley has arrived that it has; "" for none or no
// trace.
func (e *Explorer) Station() string {
	c := e.Chain(e.st.Proportions)
	if c == nil {
		return ""
	}
	if e.tracing.impulse.Arrived {
		return e.tracing.arrival
	}
	// The pulses' storage is kept: a frame asks every time.
	pulses, st := c.Impulse(e.tracing.pulses[:0], e.Distance(e.st.Proportions), 1)
	e.tracing.pulses = pulses
	return StationCaption(e.cfg.Atlas, st)
}

// wellKnown are the atlas's sources a teacher knows by name, by their ids
// in the atlas, in the order About names them.
var wellKnown = []struct{ id, name string }{
	{"standring2021", "Gray's Anatomy"},
	{"blumenfeld2021", "Blumenfeld's Neuroanatomy through Clinical Cases"},
	{"kiernan2014", "Barr's The Human Nervous System"},
	{"ropper2019", "Adams and Victor's Principles of Neurology"},
}

// sourcesLine says in About what the atlas rests on: how many sources,
// the best known by name (those the atlas cites), and where each entry's
// are, without a file's path.
func (e *Explorer) sourcesLine() string {
	var names []string
	for _, k := range wellKnown {
		for _, s := range e.cfg.Atlas.Sources {
			if s.ID == k.id {
				names = append(names, k.name)
			}
		}
	}
	line := fmt.Sprintf("Pathways, nuclei and somatotopy: %d textbook and reference sources", len(e.cfg.Atlas.Sources))
	if len(names) > 0 {
		line += ", among them " + words.List(names)
	}
	return line + "; every entry of the atlas cites its own."
}

// AboutLines returns the About panel's paragraphs ("" a gap): who made
// the data the explorer shows, under which licences, and where their full
// texts are. CC BY 4.0 and the ICBM template's notice ask for this in
// every copy, the page included.
func (e *Explorer) AboutLines() []string {
	if e.aboutLines == nil {
		e.aboutLines = []string{
			"About Decussate: the motor pathways in 3D",
			"",
			"Anatomy: " + credits.Allen,
			"",
			"Space: MNI ICBM152 2009 millimetres (x right, y anterior, z superior). " + credits.ICBM,
			"",
			e.sourcesLine(),
			"",
			"Text: " + credits.Font,
			"",
			"The full licence texts are in the " + strings.TrimSuffix(credits.LicenceDir, "/") + " folder beside the web page " +
				"(CC BY 4.0, the ICBM template's notice, the Go font's licence), and in the source (its README, under Data and credits, says where).",
		}
	}
	return e.aboutLines
}
