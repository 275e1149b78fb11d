package screen

import (
	"fmt"

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
	// Err is why a lesion could not be evaluated, or "".
	Err string
	// Placed is whether any lesion was evaluated: without one the panel
	// says how to place one.
	Placed bool
	// Summary is the engine's one-paragraph summary.
	Summary string
	// Rows are the weak regions, grouped by type.
	Rows []ReportRow
	// Signs lists the signs in words.
	Signs string
}

// ReportRow is one weak region's line, with its type ("UMN", "LMN",
// "mixed") and the type's heading.
type ReportRow struct {
	Kind, Heading, Text string
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

// Draw draws the report in box b. What does not fit ends with how much
// more there is: nothing runs out of the panel.
func (r *Report) Draw(dl *view.DrawList, f *Typeset, b view.Box, size, least float32, d words.Device) {
	size *= 0.9
	pad := size * 0.8
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	width := b.W - 2*pad
	legendH := size * 1.8
	if !legendFits(f, width, size) {
		legendH = size * 3.2
	}
	col := column{dl: dl, x: b.X + pad, y: b.Y + size*1.5, bottom: b.Y + b.H - legendH - size*0.4}
	col.heading(f, r.Title, size*1.15, max(least, size*0.75), width, reportColor)
	col.y += size * 0.3
	if r.Err != "" {
		col.para(f, r.Err, size, width, lmnColor, 3)
	}
	if !r.Placed {
		how := "Click the model to place a lesion: the engine works out the weakness it causes. Classic lesions (in the toolbar, or /) lists the textbook ones."
		if d == words.Touch {
			how = "Tap the model to place a lesion: the engine works out the weakness it causes. Classic lesions lists the textbook ones."
		}
		col.para(f, how, size, width, hintColor, 0)
	} else {
		// The summary gives way to the list below it on a short panel.
		most := 5
		if b.H < size*22 {
			most = 3
		}
		col.para(f, r.Summary, size, width, reportColor, most)
		col.y += size * 0.5
		rows := r.Rows
		indent := size
		for i, row := range rows {
			heading := i == 0 || rows[i-1].Kind != row.Kind
			// Room for this row (and its heading) and, if any follow, the
			// line saying so.
			need := size * 0.95 * lineGap
			if heading {
				need *= 2
			}
			if i < len(rows)-1 {
				need += size * 0.95 * lineGap
			}
			if col.y+need > col.bottom {
				col.para(f, fmt.Sprintf("… and %d more", len(rows)-i), size*0.95, width, hintColor, 1)
				break
			}
			if heading {
				col.para(f, row.Heading, size*0.95, width, typeColors[row.Kind], 1)
			}
			col.x += indent
			col.para(f, row.Text, size*0.95, width-indent, typeColors[row.Kind], 2)
			col.x -= indent
		}
		if len(rows) > 0 {
			col.para(f, words.MRCNote, max(size*0.8, least), width, hintColor, 2)
		}
		col.y += size * 0.4
		col.para(f, r.Signs, size*0.95, width, hintColor, 0)
	}
	if b.H > legendH+size*3 {
		drawTypeLegend(dl, f, b.X+pad, b.Y+b.H-legendH+size*1.2, width, size)
	}
}

// legendKinds are the kinds the report's legend names.
var legendKinds = [...]string{"UMN", "LMN", "mixed"}

// legendFits reports whether the legend fits one row of width.
func legendFits(f *Typeset, width, size float32) bool {
	x := float32(0)
	for _, k := range legendKinds {
		x += size*1.1 + f.Width(k, size*0.9) + size
	}
	return x <= width
}

// drawTypeLegend draws the colours' key from (x, y): a swatch and the name
// of each kind, on one row or, when width is too narrow, two.
func drawTypeLegend(dl *view.DrawList, f *Typeset, x, y, width, size float32) {
	x0 := x
	for _, k := range legendKinds {
		item := size*1.1 + f.Width(k, size*0.9)
		if x > x0 && x+item > x0+width {
			x, y = x0, y+size*1.4
		}
		dl.Rect(x, y-size*0.7, size*0.8, size*0.8, typeColors[k])
		dl.Label(x+size*1.1, y, size*0.9, reportColor, view.AlignLeft, k)
		x += item + size
	}
}

// column writes paragraphs down a panel from (x, y) until bottom.
type column struct {
	dl     *view.DrawList
	x, y   float32
	bottom float32
}

// headingLines is how many lines a heading takes before it is set
// smaller.
const headingLines = 2

// heading writes a title whole: wrapped to headingLines lines at the
// largest size from size down to least that holds it, and at least, on as
// many lines as it needs. A report's title names the syndrome and its
// phase; cut, it would hide the one thing the panel is about.
func (c *column) heading(f *Typeset, s string, size, least, width float32, col [4]float32) {
	lines := f.Wrap(s, size, width)
	for len(lines) > headingLines && size > least {
		size = max(least, size*0.92)
		lines = f.Wrap(s, size, width)
	}
	for _, line := range lines {
		c.dl.Label(c.x, c.y, size, col, view.AlignLeft, line)
		c.y += size * lineGap
	}
}

// para writes s wrapped to width at size, at most most lines (0: as many
// as fit); a paragraph cut short ends its last line with "…".
func (c *column) para(f *Typeset, s string, size, width float32, col [4]float32, most int) {
	lines := f.Wrap(s, size, width)
	for i, line := range lines {
		last := c.y+size*lineGap > c.bottom || (most > 0 && i == most-1)
		if c.y > c.bottom {
			return
		}
		if last && i < len(lines)-1 {
			line = f.cutEnd(line, size, width)
			c.dl.Label(c.x, c.y, size, col, view.AlignLeft, line)
			c.y += size * lineGap
			return
		}
		c.dl.Label(c.x, c.y, size, col, view.AlignLeft, line)
		c.y += size * lineGap
	}
}
