package screen

import "github.com/decussate/decussate/scene/view"

// A tour's step with a lesion, in presenter mode on a wide screen, is read
// by a room: the caption says what the step teaches, the report what the
// lesion does, the model and the patient show it. Above a full-width
// caption the report had a short panel, a few lines a page under its title
// and a type's heading, and a step took up to six presses of → to read.
// Here the report is a column at the right from the top of the screen to
// the toolbar, so that a page holds twice the lines; the title, the
// caption, the patient and the model share the rest, the model keeping at
// least tourSideModel of the width.

// tourSideModel is the least share of the screen's width the model keeps
// beside a tour's report.
const tourSideModel = 0.45

// tourSideCaption is the most of the screen's height a tour's caption
// takes beside the report before it is set smaller (never below presenter
// mode's size): narrower than the screen, it needs more lines.
const tourSideCaption = 0.36

// tourSideSplit is how a tour's step with a report splits a wide screen
// in presenter mode: left is where the report column begins less its gap,
// the width of the rest; patient and report the columns' widths.
type tourSideSplit struct {
	left, patient, report float32
}

// tourSide reports whether c is a tour's step with a report on a wide
// screen in presenter mode, with nothing open over it.
func tourSide(m Metrics, c *Content) bool {
	return m.Presenter && c.Touring && c.Lesion && c.Report != nil && !m.Narrow() &&
		!c.Help && !c.About && !c.Menu && !c.Picker && c.Quiz == ""
}

// placeTourSide returns the split of a screen of metrics m whose text is
// size with panels pad apart: the patient as narrow as its views' least
// (minViewCSS) and a little more, the model its share, the report the
// rest.
func placeTourSide(m Metrics, size, pad float32) tourSideSplit {
	w, h := float32(m.W), float32(m.H)
	var sp tourSideSplit
	sp.patient = max(minViewCSS*m.Ratio*1.15, min(w*0.11, h*0.2))
	// The left part: the patient, the model, and the gaps beside them.
	sp.left = pad*0.5 + sp.patient + pad*0.5 + w*tourSideModel
	sp.report = w - sp.left - pad*0.5
	return sp
}

// modelX returns where the model's box begins, right of the patient's
// column: the title is centred over the model.
func (sp tourSideSplit) modelX(pad float32) float32 {
	return pad*0.5 + sp.patient + pad*0.5
}

// boxes returns the patient's, the report's and the model's boxes: the
// model in mid, the patient beside it from the top of the screen (the
// title is over the model) to capTop, where the caption begins, for its
// face and figure to have the height they need; the report from the top
// to barTop, where the toolbar's row begins.
func (sp tourSideSplit) boxes(mid view.Box, pad, barTop, capTop float32) (left, right, centre view.Box) {
	left = view.Box{ID: "patient", X: pad * 0.5, Y: pad * 0.5, W: sp.patient, H: max(0, capTop-pad*0.5-pad*0.5)}
	rx := sp.left + pad*0.5
	right = view.Box{ID: "report", X: rx, Y: pad * 0.5, W: sp.report, H: max(0, barTop-pad*0.5-pad*0.5)}
	cx := sp.modelX(pad)
	centre = view.Box{X: cx, Y: mid.Y, W: max(0, sp.left-cx), H: mid.H}
	return left, right, centre
}
