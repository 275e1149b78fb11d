package explorer

// undone is the lesion state as it was before a change, all that a change
// of the lesions can alter: Undo puts every part of it back, so a classic
// lesion's sites come back with its name (the report's title and the
// link's preset), not as anonymous sites.
type undone struct {
	lesions  []Placed
	preset   string
	title    string
	selected int
}

// lesionsNow is the lesion state as it is, kept apart from the state's own
// slice, which later changes copy rather than share.
func (e *Explorer) lesionsNow() undone {
	return undone{
		lesions:  append([]Placed(nil), e.st.Lesions...),
		preset:   e.st.Preset,
		title:    e.st.Title,
		selected: e.selected,
	}
}

// restore puts u back as the lesion state.
func (u undone) restore(e *Explorer) {
	e.st.Lesions, e.st.Preset, e.st.Title = u.lesions, u.preset, u.title
	e.selected = u.selected
	if e.selected >= len(u.lesions) {
		e.selected = len(u.lesions) - 1
	}
}
