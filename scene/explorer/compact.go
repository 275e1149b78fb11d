package explorer

// On a phone held upright lesion mode's patient and report fold to a
// strip under the model (screen/compact.go), so that the model is large
// and the findings a tap away. Opened or folded is the explorer's, changed
// by TogglePanels; Back folds opened panels before it ends the quiz or
// lesion mode (the toolbar's Close, which says it leaves the mode, leaves
// it), and leaving lesion mode folds them for the next time. It
// is not part of a link: a link opens the model large.

// PanelsOpen tells whether lesion mode's compact panels are opened to the
// full patient and report.
func (e *Explorer) PanelsOpen() bool { return e.panelsOpen && e.st.Lesioning() }

// Compact tells whether the last frame drew lesion mode's panels compact:
// folded to a strip, or opened above it.
func (e *Explorer) Compact() bool { return e.compact }
