package game

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// lesionHint is the hint line in lesion mode.
const lesionHint = "Click: place a lesion  ·  Shift-click: move it  ·  [ ] size  ·  Delete  ·  Z undo  ·  A acute/chronic  ·  Tab or Esc: leave"

var (
	reportColor = [4]float32{0.93, 0.95, 0.97, 1}
	umnColor    = [4]float32{0.34, 0.71, 0.91, 1} // Okabe-Ito sky blue
	lmnColor    = [4]float32{0.90, 0.62, 0.00, 1} // Okabe-Ito orange
	mixedColor  = [4]float32{0.80, 0.47, 0.65, 1} // Okabe-Ito reddish purple
)

// typeColors tells upper from lower motor neuron weakness at a glance,
// in hues the colour-blind tell apart.
var typeColors = map[string][4]float32{"UMN": umnColor, "LMN": lmnColor, "mixed": mixedColor}

// report draws lesion mode's panel: the engine's summary, the weak regions
// with their type and severity, and the signs.
// The panel ends at bottom, above the hint line or a tour's caption.
func (l *lesioner) report(dl *view.DrawList, bottom float32) {
	if !l.active {
		return
	}
	w := float32(dl.Width)
	size := textSize(dl.Width, dl.Height) * 0.9
	x := reportPanelX(dl.Width, dl.Height)
	pw := w - x
	dl.Rect(x, 0, pw, bottom, panelColor)
	y := size * 1.8
	line := func(s string, c [4]float32, scale float32) {
		dl.Label(x+size*0.8, y, size*scale, c, view.AlignLeft, s)
		y += size * 1.35 * scale
	}
	title := "Lesion mode"
	if l.title != "" {
		title = l.title
	}
	if l.title == "Where is the lesion?" && l.result == nil {
		title = "Where is the lesion? Your lesion:"
	}
	for _, s := range wrap(title+"  ("+string(l.phase)+")", pw/(size*1.15*0.52)) {
		line(s, reportColor, 1.15)
	}
	y += size * 0.3
	if l.err != "" {
		for _, s := range wrap(l.err, pw/(size*0.52)) {
			line(s, lmnColor, 1)
		}
	}
	if l.result == nil {
		for _, s := range wrap("Click the model to place a lesion: the engine works out the weakness it causes. Press / for the list of classic lesions.", pw/(size*0.52)) {
			line(s, hintColor, 1)
		}
		return
	}
	for _, s := range wrap(l.result.Summary, pw/(size*0.52)) {
		line(s, reportColor, 1)
	}
	y += size * 0.5
	rows := byType(deficitRows(l.result.Deficits))
	for i, r := range rows {
		if y > bottom-size*4.5 {
			line(fmt.Sprintf("… and %d more", len(rows)-i), hintColor, 0.95)
			break
		}
		if i == 0 || rows[i-1].kind != r.kind {
			line(words.TypeHeading(r.kind), typeColors[r.kind], 0.95)
		}
		for _, s := range wrap(words.Weakness(r.region, r.side, r.severity), pw/(size*0.95*0.52)-2) {
			line("  "+s, typeColors[r.kind], 0.95)
		}
	}
	if len(rows) > 0 {
		line(words.MRCNote, hintColor, 0.8)
	}
	y += size * 0.4
	for _, s := range wrap(words.SignList(l.result.Signs), pw/(size*0.52)) {
		if y > bottom-size*2.4 {
			break
		}
		line(s, hintColor, 0.95)
	}
	// The legend of the colours.
	y = bottom - size*0.9
	lx := x + size*0.8
	for _, k := range []string{"UMN", "LMN", "mixed"} {
		dl.Rect(lx, y-size*0.7, size*0.8, size*0.8, typeColors[k])
		dl.Label(lx+size*1.1, y, size*0.9, reportColor, view.AlignLeft, k)
		lx += size * 4.5
	}
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
	slices.SortStableFunc(rows, func(a, b deficitRow) int { return order[a.kind] - order[b.kind] })
	return rows
}

// wrap breaks s into lines of at most about width characters.
func wrap(s string, width float32) []string {
	n := max(10, int(width))
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && len(line)+1+len(word) > n {
			out = append(out, line)
			line = word
			continue
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}
