package screen

import (
	"strings"

	"github.com/decussate/decussate/scene/view"
)

// Layout is where everything over the model goes in one frame, worked out
// in one place from the frame's metrics and what is open, so that no two
// panels overlap and none leaves the screen, at any size, pixel ratio and
// presenter scale. Drawing reads it; so do the model's labels (Centre)
// and the pointer (Tools, Left).
//
// The screen is cut in bands: the title rows at the top, a note under
// them, the hint bar (with the toolbar under it) at the bottom, a caption
// band above it, and between them the middle, where lesion mode's patient
// and report panels sit beside the model (or, on a narrow portrait
// screen, below it) and the list of controls covers all.
type Layout struct {
	// M is the frame's metrics; Size its base text size, Pad the space
	// around panels.
	M    Metrics
	Size float32
	Pad  float32

	// Top is the title rows' band; Note, Caption and Hint the panels of
	// a note, the caption and the hint bar.
	Top, Note, Caption, Hint view.Box
	// NoteLines are the note's lines as drawn.
	NoteLines []string
	// Tools are the toolbar's buttons, and the menu's when it is open.
	Tools []Button
	Menu  view.Box
	// Left holds the patient or the picker; Right the report; Help the
	// list of controls; About the credits; Quiz the quiz's words; Centre
	// is what the model keeps, where its labels go.
	Left, Right, Help, About, Quiz, Centre view.Box
	// Strip is lesion mode's patient and report folded, or the tab
	// that folds them, on a phone held upright (compact.go).
	Strip view.Box

	title   []string
	capText []string
	// capSize is the caption's text size: large for a tour, whose
	// caption a room reads.
	capSize float32
	hints   []string
	hintSz  float32
	btnSize float32
	// noteSz is the note's text size.
	noteSz float32
	// help and about are the page of the list of controls and of the
	// credits shown.
	help, about listPage
	// report is lesion mode's report as set, in pages; patient where the
	// patient's panel puts its parts.
	report   reportSet
	patient  patientPlan
	strip    strip
	quizText []string
	// quizSize is the quiz's words' size: smaller on a phone whose
	// panels are open, so that the model keeps its room (placeQuiz).
	quizSize float32
	// quizLead is the quiz's words when the report heads with them
	// (placeQuiz).
	quizLead string
	// titleY, hoverY and tagsY are the baselines of the top rows' title,
	// hover name and tags; hoverX where the hover name begins and
	// hoverW how wide it may be.
	titleY, hoverY, tagsY, hoverX, hoverW float32
	// hover is the hover name's lines: one, or on a phone, whose row
	// holds few words, two (placeHover).
	hover []string
	// topW is how wide the top rows, the note and the caption are: the
	// screen's width, or beside a tour's report the rest.
	topW float32
	// titleX is where the title's lines are centred.
	titleX float32
	narrow bool
	// side is where a tour's report and the rest go in presenter mode
	// (tourside.go); its left is 0 in every other layout.
	side tourSideSplit
}

// Screen places and draws the overlay, keeping between frames what it
// measured: wrapped lines, the note's lines, the toolbar's buttons.
type Screen struct {
	t       *Typeset
	toolBuf []Tool
	tools   []Button
	note    noteLines
	// helpPages and aboutPages keep the lists' columns, report the
	// report's lines.
	helpPages, aboutPages listPages
	report                reportSet
	// menuWords are the hint's and the quiz's words without their Menu
	// paths, for a row with no Menu (menupath.go).
	menuWords menuWords
	// hint keeps the hint bar's lines (hintwrap.go).
	hint hintLines
	// hoverLine holds the hover name's lines as cut (placeHover).
	hoverLine [2]string
}

// New returns a Screen measuring text with m.
func New(m Measurer) *Screen { return &Screen{t: NewTypeset(m)} }

// Typeset returns the Typeset the Screen fits text with, for the panels.
func (s *Screen) Typeset() *Typeset { return s.t }

