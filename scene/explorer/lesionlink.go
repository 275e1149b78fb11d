package explorer

// A lesion opened from a link is framed as one placed by choosing its
// classic lesion is, when the link holds no camera: a teacher's link
// "#mode=lesion&preset=lateral_medullary" shows the medulla's lesion
// filling the free area, not the 580 mm first view, in which a lesion of
// the medulla is not seen at all. A link with a camera holds what the
// sharer saw and opens as it is. The page's own link for lesions framing
// holds is written without the camera (State.Framed), as a trace's is
// (pathlink.go): it frames them again on the screen it is opened on.

// frameLinkedLesions frames the lesions a link without a camera opened
// (s as the link read), once a frame has told the screen's size: framing
// sees them as placed anew. A section the link names is framed instead
// (Open aims at the cut).
func (e *Explorer) frameLinkedLesions(s State) {
	if !s.Framed || !s.Lesioning() || !e.st.Lesioning() || len(e.st.Lesions) == 0 || e.st.Section != "" {
		return
	}
	f := &e.framing
	f.lesionOn, f.lesions = false, f.lesions[:0]
	f.awaitScreen = true
}

// lesionsFramed tells whether the lesions' camera is where framing put it
// (or is taking it), not turned by the person since.
func (e *Explorer) lesionsFramed() bool {
	f := &e.framing
	return e.st.Lesioning() && len(e.st.Lesions) > 0 && e.player == nil && f.kind == framedLesions && e.MoveGoal() == f.goal
}
