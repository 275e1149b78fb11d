package body

import (
	"math"

	"github.com/decussate/decussate/scene/view"
)

// The close-up's units: the head is an ellipse 80 wide and 100 high about
// the origin, the patient's left on the viewer's right as in the figure.
const (
	faceRX, faceRY = 40, 50
	faceSplit      = 2   // below the eyes: the upper face above, the lower below
	faceHair       = -38 // the hairline on the midline
	faceTemple     = -20 // where it meets the outline
	eyeY, eyeX     = -5.0, 16.0
	mouthY         = 24.5 // the lips' meeting point at rest
	cornerX        = 15.0
)

// DrawFace draws the face of pose as a close-up in box (in pixels): brows
// and forehead wrinkles, eyes with their lids and gaze, nasolabial folds,
// mouth, tongue, palate and uvula, each half tinted by its weakness, the
// patient's sides marked. Like Draw it only appends to dl.
func (f *Figure) DrawFace(dl *view.DrawList, pose Pose, box Rect, opts DrawOptions) {
	from := len(dl.Vertices)
	c := fit(dl, box, -52, -54, 52, 68)
	fc := &pose.Face
	t := &pose.Tint
	upper, lower := faceColors(&pose, opts, 0.6)
	// The neck, each half tinted by its muscles, and the ears behind.
	for _, s := range [2]Side{Left, Right} {
		out := ScreenX(s)
		col := opts.tint(skinColor, combine(t[SCM][s], combine(t[Neck][s], t[Trapezius][s])))
		c.quad(Point{0, 30}, Point{out * 18, 30}, Point{out * 21, 68}, Point{0, 68}, mixColor(col, outlineColor, 0.2))
		ear := Point{out * 39, -3}
		c.ellipse(ear, 5.5+1, 10+1, 16, outlineColor)
		c.ellipse(ear, 5.5, 10, 16, mixColor(skinColor, outlineColor, 0.15))
	}
	o := Point{}
	c.ellipse(o, faceRX+1.2, faceRY+1.2, 48, outlineColor)
	// Skin under the tinted quarters, so that the seams of their
	// triangles blend with skin rather than with the background.
	c.ellipse(o, faceRX, faceRY, 48, skinColor)
	c.faceHalves(o, faceRX, faceRY, faceSplit, 12, upper, lower)
	c.hair(o, faceRX, faceRY, faceHair, faceTemple, 20, hairColor)
	for _, s := range [2]Side{Left, Right} {
		c.forehead(fc, s)
		c.eye(fc, s, upper[s], opts.tint(featureColor, eyeWeakness(t, s)), eyeWeakness(t, s).Kind != Normal && !opts.HideTint)
	}
	c.nose(fc)
	c.mouth(&pose, opts)
	if !opts.HideSides {
		c.sideLabels(from, box, -26, opts.textSize()*1.2)
	}
}

// eyeWeakness is the worst weakness of an eye's muscles.
func eyeWeakness(t *[NumRegions][2]Weakness, s Side) Weakness {
	return combine(t[EyeAdductionElevationDepression][s], combine(t[EyeIntorsion][s], t[EyeAbduction][s]))
}

// forehead draws one side's wrinkles (only while its frontalis works) and
// eyebrow (sagging at its outer end when the half-face is palsied).
func (c *canvas) forehead(fc *Face, s Side) {
	out := ScreenX(s)
	if w := fc.Wrinkles[s]; w > 0.02 {
		for i := float32(0); i < 3; i++ {
			y := -32.5 + 3.4*i
			line := [3]Point{{out * 4, y + 0.8}, {out * 14, y - 0.6}, {out * 24, y + 0.8}}
			c.polyline(line[:], 0.9, alpha(shadowColor, min(w, 1)*1.4))
		}
	}
	by := -15 - 6*fc.Brow[s]
	sag := 3 * max(-fc.Brow[s], 0)
	brow := [3]Point{{out * 5, by + 1.2}, {out * 15, by - 1.4}, {out * 26, by + 0.8 + sag}}
	c.polyline(brow[:], 2.4, featureColor)
}

