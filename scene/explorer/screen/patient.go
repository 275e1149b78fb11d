package screen

import (
	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
)

// Patient is the animated figure beside the model in lesion mode: it acts
// out the deficits of the lesion, one examination at a time.
type Patient struct {
	figure *body.Figure
	// of is the result the figure was built from, to rebuild it when the
	// lesion changes.
	of     *lesion.Result
	action body.Action
	// Untinted draws the weak regions like the others, without the key.
	Untinted bool
	// t is the seconds since the action began.
	t float64
}

// NewPatient returns a healthy patient at rest.
func NewPatient() *Patient { return &Patient{figure: body.NewFigure(nil)} }

// Update follows the lesion's result, and advances the examination by dt
// seconds.
func (p *Patient) Update(res *lesion.Result, dt float64) {
	if res != p.of {
		p.of = res
		p.figure = body.NewFigure(res)
	}
	p.t += dt
}

// Step moves n examinations on (back for negative n), through rest, arms
// out, smile, raise the brows, tongue out, say "ah", look left and right,
// the reflexes, the sole, breathing.
func (p *Patient) Step(n int) {
	k := int(body.NumActions)
	p.action = body.Action(((int(p.action)+n)%k + k) % k)
	p.t = 0
}

// Action returns the examination under way.
func (p *Patient) Action() body.Action { return p.action }

// patientPlan is where the patient panel's parts go in its box: the
// examiner's command, how to change the examination, and the views of
// the patient (the close-up, the face or the legs, and the whole figure).
// The views come first: a panel short of room says how to change the
// examination in fewer words, or not at all (the list of controls says
// it), and shows one view rather than two too small to read.
type patientPlan struct {
	command, how, caution []string
	cmdSize, howSize      float32
	// y is the command's first baseline.
	y float32
	// closeUp and figure are the views' boxes; a view not drawn has no
	// width.
	closeUp, figure view.Box
	opts            body.DrawOptions
}

// minViewCSS is the least a view of the patient is drawn at, in CSS
// pixels each way: a face whose droop a room can see.
const minViewCSS = 120

// closeUpShows reports whether the examination is seen in the close-up
// (the face, or the legs for the knee, the ankle and the sole) rather
// than on the whole figure (the posture, the arms, the biceps and
// triceps jerks, breathing).
func closeUpShows(a body.Action) bool {
	switch a {
	case body.Rest, body.ArmsOut, body.ReflexBiceps, body.ReflexTriceps, body.Breathe:
		return false
	}
	return true
}

// plan lays out the patient's panel in box b at size on a screen of
// metrics m, with how-to words for device d; keyed says the report beside
// it shows the colours' key, which the figure then leaves out (one key on
// the screen, not two). faceFirst (a tour's step) gives the views the
// how-to's room before either is left out, and shows the face when only
// one fits: a crossed brainstem syndrome is told by its face (ptosis, an
// eye down and out, a facial palsy), which a presenter's caption names.
func (p *Patient) plan(f *Typeset, b view.Box, size float32, m Metrics, d words.Device, keyed, faceFirst bool) patientPlan {
	// A long command in presenter mode's large text on a phone's narrow
	// panel may leave no room for a view: then the command is set
	// smaller, down to the least size, and last the ventilator's caption
	// goes (the report says it too).
	vent := p.figure.Findings().Ventilator
	// The command a shade smaller than the panel's text, never under the
	// least (a phone's 14 CSS px).
	least := m.Least()
	var pl patientPlan
	for _, c := range []struct {
		cmd     float32
		caution bool
	}{{max(least, size*0.9), vent}, {max(least, size*0.7), vent}, {least, vent}, {least, false}} {
		if pl = p.planAt(f, b, size, m, d, c.cmd, c.caution, keyed, faceFirst); pl.closeUp.W > 0 || pl.figure.W > 0 {
			break
		}
	}
	return pl
}

