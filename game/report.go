package game

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// lesionHint is the hint line in lesion mode.
const lesionHint = "Click: place a lesion  ·  Shift-click: move it  ·  [ ] size  ·  Delete  ·  Z undo  ·  A acute/chronic  ·  E or Esc: leave"

var (
	reportColor = [4]float32{0.93, 0.95, 0.97, 1}
	umnColor    = [4]float32{0.34, 0.71, 0.91, 1} // Okabe-Ito sky blue
	lmnColor    = [4]float32{0.90, 0.62, 0.00, 1} // Okabe-Ito orange
	mixedColor  = [4]float32{0.80, 0.47, 0.65, 1} // Okabe-Ito reddish purple
)

// typeColors tells upper from lower motor neuron weakness at a glance,
// in hues the colour-blind tell apart.
var typeColors = map[string][4]float32{"UMN": umnColor, "LMN": lmnColor, "mixed": mixedColor}

// report draws lesion mode's panel in box b: the title, the engine's
// summary, the weak regions with their type and severity, the signs, and
// the legend of the colours at its foot. What does not fit ends with how
// much more there is: nothing runs out of the panel.
func (l *lesioner) report(dl *view.DrawList, f wrapper, b view.Box, size, least float32) {
	size *= 0.9
	pad := size * 0.8
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	width := b.W - 2*pad
	legendH := size * 1.8
	if !legendFits(f, width, size) {
		legendH = size * 3.2
	}
	col := column{dl: dl, x: b.X + pad, y: b.Y + size*1.5, bottom: b.Y + b.H - legendH - size*0.4}
	text := l.words()
	col.para(f, text.title, size*1.15, width, reportColor, 2)
	col.y += size * 0.3
	if l.err != "" {
		col.para(f, l.err, size, width, lmnColor, 3)
	}
	if l.result == nil {
		col.para(f, "Click the model to place a lesion: the engine works out the weakness it causes. Press / for the list of classic lesions.", size, width, hintColor, 0)
	} else {
		// The summary gives way to the list below it on a short panel.
		most := 5
		if b.H < size*22 {
			most = 3
		}
		col.para(f, l.result.Summary, size, width, reportColor, most)
		col.y += size * 0.5
		rows := text.rows
		indent := size
		for i, r := range rows {
			heading := i == 0 || rows[i-1].kind != r.kind
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
				col.para(f, r.heading, size*0.95, width, typeColors[r.kind], 1)
			}
			col.x += indent
			col.para(f, r.text, size*0.95, width-indent, typeColors[r.kind], 2)
			col.x -= indent
		}
		if len(rows) > 0 {
			col.para(f, words.MRCNote, max(size*0.8, least), width, hintColor, 2)
		}
		col.y += size * 0.4
		col.para(f, text.signs, size*0.95, width, hintColor, 0)
	}
	if b.H > legendH+size*3 {
		drawTypeLegend(dl, f, b.X+pad, b.Y+b.H-legendH+size*1.2, width, size)
	}
}

// reportWords is what the report says of one result, worked out when the
// result, title or phase changes rather than every frame.
type reportWords struct {
	of       *lesion.Result
	titleSrc string
	phase    lesion.Phase
	title    string
	rows     []reportRow
	signs    string
}

// reportRow is one weak region's line, with its type's heading.
type reportRow struct {
	kind, heading, text string
}

// words returns the report's words for the lesions as they are.
func (l *lesioner) words() *reportWords {
	w := &l.reportWords
	if w.of == l.result && w.titleSrc == l.title && w.phase == l.phase && w.title != "" {
		return w
	}
	w.of, w.titleSrc, w.phase = l.result, l.title, l.phase
	title := "Lesion mode"
	if l.title != "" {
		title = l.title
	}
	if l.title == "Where is the lesion?" && l.result == nil {
		title = "Where is the lesion? Your lesion:"
	}
	w.title = title + "  (" + string(l.phase) + ")"
	w.rows, w.signs = w.rows[:0], ""
	if l.result == nil {
		return w
	}
	for _, r := range byType(deficitRows(l.result.Deficits)) {
		w.rows = append(w.rows, reportRow{kind: r.kind, heading: words.TypeHeading(r.kind), text: words.Weakness(r.region, r.side, r.severity)})
	}
	w.signs = words.SignList(l.result.Signs)
	return w
}

// legendKinds are the kinds the report's legend names.
var legendKinds = [...]string{"UMN", "LMN", "mixed"}

// legendFits reports whether the legend fits one row of width.
func legendFits(f wrapper, width, size float32) bool {
	x := float32(0)
	for _, k := range legendKinds {
		x += size*1.1 + f.measure(k, size*0.9) + size
	}
	return x <= width
}

// drawTypeLegend draws the colours' key from (x, y): a swatch and the name
// of each kind, on one row or, when width is too narrow, two.
func drawTypeLegend(dl *view.DrawList, f wrapper, x, y, width, size float32) {
	x0 := x
	for _, k := range legendKinds {
		item := size*1.1 + f.measure(k, size*0.9)
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

// para writes s wrapped to width at size, at most max lines (0: as many
// as fit); a paragraph cut short ends its last line with "…".
func (c *column) para(f wrapper, s string, size, width float32, col [4]float32, most int) {
	lines := f.wrap(s, size, width)
	for i, line := range lines {
		last := c.y+size*lineGap > c.bottom || (most > 0 && i == most-1)
		if c.y > c.bottom {
			return
		}
		if last && i < len(lines)-1 {
			line = cutEnd(f, line, size, width)
			c.dl.Label(c.x, c.y, size, col, view.AlignLeft, line)
			c.y += size * lineGap
			return
		}
		c.dl.Label(c.x, c.y, size, col, view.AlignLeft, line)
		c.y += size * lineGap
	}
}

// cutEnd returns line with "…" at its end, shortened to fit width.
func cutEnd(f wrapper, line string, size, width float32) string {
	for f.measure(line+" …", size) > width && len(line) > 0 {
		i := strings.LastIndexByte(line, ' ')
		if i <= 0 {
			return f.cut(line, size, width)
		}
		line = line[:i]
	}
	return line + " …"
}

// deficitRow is one line of the panel's list of weak regions.
type deficitRow struct {
	side, region, kind string
	severity           float64
}

// deficitRows lists the deficits for the panel: a region weak alike on
// both sides (the same type, severities within 0.05) takes one row, "both",
// so that a bilateral lesion's list fits a projector's screen.
func deficitRows(ds []lesion.Deficit) []deficitRow {
	var rows []deficitRow
	merged := make([]bool, len(ds))
	for i, d := range ds {
		if merged[i] {
			continue
		}
		row := deficitRow{side: d.Side, region: d.Region, kind: d.Type, severity: d.Severity}
		for j := i + 1; j < len(ds); j++ {
			e := ds[j]
			if !merged[j] && e.Region == d.Region && e.Side != d.Side && e.Type == d.Type && math.Abs(e.Severity-d.Severity) <= 0.05 {
				merged[j] = true
				row.side, row.severity = "both", max(d.Severity, e.Severity)
				break
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// byType orders rows by their type, upper motor neuron first, each type
// keeping its regions head to foot, so that the panel heads each type once.
func byType(rows []deficitRow) []deficitRow {
	order := map[string]int{"UMN": 0, "LMN": 1, "mixed": 2}
	// sort.SliceStable, not slices.SortStableFunc: the generic sort would
	// add a copy of its code for this row type to the page (make bench).
	sort.SliceStable(rows, func(i, j int) bool { return order[rows[i].kind] < order[rows[j].kind] })
	return rows
}
