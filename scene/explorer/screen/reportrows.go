package screen

import (
	"sort"
	"strings"

	"github.com/decussate/decussate/scene/words"
)

// rowGroup is one row of the report as set: its type's heading (on the
// type's first row), its side's group (on the group's first row), and a
// grade with the regions weak to it, "Severe: lower face, jaw and tongue".
type rowGroup struct {
	kind, heading, group, text string
}

// groupRows gathers the report's rows by type, each type by side, each
// side by grade, the type with the worst grade first and in it the worst
// grade first (what a teacher says first), every other list in the order
// its first row came (head to foot): a bilateral lesion's twenty regions
// read in a few rows. A row without its parts (no Region) keeps a row of
// its own, its Text. A type with one side's group names it in its
// heading.
func groupRows(rows []ReportRow) []rowGroup {
	type gradeRow struct {
		grade   string
		regions []string
		worst   float64
	}
	type sideRows struct {
		group  string
		grades []gradeRow
		whole  []string
	}
	type kindRows struct {
		kind, heading string
		sides         []sideRows
		worst         float64
	}
	var kinds []kindRows
	for _, r := range rows {
		k := 0
		for k < len(kinds) && kinds[k].kind != r.Kind {
			k++
		}
		if k == len(kinds) {
			kinds = append(kinds, kindRows{kind: r.Kind, heading: r.Heading})
		}
		kr := &kinds[k]
		kr.worst = max(kr.worst, r.Severity)
		s := 0
		for s < len(kr.sides) && kr.sides[s].group != r.Group {
			s++
		}
		if s == len(kr.sides) {
			kr.sides = append(kr.sides, sideRows{group: r.Group})
		}
		sr := &kr.sides[s]
		if r.Region == "" {
			sr.whole = append(sr.whole, r.Text)
			continue
		}
		g := 0
		for g < len(sr.grades) && sr.grades[g].grade != r.Grade {
			g++
		}
		if g == len(sr.grades) {
			sr.grades = append(sr.grades, gradeRow{grade: r.Grade})
		}
		sr.grades[g].regions = append(sr.grades[g].regions, r.Region)
		sr.grades[g].worst = max(sr.grades[g].worst, r.Severity)
	}
	// The type with the worst weakness first: the first page of a
	// report that pages then teaches on its own.
	sort.SliceStable(kinds, func(i, j int) bool { return kinds[i].worst > kinds[j].worst })
	var out []rowGroup
	for _, kr := range kinds {
		heading := kr.heading
		oneSide := len(kr.sides) == 1 && kr.sides[0].group != "" && heading != ""
		for _, sr := range kr.sides {
			group := sr.group
			if oneSide {
				// A type weak on one side only (or on both alike) says
				// it on one line: "Upper motor neuron weakness on both
				// sides".
				heading += " " + strings.ToLower(group[:1]) + group[1:]
				group = ""
			}
			add := func(text string) {
				out = append(out, rowGroup{kind: kr.kind, heading: heading, group: group, text: text})
				heading, group = "", ""
			}
			for _, t := range sr.whole {
				add(t)
			}
			// Stable: grades alike in their worst keep head to foot.
			sort.SliceStable(sr.grades, func(i, j int) bool { return sr.grades[i].worst > sr.grades[j].worst })
			for _, g := range sr.grades {
				add(g.grade + ": " + words.JoinRegions(g.regions))
			}
		}
	}
	return out
}