// planAt is plan with the command at cmdSize, and the ventilator's
// caption when caution.
func (p *Patient) planAt(f *Typeset, b view.Box, size float32, m Metrics, d words.Device, cmdSize float32, caution, keyed, faceFirst bool) patientPlan {
	pad, least := size*0.5, m.Least()
	pl := patientPlan{cmdSize: cmdSize, howSize: max(least, size*0.75), y: b.Y + size*1.2}
	// A narrow panel leaves out the figure's own key to its tints: the
	// report beside it has the same colours' key.
	pl.opts = body.DrawOptions{TextSize: max(least, size*0.8), HideTint: p.Untinted, HideLegend: p.Untinted || keyed || b.W < size*14}
	width := b.W - 2*pad
	pl.command = f.Wrap(p.action.Command(), pl.cmdSize, width)
	y := pl.y + float32(len(pl.command))*pl.cmdSize*lineGap
	bottom := b.Y + b.H - pad
	// The views' least size: minViewCSS, or two fifths of a tall panel.
	ratio := m.Ratio
	view1 := max(minViewCSS*ratio, b.H*0.4)
	gap := pad * 0.4
	both := view1 + max(minViewCSS*ratio, view1*0.6) + gap
	// The ventilator's caption wrapped to the panel, under the how-to,
	// rather than one line over the figure wider than it.
	pl.opts.HideCaption = true
	if caution {
		pl.caution = f.Wrap(body.VentilatorCaption, pl.howSize, width)
	}
	// top is where the views begin under the how-to's lines and the
	// caption: a little under the last line's descent.
	top := func(how []string) float32 {
		n := len(how) + len(pl.caution)
		if n == 0 {
			return y - pl.cmdSize*0.7
		}
		return y + float32(n)*pl.howSize*lineGap - pl.howSize*0.7
	}
	// The how-to line whole when the two views still have their room
	// under it, else its short form when one view has, else none.
	full := f.Wrap(words.ExamHow(d), pl.howSize, width)
	short := f.Wrap(words.ExamHowShort(d), pl.howSize, width)
	switch {
	case bottom-top(full) >= both:
		pl.how = full
	case bottom-top(short) >= both:
		pl.how = short
	case faceFirst || bottom-top(nil) >= both:
		// No how-to rather than one view.
	case bottom-top(short) >= view1:
		pl.how = short
	}
	y = top(pl.how)
	rest := bottom - y
	if rest < minViewCSS*ratio {
		return pl
	}
	if rest >= both {
		// The view the examination is seen in gets its least first, the
		// other two fifths at most; the close-up no taller than a face
		// as wide as the panel needs.
		closeH := min(b.W*0.7, rest*0.4, rest-view1-gap)
		if closeUpShows(p.action) || faceFirst {
			closeH = min(b.W*1.2, rest-gap-min(rest*0.4, rest-view1-gap))
		}
		pl.closeUp = view.Box{ID: "closeup", X: b.X, Y: y, W: b.W, H: closeH}
		pl.figure = view.Box{ID: "figure", X: b.X, Y: y + closeH + gap, W: b.W, H: rest - closeH - gap}
		return pl
	}
	one := view.Box{X: b.X, Y: y, W: b.W, H: rest}
	if closeUpShows(p.action) || faceFirst {
		one.ID, pl.closeUp = "closeup", one
	} else {
		one.ID, pl.figure = "figure", one
	}
	return pl
}

// draw draws the panel in box b as pl planned it.
func (p *Patient) draw(dl *view.DrawList, pl *patientPlan, b view.Box) {
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	pose := p.figure.Pose(p.action, p.t)
	y := pl.y
	for _, line := range pl.command {
		dl.Label(b.X+b.W/2, y, pl.cmdSize, captionColor, view.AlignCenter, line)
		y += pl.cmdSize * lineGap
	}
	for _, line := range pl.how {
		dl.Label(b.X+b.W/2, y, pl.howSize, hintColor, view.AlignCenter, line)
		y += pl.howSize * lineGap
	}
	for _, line := range pl.caution {
		dl.Label(b.X+b.W/2, y, pl.howSize, scaleColor, view.AlignCenter, line)
		y += pl.howSize * lineGap
	}
	rect := func(v view.Box) body.Rect { return body.Rect{X: v.X, Y: v.Y, W: v.W, H: v.H} }
	if pl.closeUp.W > 0 {
		p.figure.DrawCloseUp(dl, pose, rect(pl.closeUp), pl.opts)
	}
	if pl.figure.W > 0 {
		p.figure.Draw(dl, pose, rect(pl.figure), pl.opts)
	}
}

// Draw draws, in box b at size on a screen of metrics m, the examiner's
// command, how to change the examination on device d, and the patient
// acting it out: the layout's way, for a panel drawn on its own.
func (p *Patient) Draw(dl *view.DrawList, f *Typeset, b view.Box, size float32, m Metrics, d words.Device) {
	pl := p.plan(f, b, size, m, d, false, false)
	p.draw(dl, &pl, b)
}

// PatientViews returns the boxes of lesion mode's views of the patient
// as laid out, the close-up's and the whole figure's; a view not shown
// has no width.
func (L *Layout) PatientViews() (closeUp, figure view.Box) {
	return L.patient.closeUp, L.patient.figure
}
