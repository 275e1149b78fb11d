package body

import (
	"math"

	"github.com/decussate/decussate/scene/view"
)

// The figure's head, in figure units.
const (
	headRX, headRY = 5.3, 6.6
	eyeLine        = -0.4 // the line between the upper and the lower face, from the centre
	hairLine       = -4.1 // the hair's edge on the midline
	hairSide       = -1.6 // and where it meets the head's outline
)

// faceHalves fills a head-shaped ellipse as four quarters: the upper and
// lower face of each side, each in its own colour, split at the eye line.
// Screen right is the patient's left.
func (c *canvas) faceHalves(o Point, rx, ry, split float32, n int, upper, lower [2][4]float32) {
	anchor := Point{o.X, o.Y + split}
	ae := ellipseAngle(ry, split)
	c.arc(anchor, o, rx, ry, -math.Pi/2, ae, n, upper[Left])
	c.arc(anchor, o, rx, ry, ae, math.Pi/2, n, lower[Left])
	c.arc(anchor, o, rx, ry, math.Pi/2, math.Pi-ae, n, lower[Right])
	c.arc(anchor, o, rx, ry, math.Pi-ae, 3*math.Pi/2, n, upper[Right])
}

// faceColors returns the skin of each side's upper and lower face, the
// tint at strength (0 to 1): the close-up tints lightly, so that the
// features drawn over the skin stay easy to read.
func faceColors(p *Pose, o DrawOptions, strength float32) (upper, lower [2][4]float32) {
	for _, s := range [2]Side{Left, Right} {
		upper[s] = mixColor(skinColor, o.tint(skinColor, p.Tint[UpperFace][s]), strength)
		lower[s] = mixColor(skinColor, o.tint(skinColor, combine(p.Tint[LowerFace][s], p.Tint[Jaw][s])), strength)
	}
	return upper, lower
}

// head draws the figure's small head: the face's halves tinted, the hair,
// and simple features that show the same brows, eyes, mouth and tongue as
// the close-up.
func (c *canvas) head(p *Pose, o DrawOptions) {
	h := p.Head
	fc := &p.Face
	upper, lower := faceColors(p, o, 1)
	c.ellipse(h, headRX+outline, headRY+outline, 28, outlineColor)
	c.faceHalves(h, headRX, headRY, eyeLine, 7, upper, lower)
	c.hair(h, headRX, headRY, hairLine, hairSide, 10, hairColor)
	for _, s := range [2]Side{Left, Right} {
		out := ScreenX(s)
		e := Point{h.X + out*2.0, h.Y - 0.6}
		lid := max(fc.Lid[s], 0)
		c.ellipse(e, 0.95, 0.55*max(min(lid, 1.25), 1), 10, scleraColor)
		g := fc.Gaze[s]
		c.ellipse(Point{e.X + 0.5*g.X, e.Y + 0.25*g.Y}, 0.42, 0.42, 8, irisColor)
		if lid < 1 {
			top := e.Y - 0.62
			c.quad(Point{e.X - 1.1, top}, Point{e.X + 1.1, top}, Point{e.X + 1.1, top + 1.2*(1-lid)}, Point{e.X - 1.1, top + 1.2*(1-lid)}, upper[s])
		}
		by := h.Y - 1.9 - 0.8*fc.Brow[s]
		c.line(Point{h.X + out*0.8, by + 0.1}, Point{h.X + out*3.0, by - 0.1 - 0.2*fc.Brow[s]}, 0.45, featureColor)
	}
	if fc.Open > 0.05 {
		c.ellipse(Point{h.X + 0.6*fc.JawX, h.Y + 3.5 + 0.5*fc.Open}, 1.3, 0.25+0.8*fc.Open, 10, throatColor)
	}
	mouth := [3]Point{
		{h.X - 1.9, h.Y + 3.3 - 0.7*fc.Mouth[Right]},
		{h.X, h.Y + 3.4},
		{h.X + 1.9, h.Y + 3.3 - 0.7*fc.Mouth[Left]},
	}
	c.polyline(mouth[:], 0.4, lipColor)
	if fc.Tongue > 0.05 {
		col := o.tint(tongueColor, combine(p.Tint[Tongue][Left], p.Tint[Tongue][Right]))
		root := Point{h.X, h.Y + 3.6}
		c.capsule(root, Point{root.X + 1.5*fc.TongueX, root.Y + 2.2*fc.Tongue}, 0.8, 0.6, col)
	}
}

// sideLabels marks the patient's sides on a canvas, R on the viewer's
// left and L on the right, clear of all drawn on it since vertex from
// (the figure's box): beside the figure at height y (in its units) where
// box has the room, else above it, else not at all. Placed in figure
// units they would overlap the hair or an ear wherever the text is large
// beside a small figure (presenter mode).
func (c *canvas) sideLabels(from int, box Rect, y, px float32) {
	fig, ok := c.extent(from)
	if !ok {
		return
	}
	hw, gap := px*letterHalfWidth, px*0.25
	_, ly := c.at(Point{0, y})
	ly = min(max(ly, fig.Y+px*letterHeight), fig.Y+fig.H)
	rx, lx := fig.X-gap-hw, fig.X+fig.W+gap+hw
	if rx-hw < box.X || lx+hw > box.X+box.W {
		// No room beside: over the figure's corners, if there is room
		// above it and the letters stay apart.
		ly = fig.Y - gap
		rx, lx = max(fig.X, box.X)+hw, min(fig.X+fig.W, box.X+box.W)-hw
		if ly-px*letterHeight < box.Y || lx-rx < 4*hw {
			return
		}
	}
	c.dl.Label(rx, ly, px, dimText, view.AlignCenter, "R")
	c.dl.Label(lx, ly, px, dimText, view.AlignCenter, "L")
}

// letterHalfWidth and letterHeight bound a side's capital letter, in
// its text size: what a label must keep clear of the figure (a capital
// has no descent below its baseline).
const (
	letterHalfWidth = 0.4
	letterHeight    = 0.8
)

// SideLetterBox returns the box the side's letter label t covers, as
// sideLabels keeps it clear of the figure.
func SideLetterBox(t view.Text) Rect {
	return Rect{X: t.X - t.Size*letterHalfWidth, Y: t.Y - t.Size*letterHeight, W: 2 * t.Size * letterHalfWidth, H: t.Size * letterHeight}
}

// extent returns the box, in pixels, of the vertices drawn on the
// canvas's list since from; false when there are none.
func (c *canvas) extent(from int) (Rect, bool) {
	v := c.dl.Vertices[min(from, len(c.dl.Vertices)):]
	if len(v) == 0 {
		return Rect{}, false
	}
	x0, y0, x1, y1 := v[0].X, v[0].Y, v[0].X, v[0].Y
	for _, p := range v[1:] {
		x0, y0, x1, y1 = min(x0, p.X), min(y0, p.Y), max(x1, p.X), max(y1, p.Y)
	}
	return Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}, true
}