// eye draws one eye: the white, the iris and pupil where the eye looks,
// the upper lid as low as it hangs, and the outline, in the colour of the
// eye's weak muscles when it has some.
func (c *canvas) eye(fc *Face, s Side, lidColor, ringColor [4]float32, weak bool) {
	e := Point{ScreenX(s) * eyeX, eyeY}
	lid := max(fc.Lid[s], 0)
	ry := 4.6 * max(min(lid, 1.3), 1)
	c.ellipse(e, 8.5, ry, 24, scleraColor)
	g := fc.Gaze[s]
	iris := Point{e.X + 4.8*g.X, e.Y + 1.4*max(g.Y, 0)}
	irisRY := float32(3.2)
	if g.Y < 0 {
		// Rolled up, the iris slides under the upper lid: cut off at the
		// eye's top edge, the white showing below it.
		centre := e.Y + 4*g.Y
		top, bottom := max(centre-3.2, e.Y-ry*0.92), centre+3.2
		irisRY = (bottom - top) / 2
		iris.Y = (top + bottom) / 2
	}
	c.ellipse(iris, 3.2, irisRY, 16, irisColor)
	c.ellipse(iris, 1.3*fc.Pupil[s], min(1.3*fc.Pupil[s], irisRY*0.6), 12, pupilColor)
	w := float32(0.6)
	if weak {
		w = 1.3
	}
	c.ring(e, 8.5, ry, w, 24, ringColor)
	if lid < 1 {
		// The upper lid, skin over the eye down to where it hangs, and
		// its edge.
		top, edge := e.Y-ry-0.8, e.Y-ry+2*ry*(1-lid)
		c.quad(Point{e.X - 9.3, top}, Point{e.X + 9.3, top}, Point{e.X + 9.3, edge}, Point{e.X - 9.3, edge}, lidColor)
		c.line(Point{e.X - 8.3, edge}, Point{e.X + 8.3, edge}, 1.0, featureColor)
	}
}

// nose draws the nose and, for each side, the nasolabial fold: flat on a
// palsied lower face, deep in a smile.
func (c *canvas) nose(fc *Face) {
	base := [5]Point{{-5.8, 9.5}, {-4.2, 11.8}, {0, 13}, {4.2, 11.8}, {5.8, 9.5}}
	c.polyline(base[:], 0.9, shadowColor)
	for _, s := range [2]Side{Left, Right} {
		out := ScreenX(s)
		c.line(Point{out * 2.4, -4}, Point{out * 4.2, 7.5}, 0.7, alpha(shadowColor, 0.5))
		c.ellipse(Point{out * 2.6, 11.2}, 1.4, 0.7, 8, alpha(featureColor, 0.7))
		if d := fc.Fold[s]; d > 0.05 {
			cy := mouthY - 4.5*fc.Mouth[s]
			fold := [3]Point{{out * 7.5, 9}, {out * 13, 16.5}, {out * 17.5, cy + 2}}
			c.polyline(fold[:], 0.7+0.5*min(d, 1.6), alpha(shadowColor, min(d, 1.2)))
		}
	}
}

// lipPoints is the number of points along each lip, corner to corner.
const lipPoints = 9

// mouth draws the lips, whatever the open mouth shows (palate, uvula,
// floor of the mouth, or teeth in a smile) and the tongue when it is out.
func (c *canvas) mouth(p *Pose, o DrawOptions) {
	fc := &p.Face
	t := &p.Tint
	jx := 6 * fc.JawX
	var cornerY [2]float32
	var smile float32
	for _, s := range [2]Side{Left, Right} {
		cornerY[s] = mouthY - 4.5*fc.Mouth[s]
		smile += max(fc.Mouth[s], 0) / 2
	}
	// The gap between the lips at the midline: the jaw's opening, or the
	// teeth a smile shows.
	gap := 20*fc.Open + 6*smile
	// The upper lip bends up toward each corner as far as the corner is
	// lifted; the lower lip hangs below it in a half ellipse as deep as
	// the gap, moved sideways with the jaw.
	var up, low [lipPoints]Point
	for i := range up {
		a := math.Pi * float64(i) / (lipPoints - 1)
		co, si := float32(math.Cos(a)), float32(math.Sin(a))
		s := Right
		if co < 0 {
			s = Left
		}
		x := -cornerX * co
		y := mouthY + (cornerY[s]-mouthY)*co*co
		up[i] = Point{x, y}
		low[i] = Point{x + jx*si, y + gap*si}
	}
	if gap > 0.3 {
		inside := toothColor
		if fc.Open > 0.05 {
			inside = throatColor
		}
		centre := Point{jx / 2, mouthY + gap/2}
		for i := 1; i < lipPoints; i++ {
			c.tri(centre, up[i-1], up[i], inside)
			c.tri(centre, low[i], low[i-1], inside)
		}
		if fc.Open > 0.3 && fc.Tongue < 0.05 {
			c.throat(fc, t, o, &up, jx, gap)
		}
	}
	c.polyline(up[:], 1.8, lipColor)
	c.polyline(low[:], 2.2, lipColor)
	if fc.Tongue > 0.05 {
		c.tongue(fc, t, o, Point{jx * 0.6, mouthY + gap*0.5})
	}
}

