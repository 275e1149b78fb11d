package body

import (
	"math"

	"github.com/decussate/decussate/scene/view"
)

// DrawOptions are the choices of a drawing. The zero value draws
// everything, with text 12 pixels high.
type DrawOptions struct {
	// HideTint draws weak regions like the others.
	HideTint bool
	// HideLegend leaves out the key to the tints under the figure.
	HideLegend bool
	// HideSides leaves out the R and L that mark the patient's sides.
	HideSides bool
	// HideCaption leaves out the caption over the figure (the ventilator).
	HideCaption bool
	// TextSize is the height of the labels in pixels; 0 means 12.
	TextSize float32
}

func (o DrawOptions) textSize() float32 {
	if o.TextSize > 0 {
		return o.TextSize
	}
	return 12
}

// tint is the colour of a part whose weakness is w, unless tints are off.
func (o DrawOptions) tint(base [4]float32, w Weakness) [4]float32 {
	if o.HideTint {
		return base
	}
	return KindColor(base, w)
}

// VentilatorCaption is the caption over a patient who cannot breathe
// unaided; a panel too narrow for it on one line hides it (HideCaption)
// and sets it itself.
const VentilatorCaption = "on a ventilator: the machine breathes"

// The figure's extent in figure units, arms out included.
const (
	figX0, figX1 = -50, 50
	figY0, figY1 = -1.5, 101.5
)

// outline is how far, in figure units, each part's dark rim reaches past
// it, so that a forearm across the trunk stays distinct from it.
const outline = 0.5

// Draw draws the figure in pose, front view, as large as it fits in box
// (in pixels), with the patient's sides marked, a caption when a ventilator
// breathes for the patient and the key to the tints underneath. It only
// appends to dl, so the caller sets its size and background.
func (f *Figure) Draw(dl *view.DrawList, pose Pose, box Rect, opts DrawOptions) {
	from := len(dl.Vertices)
	px := opts.textSize()
	capH, keyH := px*1.6, float32(0)
	if opts.HideCaption {
		// No caption: its row goes to the figure, but for the room the
		// sides' letters (px*1.2 high) take over the head.
		capH = px * 1.2
	}
	if !opts.HideLegend {
		keyH = legendHeight(box.W, px)
	}
	c := fit(dl, Rect{box.X, box.Y + capH, box.W, box.H - capH - keyH}, figX0, figY0, figX1, figY1)
	for _, s := range [2]Side{Left, Right} {
		c.leg(&pose, s, opts)
	}
	c.trunk(&pose, opts)
	c.head(&pose, opts)
	for _, s := range [2]Side{Left, Right} {
		c.arm(&pose, s, opts)
	}
	c.motion(&pose)
	c.tool(&pose.Tool)
	if !opts.HideSides {
		c.sideLabels(from, box, 7, px*1.2)
	}
	if pose.Ventilator && !opts.HideCaption {
		dl.Label(box.X+box.W/2, box.Y+px*1.1, px, cautionColor, view.AlignCenter, VentilatorCaption)
	}
	if !opts.HideLegend {
		legend(dl, box, px)
	}
}

