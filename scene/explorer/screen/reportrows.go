package screen

import "strings"

// rowGroup is one row of the report as set: its type's heading (on the
// type's first row), its side's group (on the group's first row), and a
// grade with the regions weak to it, "Severe: lower face, jaw, tongue".
type rowGroup struct {
	kind, heading, group, text string
}

// groupRows gathers the report's rows by type, each type by side, each
// side by grade, every list in the order its first row came (head to
// foot): a bilateral lesion's twenty regions read in a few rows. A row
// without its parts (no Region) keeps a row of its own, its Text.
func groupRows(rows []ReportRow) []rowGroup {
	type gradeRow struct {
		grade   string
		regions []string
	}
	type sideRows struct {
		group  string
		grades []gradeRow
		whole  []string
	}
	type kindRows struct {
		kind, heading string
		sides         []sideRows
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
	}
	var out []rowGroup
	for _, kr := range kinds {
		heading := kr.heading
		for _, sr := range kr.sides {
			group := sr.group
			add := func(text string) {
				out = append(out, rowGroup{kind: kr.kind, heading: heading, group: group, text: text})
				heading, group = "", ""
			}
			for _, t := range sr.whole {
				add(t)
			}
			for _, g := range sr.grades {
				add(g.grade + ": " + strings.Join(g.regions, ", "))
			}
		}
	}
	return out
}
