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