// arm draws one arm: shoulder cap (deltoid), upper arm, forearm, hand.
func (c *canvas) arm(p *Pose, s Side, o DrawOptions) {
	a := &p.Arms[s]
	t := &p.Tint
	cap := o.tint(limbColor, t[Shoulder][s])
	upper := o.tint(limbColor, combine(t[ElbowFlexion][s], t[ElbowExtension][s]))
	fore := o.tint(limbColor, t[Wrist][s])
	// The palm is paler than the back of the hand: a pronating hand
	// darkens as it turns.
	hand := o.tint(mixColor(palmColor, limbColor, a.Pronation), t[Hand][s])
	capEnd := mid(a.Shoulder, a.Elbow, 0.3)
	rc, ru, rf, rh := 2.7*a.Bulk[0], 2.0*a.Bulk[1], 1.65*a.Bulk[2], (1.2+0.25*a.Grip)*a.Bulk[3]
	c.capsule(a.Shoulder, capEnd, rc+outline, ru+outline, outlineColor)
	c.capsule(a.Elbow, a.Wrist, rf+outline, 0.8*rf+outline, outlineColor)
	c.capsule(a.Shoulder, a.Elbow, ru+outline, 0.85*ru+outline, outlineColor)
	c.capsule(a.Wrist, a.Fingers, rh+outline, rh+outline, outlineColor)
	c.capsule(a.Elbow, a.Wrist, rf, 0.8*rf, fore)
	c.capsule(a.Wrist, a.Fingers, rh, rh*(1-0.15*a.Grip), hand)
	c.capsule(a.Shoulder, a.Elbow, ru, 0.85*ru, upper)
	c.capsule(a.Shoulder, capEnd, rc, ru, cap)
	c.twitch(a.Shoulder, capEnd, rc, a.Twitch[0])
	c.twitch(a.Shoulder, a.Elbow, ru, a.Twitch[1])
	c.twitch(a.Elbow, a.Wrist, rf, a.Twitch[2])
	c.twitch(a.Wrist, a.Fingers, rh, a.Twitch[3])
}

// leg draws one leg: thigh, shank, foot and big toe.
func (c *canvas) leg(p *Pose, s Side, o DrawOptions) {
	l := &p.Legs[s]
	t := &p.Tint
	thigh := o.tint(limbColor, combine(t[Hip][s], t[Knee][s]))
	shank := o.tint(limbColor, t[AnkleFoot][s])
	rt, rs, rf := 3.4*l.Bulk[0], 2.3*l.Bulk[1], 1.8*l.Bulk[2]
	c.capsule(l.Hip, l.Knee, rt+outline, 0.72*rt+outline, outlineColor)
	c.capsule(l.Knee, l.Ankle, rs+outline, 0.62*rs+outline, outlineColor)
	c.capsule(l.Ankle, l.Toes, rf+outline, rf+outline, outlineColor)
	c.capsule(l.Knee, l.Ankle, rs, 0.62*rs, shank)
	c.capsule(l.Hip, l.Knee, rt, 0.72*rt, thigh)
	c.capsule(l.Ankle, l.Toes, rf, rf, shank)
	// The big toe, on the inner side of the foot's tip, turned up or down
	// from the line of the foot; the other toes spread when it is up.
	out := ScreenX(s)
	dx, dy := l.Toes.X-l.Ankle.X, l.Toes.Y-l.Ankle.Y
	n := float32(math.Hypot(float64(dx), float64(dy)))
	if n > 0 {
		dx, dy = dx/n, dy/n
	}
	sin, cos := math.Sincos(float64(l.BigToe))
	tx, ty := dx*float32(cos), dy*float32(cos)-float32(sin)
	base := Point{l.Toes.X - out*0.8*rf, l.Toes.Y}
	tip := Point{base.X + 2.4*tx, base.Y + 2.4*ty}
	c.capsule(base, tip, 0.8+outline, 0.65+outline, outlineColor)
	c.capsule(base, tip, 0.8, 0.65, shank)
	for i := float32(1); i <= 3; i++ {
		spread := out * (0.3 + 0.5*l.Fan) * i
		c.ellipse(Point{l.Toes.X + spread, l.Toes.Y + rf*0.6}, 0.45, 0.45, 6, shank)
	}
	c.twitch(l.Hip, l.Knee, rt, l.Twitch[0])
	c.twitch(l.Knee, l.Ankle, rs, l.Twitch[1])
	c.twitch(l.Ankle, l.Toes, rf, l.Twitch[2])
}

// The trunk's outline, one half: heights and half widths from the neck to
// the crotch. The chest widens as it breathes in.
var trunkLevels = [...][2]float32{
	{16.4, 3.0}, {17.8, 7.4}, {19.0, 10.2}, {21.5, 11.2}, {27, 11.4}, {33, 10.8},
	{40, 8.7}, {46, 9.4}, {51, 10.2}, {54.5, 8.8}, {57, 3.2},
}

