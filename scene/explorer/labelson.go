package explorer

// Whether the model's parts are named is one answer, labelsOn, which both
// the frame's labels and the toolbar's Labels button take: a tour's step
// names its marks and its section's parts, and a trace names its muscles
// once the volley reaches them, whatever the state's Labels say, and the
// button showed "off" over a labelled model. Pressing the button turns
// off what is shown, forced or not; what forced them names them again
// once something new forces them (the next step, the next arrival).

// labelsOn reports whether the frame names the model's parts: the
// state's Labels, or labelsForced unless the student turned those off.
func (e *Explorer) labelsOn() bool {
	return e.st.Labels || (!e.labelsHidden && e.labelsForced())
}

// labelsForced reports whether something other than the state's Labels
// names the model's parts now: a trace's volley arrived at its muscles
// (the labels say what it ends in), a tour step's marks (there to be
// named, stepmarks.go), or a tour step's section (stepLabelsSection).
func (e *Explorer) labelsForced() bool {
	return e.arrived() || len(e.stepMarks()) > 0 || e.stepLabelsSection()
}

// flipLabels turns what the frame shows of the labels the other way: on
// by the state's Labels, off by them and, where something forces labels,
// by hiding those too.
func (e *Explorer) flipLabels() {
	if e.labelsOn() {
		e.st.Labels, e.labelsHidden = false, e.labelsForced()
		return
	}
	e.st.Labels, e.labelsHidden = true, false
}

// forgetHiddenLabels ends the student's hiding of forced labels once
// nothing forces them: the next step's marks or the next arrival are
// named again.
func (e *Explorer) forgetHiddenLabels() {
	if e.labelsHidden && !e.labelsForced() {
		e.labelsHidden = false
	}
}
