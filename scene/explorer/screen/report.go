package screen

import (
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// Report is lesion mode's panel: the title, the engine's summary, the weak
// regions with their type and severity, the signs, and the legend of the
// colours at its foot, in words the adapter worked out when the lesion
// changed.
type Report struct {
	// Title is the report's heading, its phase included.
	Title string
	// Place names where lesions placed by hand lie ("Left internal
	// capsule (posterior limb)"), for the folded strip on a phone to say
	// before the findings; "" for a classic lesion, whose title names it.
	Place string
	// Err is why a lesion could not be evaluated, or "".
	Err string
	// Placed is whether any lesion was evaluated: without one the panel
	// says how to place one.
	Placed bool
	// Summary is the engine's one-paragraph summary.
	Summary string
	// Rows are the weak regions, grouped by type.
	Rows []ReportRow
	// Signs lists the signs in words, a paragraph a line: one for each
	// side, naming it once (words.SignsBySide).
	Signs string
}

// ReportRow is one weak region's line, with its type ("UMN", "LMN",
// "mixed") and the type's heading. Group, Region and Grade are the same
// row in parts (its side's group, "On both sides"; the region without
// its side; its grade, "Severe, MRC 1/5"): when they are set the report
// lists a group's regions of one grade on one row, and Text is not shown;
// Severity (0–1) puts a group's worst grade first.
type ReportRow struct {
	Kind, Heading, Text  string
	Group, Region, Grade string
	Severity             float64
}

var (
	reportColor = [4]float32{0.93, 0.95, 0.97, 1}
	umnColor    = [4]float32{0.34, 0.71, 0.91, 1} // Okabe-Ito sky blue
	lmnColor    = [4]float32{0.90, 0.62, 0.00, 1} // Okabe-Ito orange
	mixedColor  = [4]float32{0.80, 0.47, 0.65, 1} // Okabe-Ito reddish purple
)

// typeColors tells upper from lower motor neuron weakness at a glance,
// in hues the colour-blind tell apart.
var typeColors = map[string][4]float32{"UMN": umnColor, "LMN": lmnColor, "mixed": mixedColor}

// legendKinds are the kinds the report's legend names.
var legendKinds = [...]string{"UMN", "LMN", "mixed"}

// legendText returns the size of the legend's names in a report of text
// size: a shade smaller, as notes are, but never under least (a phone's
// is its 14 CSS px).
func legendText(size, least float32) float32 { return max(size*0.9, least) }

// legendFits reports whether the legend, its swatches at size and its
// names at text, fits one row of width.
func legendFits(f *Typeset, width, size, text float32) bool {
	x := float32(0)
	for _, k := range legendKinds {
		x += size*1.1 + f.Width(k, text) + size
	}
	return x <= width
}

// legendEnd returns where the legend ends when drawn from (0, 0) in
// width: its last row's right end and baseline, the room a page's number
// may take at its right.
func legendEnd(f *Typeset, width, size, text float32) (x, y float32) {
	for _, k := range legendKinds {
		item := size*1.1 + f.Width(k, text)
		if x > 0 && x+item > width {
			x, y = 0, y+size*1.4
		}
		x += item + size
	}
	return x - size, y
}

// drawTypeLegend draws the colours' key from (x, y): a swatch at size and
// the name at text of each kind, on one row or, when width is too
// narrow, two.
func drawTypeLegend(dl *view.DrawList, f *Typeset, x, y, width, size, text float32) {
	x0 := x
	for _, k := range legendKinds {
		item := size*1.1 + f.Width(k, text)
		if x > x0 && x+item > x0+width {
			x, y = x0, y+size*1.4
		}
		dl.Rect(x, y-size*0.7, size*0.8, size*0.8, typeColors[k])
		dl.Label(x+size*1.1, y, text, reportColor, view.AlignLeft, k)
		x += item + size
	}
}

// QuizTitle titles the quiz's report, whatever lesion the student has
// placed: the report heads the student's lesion with its own name under
// it, so that the title is short on a projector.
const QuizTitle = "Where is the lesion?"

// quizHeadings returns the title a report is set under, and the heading
// of the student's lesion its body begins with ("" when none): in the
// quiz, QuizTitle with r's phase, and r's own heading ("Lesion in the
// left temporal lobe: no motor pathway here") in the body, which pages
// it; elsewhere r's title.
func quizHeadings(r *Report, quiz bool) (title, heading string) {
	i := strings.LastIndex(r.Title, " · ")
	if !quiz || !r.Placed || i < 0 || strings.HasPrefix(r.Title, QuizTitle) {
		return r.Title, ""
	}
	return QuizTitle + r.Title[i:], r.Title[:i]
}

// reportLine is one line of the report as set: its words, size, colour
// and indent, and its baseline below the panel's top.
type reportLine struct {
	s         string
	size      float32
	col       [4]float32
	indent, y float32
}

// reportKey is what a report's setting depends on.
type reportKey struct {
	title, summary, signs, err string
	rows                       int
	placed                     bool
	opts                       reportOpts
	w, h, size, least          float32
	d                          words.Device
}

// reportOpts are how the layout asks a report to be set: quiz says the
// quiz runs, whose own words tell how to place a lesion; brief that it is
// presenter mode's report (brief.go); lead is the quiz's words set at the
// report's head, where a phone has no room for them above the model
// (quizfit.go).
type reportOpts struct {
	quiz, brief bool
	lead        string
	// tour says a tour shows the report, and tourEnd that it is at its
	// last step: → shows the report's next page and, from its last, the
	// next step (or ends the tour), which the page cue says
	// (reportcue.go). A brief report in a tour leaves its summary to
	// the step's caption, which tells it.
	tour, tourEnd bool
	// key is the key its page cue names (reportKeyFor).
	key string
}

// reportSet is the report set in a panel: its title on every page, its
// body in pages that fit above the legend, each paragraph whole on a page
// where it can be, a type's heading on the page of its first row. Nothing
// is cut: what does not fit is on the next page.
type reportSet struct {
	key reportKey
	// size is the body's text size, pad the panel's margin, keySize
	// the legend's names' (legendText).
	size, pad, keySize float32
	title              []string
	titleSize          float32
	lines              []reportLine
	// starts are where each page's lines begin; page is the page shown.
	starts []int
	page   int
	// cue says which page of how many, at cueY; legendH is the legend's
	// height at the foot.
	cue           string
	cueY, legendH float32
	// numberOnLegend is whether every page's cue goes at the right of
	// the legend's last row (numberY below its first, numberRoom wide),
	// rather than on a row of its own above the legend: one place on
	// every page, where a reader's eye finds it again.
	numberOnLegend      bool
	numberY, numberRoom float32
	opts                reportOpts
}

// keyShown reports whether the report, drawn in box b, shows the
// colours' key at its foot: not in a panel too short for it.
func (rs *reportSet) keyShown(b view.Box) bool { return b.H > rs.legendH+rs.size*3 }

// set lays out r in box b at size on a screen of metrics m, for device
// d, showing page (counted round), as o asks.
func (rs *reportSet) set(r *Report, f *Typeset, b view.Box, size float32, m Metrics, d words.Device, page int, o reportOpts) {
	// A shade smaller than the other panels, never below the 14 CSS
	// pixels sentences need (Readable): a long report pages.
	size = max(size*0.9, m.Readable())
	if o.brief {
		// Presenter mode's large text in a panel as narrow as a
		// phone's would hold a few words a line and page every few
		// lines: there it is set so that a line holds briefChars,
		// still larger than without presenter mode.
		size = max(m.Readable(), min(size, b.W*0.9/(briefChars*charWidth)))
	}
	key := reportKey{r.Title, r.Summary, r.Signs, r.Err, len(r.Rows), r.Placed, o, b.W, b.H, size, m.Least(), d}
	changed := key != rs.key || rs.starts == nil
	if changed {
		// Presenter mode's report keeps presenter mode's size whatever
		// the panel's height (a tour's, above its caption, is short) and
		// however long the report: a room reads it from the back, so
		// what does not fit takes another page, never smaller type.
		rs.key, rs.opts = key, o
		rs.layout(r, f, b, size, m, d, o.quiz)
	}
	n := len(rs.starts)
	page = ((page % n) + n) % n
	if changed || page != rs.page {
		// The cue is worded when the page turns, not every frame.
		rs.page, rs.cue = page, ""
		switch {
		case n > 1 && rs.numberOnLegend:
			rs.cue = f.reportCue(rs.page, n, o, d, rs.size, rs.numberRoom)
		case n > 1:
			rs.cue = f.reportCue(rs.page, n, o, d, rs.size, b.W-2*rs.pad)
		}
	}
}

// layout sets r's title and its pages at size, for set.
func (rs *reportSet) layout(r *Report, f *Typeset, b view.Box, size float32, m Metrics, d words.Device, quiz bool) {
	pad := size * 0.8
	rs.size, rs.pad, rs.keySize = size, pad, legendText(size, m.Least())
	width := b.W - 2*pad
	rs.legendH = size * 1.8
	if !legendFits(f, width, size, rs.keySize) {
		rs.legendH = size * 3.2
	}
	// The title whole, at one size in every report (the body's), on as
	// many lines as it needs: a title set smaller than another's to save
	// a line reads as a lesser heading, and one larger than the body's
	// takes the line a page needs. Only a word wider than the panel sets
	// it smaller, down to least, rather than cut: it names the syndrome
	// and its phase, the one thing the panel is about.
	// The quiz's title is short, and kept to one line: its lines would
	// be taken from the room its feedback pages in; in presenter mode it
	// wraps rather than shrink, presenter mode's size being what a room
	// reads (TestPresenterReportSize); not on a phone, whose presenter
	// text is a phone's own and whose narrow panel has no line to spare.
	title, _ := quizHeadings(r, quiz)
	ts, tLeast := size, max(m.Least(), size*0.65)
	rs.title = f.wrapTitle(title, ts, width)
	oneLine := quiz && (!rs.opts.brief || d == words.Touch)
	for ts > tLeast && (slices.ContainsFunc(rs.title, func(l string) bool { return strings.HasSuffix(l, "…") }) || oneLine && len(rs.title) > 1) {
		ts = max(tLeast, ts*0.92)
		rs.title = f.wrapTitle(title, ts, width)
	}
	rs.titleSize = ts
	top := size*1.5 + float32(len(rs.title))*ts*lineGap + size*0.3
	foot := b.H - rs.legendH - size*0.4
	rs.cueY = foot
	// The pages' numbers go at the right of the legend's last row when
	// they fit there.
	end, endY := legendEnd(f, width, size, rs.keySize)
	rs.numberY, rs.numberRoom = endY, width-end-size
	numberFits := func(number string) bool {
		return f.Width(number, size) <= rs.numberRoom
	}
	// One page if the body fits; else pages, the cue at the legend's
	// right, or a row kept for it on every page where it has no room
	// there.
	rs.numberOnLegend = false
	rs.paginate(r, f, width, size, m, d, top, foot, foot, quiz)
	if len(rs.starts) == 1 {
		return
	}
	// Beside the legend only when the cue there still says how the page
	// turns ("9 / 9 →"), not its number alone.
	rs.numberOnLegend = numberFits(rs.opts.leastCue(8, 9, d))
	for {
		bottom := foot - size*lineGap
		if rs.numberOnLegend {
			bottom = foot
		}
		rs.paginate(r, f, width, size, m, d, top, bottom, bottom, quiz)
		if !rs.numberOnLegend || len(rs.starts) < 10 || numberFits(rs.opts.leastCue(98, 99, d)) {
			return
		}
		rs.numberOnLegend = false
	}
}

// draw draws the page shown in box b.
func (rs *reportSet) draw(dl *view.DrawList, f *Typeset, b view.Box) {
	size, pad := rs.size, rs.pad
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	y := b.Y + size*1.5
	// The title in the headings' colour (the patient's examination's,
	// a tour's): at the body's size, its colour is what sets it apart.
	for _, line := range rs.title {
		dl.Label(b.X+pad, y, rs.titleSize, captionColor, view.AlignLeft, line)
		y += rs.titleSize * lineGap
	}
	if len(rs.starts) > 0 {
		end := len(rs.lines)
		if rs.page+1 < len(rs.starts) {
			end = rs.starts[rs.page+1]
		}
		for _, l := range rs.lines[rs.starts[rs.page]:end] {
			dl.Label(b.X+pad+l.indent, b.Y+l.y, l.size, l.col, view.AlignLeft, l.s)
		}
	}
	switch {
	case rs.cue != "" && rs.numberOnLegend:
		dl.Label(b.X+b.W-pad, b.Y+b.H-rs.legendH+size*1.2+rs.numberY, size, captionColor, view.AlignRight, rs.cue)
	case rs.cue != "":
		dl.Label(b.X+pad, b.Y+rs.cueY, size, captionColor, view.AlignLeft, rs.cue)
	}
	if rs.keyShown(b) {
		drawTypeLegend(dl, f, b.X+pad, b.Y+b.H-rs.legendH+size*1.2, b.W-2*pad, size, rs.keySize)
	}
}

// Draw draws the report's first page in box b at size on a screen of
// metrics m, for device d: the layout's way, for a panel drawn on its
// own.
func (r *Report) Draw(dl *view.DrawList, f *Typeset, b view.Box, size float32, m Metrics, d words.Device) {
	var rs reportSet
	rs.set(r, f, b, size, m, d, 0, reportOpts{})
	rs.draw(dl, f, b)
}