const chestLevels = 6 // the levels that breathe

// trunk draws the neck and the trunk, each half tinted by its own side,
// the diaphragm when it is asked to breathe or is weak, and the bladder
// when its control is lost.
func (c *canvas) trunk(p *Pose, o DrawOptions) {
	t := &p.Tint
	for _, s := range [2]Side{Left, Right} {
		out := ScreenX(s)
		neck := o.tint(trunkColor, combine(t[Neck][s], combine(t[SCM][s], t[Trapezius][s])))
		body := o.tint(trunkColor, t[Trunk][s])
		c.quad(Point{0, 11.5}, Point{out * (2.6 + outline), 11.5}, Point{out * (3.2 + outline), 17.5}, Point{0, 17.5}, outlineColor)
		c.quad(Point{0, 11.5}, Point{out * 2.6, 11.5}, Point{out * 3.2, 17.5}, Point{0, 17.5}, neck)
		for pass := 0; pass < 2; pass++ {
			col, grow := outlineColor, float32(outline)
			if pass == 1 {
				col, grow = body, 0
			}
			for i := 1; i < len(trunkLevels); i++ {
				y0, w0 := trunkLevels[i-1][0], c.halfWidth(p, s, i-1)+grow
				y1, w1 := trunkLevels[i][0], c.halfWidth(p, s, i)+grow
				if i == 1 {
					y0 -= grow
				}
				if i == len(trunkLevels)-1 {
					y1 += grow
				}
				c.quad(Point{0, y0}, Point{out * w0, y0}, Point{out * w1, y1}, Point{0, y1}, col)
			}
		}
		if p.Action == Breathe || p.Ventilator || t[Diaphragm][s].Kind != Normal {
			// The dome flattens and descends as the diaphragm contracts;
			// a palsied half stays up.
			y := 32 + 4.5*p.Breath[s]
			dome := [4]Point{{0, y - 1.2}, {out * 3.5, y - 0.8}, {out * 6.5, y + 0.6}, {out * 9.2, y + 3.2}}
			col := o.tint(rgb(0xF0, 0xF0, 0xF0), t[Diaphragm][s])
			c.polyline(dome[:], 0.9, col)
		}
		if t[BladderBowel][s].Kind != Normal {
			// The bladder, its half tinted: sphincter control lost.
			a0, a1 := -math.Pi/2, math.Pi/2
			if s == Right {
				a0, a1 = math.Pi/2, 3*math.Pi/2
			}
			centre := Point{0, 50.5}
			c.arc(centre, centre, 2.4, 2.0, a0, a1, 8, o.tint(trunkColor, t[BladderBowel][s]))
		}
	}
}

// halfWidth is the trunk's half width at level i on side s.
func (c *canvas) halfWidth(p *Pose, s Side, i int) float32 {
	w := trunkLevels[i][1]
	if i >= 3 && i < chestLevels {
		w += 0.9 * p.Breath[s]
	}
	return w
}

// twitch draws a fasciculation on the segment from a to b of radius r: a
// short flicker across the muscle where it twitches.
func (c *canvas) twitch(a, b Point, r float32, tw Twitch) {
	if tw.Amp < 0.05 {
		return
	}
	m := mid(a, b, tw.At)
	dx, dy := b.X-a.X, b.Y-a.Y
	n := float32(math.Hypot(float64(dx), float64(dy)))
	if n == 0 {
		return
	}
	dx, dy = dx/n, dy/n
	col := alpha(motionColor, tw.Amp)
	for _, k := range [3]float32{-0.7, 0, 0.7} {
		// Three short strokes across the muscle, the middle one longest
		// and reaching past its edges: a ripple under the skin.
		w := r * (1.5 - 0.5*abs32(k))
		at := Point{m.X + dx*k, m.Y + dy*k}
		c.line(Point{at.X - dy*w, at.Y + dx*w}, Point{at.X + dy*w, at.Y - dx*w}, 0.4, col)
	}
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
