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

// Draw draws, in box b, the examiner's command, the close-up (the face,
// or the legs for the knee, ankle and sole) and the figure acting it out,
// with how to change the examination on device d.
func (p *Patient) Draw(dl *view.DrawList, f *Typeset, b view.Box, size, least float32, d words.Device) {
	pad := size * 0.5
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	pose := p.figure.Pose(p.action, p.t)
	// A narrow panel leaves out the figure's own key to its tints: the
	// report beside it has the same colours' key.
	opts := body.DrawOptions{TextSize: max(least, size*0.8), HideTint: p.Untinted, HideLegend: p.Untinted || b.W < size*14}
	y := b.Y + size*1.2
	bottom := b.Y + b.H - size*0.3
	for _, line := range f.Wrap(p.action.Command(), size*0.9, b.W-2*pad) {
		if y > bottom {
			return
		}
		dl.Label(b.X+b.W/2, y, size*0.9, captionColor, view.AlignCenter, line)
		y += size * 0.9 * lineGap
	}
	small := max(least, size*0.75)
	how := "G / Shift-G or a click: next / previous examination"
	if d == words.Touch {
		how = "Tap: the next examination"
	}
	for _, line := range f.Wrap(how, small, b.W-2*pad) {
		if y > bottom {
			return
		}
		dl.Label(b.X+b.W/2, y, small, hintColor, view.AlignCenter, line)
		y += small * lineGap
	}
	rest := b.Y + b.H - y - pad
	if rest < size*4 {
		return
	}
	closeH := min(b.W*0.7, rest*0.45)
	p.figure.DrawCloseUp(dl, pose, body.Rect{X: b.X, Y: y, W: b.W, H: closeH}, opts)
	p.figure.Draw(dl, pose, body.Rect{X: b.X, Y: y + closeH + pad*0.4, W: b.W, H: rest - closeH - pad*0.4}, opts)
}
