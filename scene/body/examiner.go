package body

// The examiner's part of a drawing: the hammer, the key, and the strokes
// that show a limb jerking.

// motion draws short strokes beside a limb that a reflex is moving, more
// of them when the jerk is brisk, so that a still picture shows it too.
func (c *canvas) motion(p *Pose) {
	for _, s := range [2]Side{Left, Right} {
		var at Point
		switch p.Action {
		case ReflexBiceps, ReflexTriceps:
			at = p.Arms[s].Wrist
		case ReflexKnee:
			at = p.Legs[s].Ankle
		case ReflexAnkle:
			at = p.Legs[s].Toes
		default:
			return
		}
		c.marks(at, ScreenX(s)*3, p.Reflex[s])
	}
}

// marks draws the motion strokes of a response r beside at, starting dx
// units away (its sign gives the side).
func (c *canvas) marks(at Point, dx, r float32) {
	if r < 0.15 {
		return
	}
	col := alpha(motionColor, min(r/1.2, 1))
	n := 2
	if r > 1.3 {
		n = 4
	}
	step := 1.1 * dx / abs32(dx)
	for i := 0; i < n; i++ {
		x := at.X + dx + step*float32(i)
		h := 1.4 - 0.2*float32(i)
		c.line(Point{x, at.Y - h}, Point{x, at.Y + h}, 0.35, col)
	}
}

// tool draws the examiner's reflex hammer, drawn back or striking, or the
// key on the sole.
func (c *canvas) tool(tl *Tool) {
	out := ScreenX(tl.Side)
	switch tl.Kind {
	case Hammer:
		// The hammer comes in from above and outside.
		c.hammer(tl.At, out, tl.Lift, 1)
	case Key:
		c.key(tl.At, out, tl.Lift, 1)
	}
}

// hammer draws a reflex hammer whose head's end touches at when lift is
// 0, coming from above and toward side (+1 the viewer's right), k times
// the figure's size.
func (c *canvas) hammer(at Point, side, lift, k float32) {
	dx, dy := side*0.8, float32(-0.6)
	d := (2.9 + 6*lift) * k
	hc := Point{at.X + dx*d, at.Y + dy*d}
	a := Point{hc.X - dx*1.8*k, hc.Y - dy*1.8*k}
	b := Point{hc.X + dx*1.8*k, hc.Y + dy*1.8*k}
	handle := Point{hc.X + side*0.6*9*k, hc.Y + 0.8*9*k}
	c.line(hc, handle, 0.8*k, handleColor)
	c.capsule(a, b, (1.1+outline)*k, (1.1+outline)*k, outlineColor)
	c.capsule(a, b, 1.1*k, 1.1*k, toolColor)
}

// key draws the key that strokes the sole, its tip at at, its shaft
// toward side, fading as it is lifted away.
func (c *canvas) key(at Point, side, lift, k float32) {
	col := alpha(toolColor, 1-0.7*lift)
	c.line(at, Point{at.X + side*3.5*k, at.Y + 2.6*k}, 0.55*k, col)
	c.ellipse(at, 0.45*k, 0.45*k, 6, col)
}