// throat draws what "ah" shows: the floor of the mouth, and hanging from
// the roof the soft palate's arch, each half as high as its muscles lift
// it (a weak half droops), with the uvula at the top of the arch pulled
// toward the stronger side.
func (c *canvas) throat(fc *Face, t *[NumRegions][2]Weakness, o DrawOptions, up *[lipPoints]Point, jx, gap float32) {
	c.ellipse(Point{jx, mouthY + 0.84*gap}, 10, 0.14*gap, 16, tongueColor)
	lift := (fc.Palate[Left] + fc.Palate[Right]) / 2
	base := Point{3.5 * fc.UvulaX, mouthY + 0.2*gap - 0.08*gap*lift}
	const half = lipPoints / 2
	for _, s := range [2]Side{Left, Right} {
		out := ScreenX(s)
		col := mixColor(palateColor, o.tint(palateColor, t[PalatePharynxLarynx][s]), 0.8)
		// The half palate fills from the upper lip down to its arch, which
		// runs from the uvula out and down to the pillar at the side.
		pillar := Point{out*12 + jx*0.4, mouthY + 0.55*gap}
		peak := Point{out * 7, mouthY + 0.34*gap - 0.16*gap*fc.Palate[s]}
		anchor := Point{out * 7, mouthY + 0.08*gap}
		prev := base
		for _, q := range [2]Point{peak, pillar} {
			c.tri(anchor, prev, q, col)
			prev = q
		}
		end := half + half*int(out) // the corner on this side
		step := int(out)
		for i := end; ; i -= step {
			c.tri(anchor, prev, up[i], col)
			prev = up[i]
			if i == half {
				break
			}
		}
		c.tri(anchor, prev, base, col)
	}
	tip := Point{6 * fc.UvulaX, base.Y + 0.3*gap}
	c.capsule(base, tip, 1.2, 1.9, mixColor(palateColor, toothColor, 0.3))
}

// tongue draws the protruded tongue from root to its tip, each half as
// wide as its muscle bulk allows and tinted by its side's weakness, with
// the median groove and any fasciculation.
func (c *canvas) tongue(fc *Face, t *[NumRegions][2]Weakness, o DrawOptions, root Point) {
	tip := Point{root.X + 12*fc.TongueX, root.Y + 5 + 17*fc.Tongue}
	const steps = 8
	// The outline first, one unit wider all round.
	for pass := 0; pass < 2; pass++ {
		grow := float32(1.2)
		if pass == 1 {
			grow = 0
		}
		for _, s := range [2]Side{Left, Right} {
			col := outlineColor
			if pass == 1 {
				col = o.tint(tongueColor, t[Tongue][s])
			}
			prevC, prevE := tongueAt(root, tip, fc, s, 0, grow)
			for i := 1; i <= steps; i++ {
				cen, edge := tongueAt(root, tip, fc, s, float32(i)/steps, grow)
				c.quad(prevC, prevE, edge, cen, col)
				prevC, prevE = cen, edge
			}
		}
	}
	groove := mid(root, tip, 0.8)
	c.line(root, groove, 0.6, alpha(palateColor, 0.8))
	if tw := fc.TongueTwitch; tw.Amp > 0.05 {
		at := mid(root, tip, tw.At)
		for _, dx := range [3]float32{-3, 0, 3} {
			c.line(Point{at.X + dx - 1, at.Y - 1}, Point{at.X + dx + 1, at.Y + 1}, 0.6, alpha(throatColor, tw.Amp))
		}
	}
}

// tongueAt returns the tongue's centreline point u of the way from root to
// tip, and the edge of side s's half there.
func tongueAt(root, tip Point, fc *Face, s Side, u, grow float32) (centre, edge Point) {
	// The tip bends further toward the deviation than the body does.
	bend := 4 * fc.TongueX * u * (1 - u)
	centre = Point{root.X + (tip.X-root.X)*u + bend, root.Y + (tip.Y-root.Y)*u}
	shape := float32(1)
	if u > 0.55 {
		x := (u - 0.55) / 0.45
		shape = float32(math.Sqrt(float64(max(1-x*x, 0))))
	}
	w := 8.5*fc.TongueWidth[s]*shape + grow
	if u == 1 {
		centre.Y += grow
	}
	return centre, Point{centre.X + ScreenX(s)*w, centre.Y}
}
