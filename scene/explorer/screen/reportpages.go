package screen

import (
	"slices"
	"strings"

	"github.com/decussate/decussate/scene/words"
)

// The report's body set in pages: each paragraph whole on a page where
// it can be, a sentence too tall for a page broken between its list's
// items, never inside one.

// paginate sets the body's paragraphs from top down to firstBottom on
// the first page and to rest on the others, a new page each time one
// would pass it.
func (rs *reportSet) paginate(r *Report, f *Typeset, width, size float32, m Metrics, d words.Device, top, firstBottom, rest float32, quiz bool) {
	rs.lines, rs.starts = rs.lines[:0], append(rs.starts[:0], 0)
	y := top
	bottom := firstBottom
	newPage := func() {
		rs.starts = append(rs.starts, len(rs.lines))
		y, bottom = top, rest
	}
	// block adds a paragraph of lines (each of its own size, colour and
	// indent) after gap, on this page when keep of its lines fit, else
	// on the next; a paragraph taller than a page runs on over pages.
	block := func(gap float32, lines []reportLine, keep int) {
		if len(lines) == 0 {
			return
		}
		first := len(rs.lines) == rs.starts[len(rs.starts)-1]
		// A paragraph that does not fit goes on to the next page, unless
		// keep of its lines fit here: a long paragraph runs on rather
		// than leave a short panel half empty, a row (with its type's
		// heading) is kept whole.
		fit, at := 0, y+gap
		for _, l := range lines {
			if at+l.size*0.3 > bottom {
				break
			}
			fit++
			at += l.size * lineGap
		}
		moved := !first && fit < min(keep, len(lines))
		if moved {
			newPage()
			first = true
		}
		if !first {
			y += gap
		}
		// A paragraph that runs on takes two lines over, not its last
		// alone: a lone line atop a page reads as a fragment.
		widow := -1
		if !moved && len(lines)-fit == 1 && fit >= 3 {
			widow = fit - 1
		}
		for i, l := range lines {
			if (i == widow || y+l.size*0.3 > bottom) && len(rs.lines) > rs.starts[len(rs.starts)-1] {
				newPage()
			}
			l.y = y
			rs.lines = append(rs.lines, l)
			y += l.size * lineGap
		}
	}
	// fits reports whether lines fit whole on this page after gap.
	fits := func(gap float32, lines []reportLine) bool {
		at := y + gap
		for _, l := range lines {
			if at+l.size*0.3 > bottom {
				return false
			}
			at += l.size * lineGap
		}
		return true
	}
	para := func(s string, size, indent float32, col [4]float32) []reportLine {
		var out []reportLine
		for _, line := range f.WrapWhole(s, size, width-indent) {
			out = append(out, reportLine{s: line, size: size, col: col, indent: indent})
		}
		return out
	}
	// room reports whether lines fit whole on a page of their own.
	room := func(lines []reportLine) bool {
		at := top
		for _, l := range lines {
			if at+l.size*0.3 > rest {
				return false
			}
			at += l.size * lineGap
		}
		return true
	}
	// text adds paragraph s after gap: whole on this page when it fits,
	// else as many of its sentences as fit here and the rest from the
	// next page's top, so that a page ends between sentences. A sentence
	// that does not fit here (a side's list of signs, the quiz's "Only
	// the patient has: …") goes whole to the next page when a page holds
	// it: a list read across a page turn loses its thread. Only one
	// taller than a page breaks, between its items ("; "), never inside
	// one nor before an "and" that closes the list; an item taller than
	// a page alone runs on line by line.
	text := func(gap float32, s string, size, indent float32, col [4]float32) {
		lines := func(pieces []string) []reportLine {
			return para(strings.Join(pieces, " "), size, indent, col)
		}
		for s != "" {
			if whole := para(s, size, indent, col); fits(gap, whole) {
				block(gap, whole, len(whole))
				return
			}
			empty := len(rs.lines) == rs.starts[len(rs.starts)-1]
			sents := sentences(s)
			k := len(sents) - 1
			for k > 0 && !fits(gap, lines(sents[:k])) {
				k--
			}
			switch {
			case k > 0:
				block(gap, lines(sents[:k]), k)
				newPage()
				s = strings.Join(sents[k:], " ")
			case !empty && room(lines(sents[:1])):
				newPage()
			default:
				// The first sentence is taller than the room left
				// (here and on a page of its own): its items.
				its := listItems(sents[0])
				j := len(its) - 1
				for j > 0 && !fits(gap, lines(its[:j])) {
					j--
				}
				switch {
				case j > 0:
					block(gap, lines(its[:j]), j)
					sents[0] = strings.Join(its[j:], " ")
				case !empty:
					newPage()
					gap = 0
					continue
				default:
					block(gap, lines(its[:1]), 1)
					sents[0] = strings.Join(its[1:], " ")
					if len(its) == 1 {
						sents = sents[1:]
					}
				}
				if len(sents) == 0 {
					return
				}
				newPage()
				s = strings.TrimSpace(strings.Join(sents, " "))
			}
			gap = 0
		}
	}
	if rs.opts.lead != "" {
		text(0, rs.opts.lead, size, 0, captionColor)
		y += size * 0.4
	}
	if r.Err != "" {
		text(0, r.Err, size, 0, lmnColor)
	}
	if !r.Placed {
		how := "Click the model to place a lesion: the engine works out the weakness it causes. Classic lesions (in the toolbar, or /) lists the textbook ones."
		switch {
		case quiz:
			// The quiz's own words say how, once.
			how = "No lesion placed yet."
		case d == words.Touch:
			how = "Tap the model to place a lesion: the engine works out the weakness it causes. Classic lesions (in the toolbar, or its Menu) lists the textbook ones."
		}
		text(0, how, size, 0, hintColor)
		return
	}
	// In the quiz the student's lesion's name heads what it does.
	if _, heading := quizHeadings(r, quiz); heading != "" {
		text(0, heading+".", size, 0, reportColor)
	}
	// The summary whole: the rows below are its detail, not its
	// replacement. In a tour presenter mode leaves it to the step's
	// caption, which a room reads as the step's story: told twice at
	// presenter mode's size, it would take the short panel's first pages.
	if !rs.opts.brief || !rs.opts.tour {
		text(0, r.Summary, size, 0, reportColor)
	}
	// The rows a shade smaller than the summary, but never below the
	// 14 CSS pixels sentences need (Readable); in presenter mode at the
	// summary's size, which a room reads.
	rowSize := max(size*0.95, m.Readable())
	if rs.opts.brief {
		rowSize = size
	}
	rows := r.Rows
	heading, group := "", ""
	for _, g := range groupRows(rows) {
		gap := float32(0)
		var lines []reportLine
		col := typeColors[g.kind]
		if g.heading != "" {
			// A type's heading goes with its first row.
			gap = size * 0.5
			lines = para(g.heading, rowSize, 0, col)
			heading, group = g.heading, ""
		}
		if g.group != "" {
			lines = append(lines, para(g.group, rowSize, size*0.5, reportColor)...)
			group = g.group
		}
		row := para(g.text, rowSize, size, col)
		if lines == nil && heading != "" && !fits(gap, row) && len(rs.lines) > rs.starts[len(rs.starts)-1] {
			// A row that turns the page takes its type's heading (and
			// side) with it: a grade atop a page without them reads as
			// no one's.
			newPage()
			lines = para(heading, rowSize, 0, col)
			if group != "" {
				lines = append(lines, para(group, rowSize, size*0.5, reportColor)...)
			}
		}
		lines = append(lines, row...)
		block(gap, lines, len(lines))
	}
	signs := r.Signs
	if rs.opts.brief {
		signs = briefSigns(signs)
	}
	for i, signs := range strings.Split(signs, "\n") {
		gap := size * 0.4
		if i > 0 {
			gap = size * 0.2
		}
		text(gap, signs, rowSize, 0, hintColor)
	}
	// What the MRC grades mean, as a footnote: after the findings, where
	// it does not part the rows from the signs, and only under grades
	// that have one (the face's and the eyes' have none).
	if slices.ContainsFunc(rows, func(r ReportRow) bool { return strings.Contains(r.Grade+r.Text, "MRC") }) {
		// The note whole when it is short: its last line alone atop a
		// page reads as a fragment; a long one (a phone's) runs on.
		noteSize := max(size*0.8, m.Least())
		if rs.opts.brief {
			noteSize = size
		}
		if rs.opts.brief && !fits(size*0.4, para(words.MRCNote, noteSize, 0, hintColor)) {
			// A brief report's footnote never takes a page of its
			// own: the report without presenter mode has it.
			return
		}
		text(size*0.4, words.MRCNote, noteSize, 0, hintColor)
	}
}

