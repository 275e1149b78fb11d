package game

import (
	"math"
	"sort"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// reportWords is what the report says of one result, worked out when the
// result, title or phase changes rather than every frame.
type reportWords struct {
	of       *lesion.Result
	titleSrc string
	phase    lesion.Phase
	err      string
	report   screen.Report
}

// words returns the report's words for the lesions as they are.
func (l *lesioner) words() *screen.Report {
	w := &l.reportWords
	if w.of == l.result && w.titleSrc == l.title && w.phase == l.phase && w.err == l.err && w.report.Title != "" {
		return &w.report
	}
	w.of, w.titleSrc, w.phase, w.err = l.result, l.title, l.phase, l.err
	title := "Lesion mode"
	if l.title != "" {
		title = l.title
	}
	if l.title == "Where is the lesion?" && l.result == nil {
		title = "Where is the lesion? Your lesion:"
	}
	r := &w.report
	r.Title = title + "  (" + string(l.phase) + ")"
	r.Err, r.Placed, r.Summary = l.err, l.result != nil, ""
	r.Rows, r.Signs = r.Rows[:0], ""
	if l.result == nil {
		return r
	}
	r.Summary = l.result.Summary
	for _, d := range byType(deficitRows(l.result.Deficits)) {
		r.Rows = append(r.Rows, screen.ReportRow{Kind: d.kind, Heading: words.TypeHeading(d.kind), Text: words.Weakness(d.region, d.side, d.severity)})
	}
	r.Signs = words.SignList(l.result.Signs)
	return r
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
