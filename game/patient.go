package game

import (
	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// patient is the animated figure beside the model in lesion mode: it acts
// out the deficits of the lesion, one examination at a time.
type patient struct {
	figure *body.Figure
	// of is the result the figure was built from, to rebuild it when the
	// lesion changes.
	of     *lesion.Result
	action body.Action
	// untinted draws the weak regions like the others, without the key.
	untinted bool
	// t is the seconds since the action began, advanced by the ticks.
	t float64
}

func newPatient() *patient { return &patient{figure: body.NewFigure(nil)} }

// update follows the lesion's result and reads the keys: G and Shift-G
// step through the examinations (rest, arms out, smile, raise the brows,
// tongue out, say "ah", look left and right, the reflexes, the sole,
// breathing).
func (p *patient) update(res *lesion.Result) {
	if res != p.of {
		p.of = res
		p.figure = body.NewFigure(res)
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyG) {
		step := body.Action(1)
		if ebiten.IsKeyPressed(ebiten.KeyShift) {
			step = body.NumActions - 1
		}
		p.action = (p.action + step) % body.NumActions
		p.t = 0
	}
	p.t += tickSeconds
}

// draw draws the figure and its close-up (the face, or the legs for the
// knee, ankle and sole) down the left of the screen, with the command the
// examiner gives. The panel ends at bottom, above the hint line or a
// tour's caption.
func (p *patient) draw(dl *view.DrawList, bottom float32) {
	size := textSize(dl.Width, dl.Height)
	x, bw := patientPanel(dl.Width, dl.Height)
	pose := p.figure.Pose(p.action, p.t)
	opts := body.DrawOptions{TextSize: size * 0.8, HideTint: p.untinted, HideLegend: p.untinted}
	top := size * 3.6
	dl.Rect(x, top-size*1.4, bw, bottom-top, panelColor)
	// The examiner's command, wrapped to the panel (about half an em a
	// character).
	lines := wrap(p.action.Command(), bw/(size*0.9*0.52))
	for i, line := range lines {
		dl.Label(x+bw/2, top+float32(i)*size*1.1, size*0.9, captionColor, view.AlignCenter, line)
	}
	top += float32(len(lines)-1) * size * 1.1
	dl.Label(x+bw/2, top+size*1.2, size*0.75, hintColor, view.AlignCenter, "G / Shift-G: next / previous examination")
	closeH := bw * 0.7
	p.figure.DrawCloseUp(dl, pose, body.Rect{X: x, Y: top + size*1.8, W: bw, H: closeH}, opts)
	p.figure.Draw(dl, pose, body.Rect{X: x, Y: top + size*2 + closeH, W: bw, H: bottom - top - size*3.1 - closeH}, opts)
}