// Place lays out c on a screen of metrics m. The Layout's slices are the
// Screen's, valid until the next Place.
func (s *Screen) Place(m Metrics, c *Content) Layout {
	f := s.t
	size := m.Size()
	L := Layout{M: m, Size: size, Pad: size * 0.5}
	w, h := float32(m.W), float32(m.H)
	pad := L.Pad
	L.narrow = m.Narrow()

	// The bottom: the toolbar's row, every tool on a wide screen or a
	// menu on a narrow one, and the hint bar above it.
	L.btnSize = max(size*0.8, 13*m.Ratio)
	if m.Presenter && L.narrow {
		// A phone's toolbar is the presenter's own, under a fingertip,
		// not the room's to read: at the phone's size it takes a row
		// less, which the model and the panels get.
		base := m
		base.Presenter = false
		L.btnSize = max(base.Size()*0.8, 13*m.Ratio)
	}
	if m.Phone() {
		// A phone's buttons are read at arm's length too: never under
		// its least text (minTextCSS). The mode's row keeps to one row
		// by narrowing its buttons about their words (modeInset).
		L.btnSize = max(L.btnSize, m.Least())
	}
	bh := max(L.btnSize*2.2, 40*m.Ratio) // a fingertip
	gap := pad * 0.5
	rowY := h - bh - gap
	L.Tools, rowY = s.placeRows(s.tools[:0], c, L.btnSize, bh, gap, rowY, w)
	// A phone's hints are read at arm's length: never under its least
	// text (minTextCSS).
	L.hintSz = max(size*0.85, m.Least())
	menu := hasTool(L.Tools, ToolMenu)
	hint := s.menuWords.reachable(c.Hint, menu)
	bottom := rowY - gap
	if dropHint(m, c) {
		L.hints = nil
		L.Hint = view.Box{ID: "hint", Y: bottom, W: w}
	} else {
		L.hints = s.hint.wrap(f, hint, L.hintSz, w-4*pad, m.Ratio)
		hintH := float32(len(L.hints))*L.hintSz*lineGap + L.hintSz*0.9
		L.Hint = view.Box{ID: "hint", X: 0, Y: rowY - gap - hintH, W: w, H: hintH}
		bottom = L.Hint.Y
	}

	// A tour's step with a report, in presenter mode on a wide screen:
	// the report is a column at the right from the top to the toolbar,
	// and the title, the caption, the patient and the model share the
	// rest (tourside.go). barTop is where the toolbar's row begins.
	barTop := bottom
	side := tourSide(m, c)
	if side {
		L.side = placeTourSide(m, size, pad)
	}
	// lw is the width the top rows, the note and the caption span.
	lw := w
	if side {
		lw = L.side.left
	}
	L.topW = lw

	// The caption band: a tour's, large, or a trace's.
	if c.Caption != "" {
		L.capSize = size * 1.15
		if c.TourCaption {
			L.capSize = size * 1.2
		}
		if side {
			// Beside the report: narrower, at presenter mode's size, a
			// line or two fewer, which the model gets.
			L.capSize = size
		}
		L.capText = f.Wrap(c.Caption, L.capSize, lw-4*pad)
		// A caption takes at most a fifth of the screen's height (a
		// projector's 720 lines in presenter mode): a long one is set
		// smaller, down to the least size, rather than cover the model.
		// Beside a tour's report it has more of the height and less of
		// the width, and keeps presenter mode's size, which a room reads.
		most, least := h/5, m.Least()
		if side {
			most, least = h*tourSideCaption, size
		}
		for L.capSize > least && float32(len(L.capText))*L.capSize*lineGap > most {
			L.capSize = max(least, L.capSize*0.9)
			L.capText = f.Wrap(c.Caption, L.capSize, lw-4*pad)
		}
		capH := float32(len(L.capText))*L.capSize*lineGap + L.capSize*0.9
		L.Caption = view.Box{ID: "caption", X: 0, Y: bottom - capH, W: lw, H: capH}
		bottom = L.Caption.Y
	}

	// The top rows: a title, then the hover name and the tags.
	y := pad
	// The title, the hover name, the tags and a note lie over tx0 to lw:
	// beside a tour's report, over the model, the patient's column going
	// up to the top.
	tx0 := float32(0)
	if side {
		tx0 = L.side.modelX(pad)
	}
	L.titleX = (tx0 + lw) / 2
	if c.Title != "" {
		L.title = f.Wrap(c.Title, size, lw-tx0-2*pad)
		L.titleY = y + size
		y += float32(len(L.title)) * size * lineGap
	}
	L.hoverY = y + size*1.1
	L.tagsY = L.hoverY
	L.hoverX = tx0 + pad*2
	L.hoverW = lw - tx0 - 4*pad
	if c.Tags != "" {
		// The hover name changes as the pointer moves: it gets the
		// row's left, the tags its right, or the tags a row of their own
		// when they leave the name too little.
		tw := f.Width(c.Tags, size)
		if lw-tx0-tw-5*pad > size*10 {
			L.hoverW = lw - tx0 - tw - 5*pad
		} else {
			L.tagsY = L.hoverY + size*1.1*lineGap
		}
	}
	L.hover = s.placeHover(&L, c.Hover, size)
	rows := L.tagsY
	if len(L.hover) > 1 {
		// The name's second line: the tags' own row goes under it.
		second := L.hoverY + size*1.1*lineGap
		if L.tagsY > L.hoverY {
			L.tagsY = second + size*1.1*lineGap
		}
		rows = max(L.tagsY, second)
	}
	if c.Hover == "" && c.Tags == "" {
		rows = y
	}
	L.Top = view.Box{ID: "top", X: tx0, Y: 0, W: lw - tx0, H: rows + size*0.5}
	topEnd := L.Top.Y + L.Top.H

	// A note: a link's problems or an export's status, under the top.
	if c.Note != "" {
		// Each sentence wrapped to the width by the font's measure, a
		// few lines at most.
		var nw float32
		L.noteSz = max(size*0.9, m.Least())
		L.NoteLines, nw = s.note.layout(c.Note, min(lw-tx0-4*pad, size*40), L.noteSz, f)
		nh := float32(len(L.NoteLines))*L.noteSz*lineGap + L.noteSz*0.9
		L.Note = view.Box{ID: "note", X: tx0 + (lw-tx0-nw-2*pad)/2, Y: topEnd, W: nw + 2*pad, H: nh}
		topEnd += nh + pad*0.5
	}

	// The middle.
	mid := view.Box{X: 0, Y: topEnd, W: lw, H: max(0, bottom-pad*0.5-topEnd)}
	L.Centre = mid
	switch {
	case c.Menu:
		L.Menu, L.Tools = s.placeMenu(L.Tools, inset(mid, pad), L.btnSize, bh, gap)
		L.Centre = view.Box{}
	case c.Help:
		L.Help = inset(mid, pad)
		L.Help.ID = "help"
		L.help = f.pageList(&s.helpPages, Help(c.Device), c.HelpPage, size, L.Help, pad, c.Device)
		L.Centre = view.Box{}
	case c.About:
		L.About = inset(mid, pad)
		L.About.ID = "about"
		L.about = f.pageList(&s.aboutPages, c.AboutLines, c.HelpPage, size, L.About, pad, c.Device)
		L.Centre = view.Box{}
	case c.Lesion && compact(m):
		// A portrait phone: the model on top, the patient and the
		// report folded to a strip below it that a tap opens, to less
		// than half the middle (compact.go).
		L.placeCompact(f, mid, c)
	case side:
		L.Left, L.Right, L.Centre = L.side.boxes(mid, pad, barTop, bottom)
	case c.Lesion:
		lw := min(w*0.22, h*0.42)
		rw := min(w*0.34, size*27)
		if m.Presenter {
			// Presenter mode's large text: a wider report holds more of
			// a row on a line, and so needs fewer pages; the patient
			// gives it room, its larger view still a figure a room
			// reads (minViewCSS).
			lw = min(w*0.17, h*0.34)
			rw = min(w*0.52, size*27)
			if c.Quiz != "" {
				// The quiz is about pointing at the model: its words
				// head the report (quizfit.go), which gives the model
				// the middle.
				rw = min(w*presenterQuizReport, size*27)
			}
		}
		L.Left = view.Box{ID: "patient", X: pad * 0.5, Y: mid.Y, W: lw, H: mid.H}
		L.Right = view.Box{ID: "report", X: w - rw, Y: mid.Y, W: rw, H: mid.H}
		L.Centre = view.Box{X: L.Left.X + lw + pad*0.5, Y: mid.Y, W: max(0, L.Right.X-pad*0.5-(L.Left.X+lw+pad*0.5)), H: mid.H}
	}
	if c.Picker && !c.Help && !c.About {
		pick := view.Box{ID: "picker", X: pad * 0.5, Y: mid.Y, W: min(w*0.6, size*36), H: mid.H}
		if L.Right.W > 0 && !L.narrow {
			pick.W = min(pick.W, L.Right.X-pad-pick.X)
		} else {
			pick.W = w - pad
			L.Right, L.Strip = view.Box{}, view.Box{}
		}
		L.Left = pick
		L.Centre = view.Box{X: pick.X + pick.W + pad*0.5, Y: mid.Y, W: max(0, (L.Right.X-pad*0.5)-(pick.X+pick.W+pad*0.5)), H: mid.H}
		if L.Right.W == 0 {
			L.Centre.W = max(0, w-(pick.X+pick.W+pad*0.5))
		}
	}
	L.quizSize = size
	if c.Quiz != "" && L.Centre.W > size*8 {
		L.placeQuiz(f, s.menuWords.reachable(c.Quiz, menu))
	}
	keyed := false
	if c.Lesion && L.Right.W > 0 && c.Report != nil {
		s.report.set(c.Report, f, L.Right, size, m, c.Device, c.ReportPage, reportOpts{quiz: c.Quiz != "", brief: m.Presenter, lead: L.quizLead,
			tour: c.Touring, tourEnd: c.TourEnd, key: reportKeyFor(m.Presenter, c.Touring)})
		L.report = s.report
		keyed = L.report.keyShown(L.Right)
	}
	if c.Lesion && !c.Picker && L.Left.W > 0 && c.Patient != nil {
		L.patient = c.Patient.plan(f, L.Left, size, m, c.Device, keyed, c.Touring)
	}
	s.tools = L.Tools
	return L
}

