package explorer

import (
	"math"
	"slices"
	"sort"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
)

// evaluation is what the engine made of the lesions in place, and the
// report's words for it, kept until the lesions or the phase change.
type evaluation struct {
	lesions []Placed
	phase   lesion.Phase
	done    bool
	result  *lesion.Result
	err     string
	// report and its key: the result, title and phase it says.
	report      screen.Report
	reportOf    *lesion.Result
	reportTitle string
	reportPhase lesion.Phase
	reportErr   string
}

// Result returns what the engine makes of the lesions in place (nil for
// none) and why a lesion could not be evaluated ("" when all were).
func (e *Explorer) Result() (*lesion.Result, string) {
	ev := &e.eval
	s := &e.st
	if ev.done && ev.phase == s.Phase && slices.Equal(ev.lesions, s.Lesions) {
		return ev.result, ev.err
	}
	ev.done, ev.phase, ev.lesions = true, s.Phase, append(ev.lesions[:0], s.Lesions...)
	ev.err, ev.result = "", nil
	if len(s.Lesions) == 0 {
		return nil, ""
	}
	eng, err := e.Engine()
	if err != nil {
		ev.err = err.Error()
		return nil, ev.err
	}
	var sites []lesion.Site
	for _, p := range s.Lesions {
		site, err := eng.ParseSite(p.Text())
		if err != nil {
			ev.err = err.Error()
			continue
		}
		sites = append(sites, site)
	}
	if len(sites) > 0 {
		ev.result = eng.Evaluate(sites, s.Phase)
	}
	return ev.result, ev.err
}

// ReportTitle is the lesion report's title: the state's own, else the
// classic lesion's name, else "".
func (e *Explorer) ReportTitle() string {
	if e.st.Title != "" {
		return e.st.Title
	}
	if p := e.preset(e.st.Preset); p != nil {
		return p.Name
	}
	return ""
}

// Report returns lesion mode's report in words, worked out when the
// lesions, title or phase change rather than every frame.
func (e *Explorer) Report() *screen.Report {
	res, err := e.Result()
	ev := &e.eval
	title := e.ReportTitle()
	r := &ev.report
	if ev.reportOf == res && ev.reportTitle == title && ev.reportPhase == e.st.Phase && ev.reportErr == err && r.Title != "" {
		return r
	}
	ev.reportOf, ev.reportTitle, ev.reportPhase, ev.reportErr = res, title, e.st.Phase, err
	// A new report opens on its first page.
	e.reportPage = 0
	heading, place := title, ""
	if heading == "" {
		// Lesions placed by hand are named by what they hit, as a
		// teacher heads a case, not left as "Lesion mode".
		specs := make([]string, len(e.st.Lesions))
		for i, p := range e.st.Lesions {
			specs[i] = p.Text()
		}
		heading = words.LesionHeading(e.cfg.Atlas, res, specs)
		place = words.LesionWhere(e.cfg.Atlas, res, specs)
	}
	if heading == "" {
		heading = "Lesion mode"
	}
	// The phase after a dot, not in brackets: many titles end in their
	// own ("Central facial palsy (capsular genu)").
	r.Title = heading + " · " + string(e.st.Phase)
	r.Err, r.Placed, r.Summary, r.Place = err, res != nil, "", place
	r.Rows, r.Signs = r.Rows[:0], ""
	if res == nil {
		return r
	}
	// A lesion that weakens nothing says what it took and why nothing
	// shows, not a bare "No weakness".
	r.Summary = words.ReportSummary(res)
	for _, d := range byType(deficitRows(res.Deficits)) {
		r.Rows = append(r.Rows, screen.ReportRow{Kind: d.kind, Heading: words.TypeHeading(d.kind), Text: words.Weakness(d.region, d.side, d.severity),
			Group: words.SideGroup(d.side), Region: words.RegionAlone(d.region), Grade: words.Capital(words.GradeOf(d.region, d.severity).String()), Severity: d.severity})
	}
	r.Signs = words.SignsBySide(res.Signs)
	return r
}

// deficitRow is one line of the report's list of weak regions.
type deficitRow struct {
	side, region, kind string
	severity           float64
}

// deficitRows lists the deficits for the report: a region weak alike on
// both sides (the same type, severities within 0.05) takes one row,
// "both", so that a bilateral lesion's list fits a projector's screen.
func deficitRows(ds []lesion.Deficit) []deficitRow {
	var rows []deficitRow
	merged := make([]bool, len(ds))
	for i, d := range ds {
		if merged[i] {
			continue
		}
		row := deficitRow{side: d.Side, region: d.Region, kind: d.Type, severity: d.Severity}
		for j := i + 1; j < len(ds); j++ {
			o := ds[j]
			if !merged[j] && o.Region == d.Region && o.Side != d.Side && o.Type == d.Type && math.Abs(o.Severity-d.Severity) <= 0.05 {
				merged[j] = true
				row.side, row.severity = "both", max(d.Severity, o.Severity)
				break
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// byType orders rows by their type, upper motor neuron first, each type
// keeping its regions head to foot, so that the report heads each type
// once.
func byType(rows []deficitRow) []deficitRow {
	order := map[string]int{"UMN": 0, "LMN": 1, "mixed": 2}
	// sort.SliceStable, not slices.SortStableFunc: the generic sort would
	// add a copy of its code for this row type to the page (make bench).
	sort.SliceStable(rows, func(i, j int) bool { return order[rows[i].kind] < order[rows[j].kind] })
	return rows
}
