package explorer

// A panel whose text does not fit at the frame's text size (the list of
// controls, the About panel, lesion mode's report) is set in pages; the
// page shown is the explorer's, turned by HelpPage and ReportPage. How
// many pages there are is the layout's: the last frame's count wraps the
// turning, and the layout counts a page beyond it round again, so a
// resized screen never shows a page that is not there.

// turnPage returns page turned by n of pages, round from the last to the
// first and back; with the count unknown (0: no frame yet) it only adds.
func turnPage(page, n, pages int) int {
	page += n
	if pages > 0 {
		page = ((page % pages) + pages) % pages
	}
	return page
}

// HelpPage returns the page of the list of controls, or of the About
// panel, shown.
func (e *Explorer) HelpPage() int { return e.helpPage }

// ReportPage returns the page of lesion mode's report shown.
func (e *Explorer) ReportPage() int { return e.reportPage }

// stepTourOrPage moves a tour on or back as a slide's builds do: a step
// whose report is set in pages shows its next page before the next step,
// and back from its first page the step before opens at its last page, so
// that a clicker's → and ← reach every page of every step's report.
func (e *Explorer) stepTourOrPage(forward bool) {
	if e.player == nil {
		return
	}
	if e.st.Lesioning() && e.reportPages > 1 {
		page := turnPage(e.reportPage, 0, e.reportPages)
		switch {
		case forward && page < e.reportPages-1:
			e.reportPage = page + 1
			return
		case !forward && page > 0:
			e.reportPage = page - 1
			return
		}
	}
	at := e.player.Index()
	e.stepTour(forward)
	switch {
	case e.player == nil || e.player.Index() == at:
	case !e.st.Lesioning():
		// No report: the next one opens at its first page.
		e.reportPage = 0
	default:
		// The report is worded now, as the next frame would, so that it
		// opens at its first page even when it says what the last
		// step's did, and back, at its last (counted round by the
		// layout).
		e.Report()
		e.reportPage = 0
		if !forward {
			e.reportPage = -1
		}
	}
}