// placeHover returns the hover name's lines: on a wide screen one, cut
// to its row if it must be (the pointer moves on, and the row must not
// jump); on a phone, where a tap names what is under the finger and
// stays, the whole name in up to two lines.
func (s *Screen) placeHover(L *Layout, hover string, size float32) []string {
	if hover == "" {
		return nil
	}
	f := s.t
	hs := size * 1.1
	if !L.narrow || f.Width(hover, hs) <= L.hoverW {
		s.hoverLine[0] = f.FitLine(hover, hs, L.hoverW)
		return s.hoverLine[:1]
	}
	lines := f.Wrap(hover, hs, L.hoverW)
	if len(lines) <= 2 {
		return lines
	}
	s.hoverLine[0], s.hoverLine[1] = lines[0], f.FitLine(strings.Join(lines[1:], " "), hs, L.hoverW)
	return s.hoverLine[:2]
}

// LabelArea returns the part of the screen the model's labels may use,
// and whether there is room for any.
func (L *Layout) LabelArea() (view.Area, bool) {
	c := L.Centre
	if c.W < L.Size*8 || c.H < L.Size*4 {
		return view.Area{}, false
	}
	return view.Area{X0: c.X, Y0: c.Y, X1: c.X + c.W, Y1: c.Y + c.H}, true
}

// inset returns b shrunk by d on every side.
func inset(b view.Box, d float32) view.Box {
	return view.Box{ID: b.ID, X: b.X + d, Y: b.Y + d, W: max(0, b.W-2*d), H: max(0, b.H-2*d)}
}