// sentences returns s split after each sentence's end (". ", "? ",
// "! ") outside brackets, the pieces without the space that joined
// them: where a paragraph may run on to the next page.
// A sentence of a word or two ("Not yet.") goes with the next: alone at
// a page's foot it reads as a fragment.
func sentences(s string) []string {
	var out []string
	carry := ""
	for _, sent := range splitAfter(s, ".?!") {
		if carry != "" {
			sent = carry + " " + sent
		}
		if carry = ""; len(strings.Fields(sent)) <= 2 {
			carry = sent
			continue
		}
		out = append(out, sent)
	}
	if carry != "" {
		if len(out) == 0 {
			return []string{carry}
		}
		out[len(out)-1] += " " + carry
	}
	return out
}

// listItems returns a sentence split between the items of its list
// ("; " outside brackets), an item that closes the list with "and" kept
// with the one before it: where a list taller than a page may break.
func listItems(s string) []string {
	var out []string
	for _, it := range splitAfter(s, ";") {
		if len(out) > 0 && strings.HasPrefix(it, "and ") {
			out[len(out)-1] += " " + it
			continue
		}
		out = append(out, it)
	}
	return out
}

// splitAfter returns s split after each of ends followed by a space,
// outside brackets, the pieces without that space.
func splitAfter(s, ends string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(':
			depth++
		case c == ')':
			depth = max(0, depth-1)
		case strings.IndexByte(ends, c) >= 0:
			if depth == 0 && i+1 < len(s) && s[i+1] == ' ' {
				out = append(out, s[start:i+1])
				start = i + 2
			}
		}
	}
	return append(out, s[start:])
}

// ReportPages returns how many pages lesion mode's report has as laid
// out: 0 while it is not shown.
func (L *Layout) ReportPages() int { return len(L.report.starts) }
