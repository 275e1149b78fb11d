package screen

import (
	"fmt"

	"github.com/decussate/decussate/scene/words"
)

// A report's page cue says which page of how many is shown and how to
// turn it, in the longest wording that fits where it goes: a teacher with
// a clicker reads at a glance whether → shows more of the report, the
// next step of a tour, or the report's first page again.

// cueKey returns the key o's page cue names.
func (o reportOpts) cueKey() string {
	if o.key == "" {
		return "M"
	}
	return o.key
}

// turnTo returns what turning on from page of pages shows, in words, long
// and short: more of the report; from its last page in a tour the next
// step, or the tour's end; else the report's first page again.
func (o reportOpts) turnTo(page, pages int) (long, short string) {
	switch {
	case page+1 < pages:
		return "more", "next page"
	case o.tour && o.tourEnd:
		return "end of the tour", "end of tour"
	case o.tour:
		return "next step", "next step"
	}
	return "back to the first page", "first page"
}

// cues returns the wordings of the cue of page of pages for device d,
// longest first: every one but the last says how to turn the page, the
// last is the page's number alone.
func (o reportOpts) cues(page, pages int, d words.Device) []string {
	number := fmt.Sprintf("%d / %d", page+1, pages)
	long, short := o.turnTo(page, pages)
	if d == words.Touch {
		// A tap turns the report round, in a tour as out of one.
		long, short = "more", "more"
		if page+1 == pages {
			long, short = "back to the first page", "first page"
		}
		return []string{number + " · tap: " + long, number + " · tap: " + short, number}
	}
	key := o.cueKey()
	how := key + " or a click: " + long
	if o.tour && page+1 == pages {
		// A click turns the report round; → goes on.
		how = key + ": " + long
	}
	// "→ next page" reads as an arrow pointing on; a letter takes a
	// colon, "M: next page".
	sep := ": "
	if key == "→" {
		sep = " "
	}
	c := []string{number + " · " + how, number + " · " + key + sep + short}
	if page+1 == pages {
		// Where → goes from the last page (the next step, the first
		// page again) matters more than its number, which the pages
		// before counted up to.
		c = append(c, key+sep+short)
	}
	if key == "→" {
		c = append(c, number+" "+key)
	}
	return append(c, number)
}

// leastCue returns the shortest wording of the cue of page of pages that
// the layout keeps room for beside the legend: with → the page's number
// and the arrow ("9 / 9 →"), which says at a glance that a clicker turns
// it; else the number alone.
func (o reportOpts) leastCue(page, pages int, d words.Device) string {
	number := fmt.Sprintf("%d / %d", page+1, pages)
	if d != words.Touch && o.cueKey() == "→" {
		return number + " →"
	}
	return number
}

// reportCue returns the cue of page of pages in the longest wording that
// fits width at size, or the page's number cut to fit: never cut inside a
// wording.
func (t *Typeset) reportCue(page, pages int, o reportOpts, d words.Device, size, width float32) string {
	if pages <= 1 {
		return ""
	}
	c := o.cues(page, pages, d)
	for _, s := range c {
		if t.Width(s, size) <= width {
			return s
		}
	}
	return t.FitLine(c[len(c)-1], size, width)
}

// reportKeyFor returns the key a report's page cue names: → in presenter
// mode, where a clicker's → turns the report, and in a tour, where → shows
// a step's report page by page and then the next step; else M.
func reportKeyFor(presenter, tour bool) string {
	if presenter || tour {
		return "→"
	}
	return "M"
}
