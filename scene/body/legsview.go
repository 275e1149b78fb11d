package body

import (
	"math"

	"github.com/decussate/decussate/scene/view"
)

// The legs close-up: the patient sits on the edge of the couch and each
// leg is seen from its own side, the right leg on the viewer's left with
// its toes pointing left, the left leg mirrored, so that the sides sit
// where the front view has them. Units: a shank is 29 long.
const (
	sideKneeX  = 32 // the knees' distance from the middle
	sideThigh  = 20
	sideShank  = 29
	sideFoot   = 13.5
	sideBigToe = 7.5
)

// DrawCloseUp draws the close-up that suits the pose's action: the legs
// from the side for the knee and ankle jerks and the plantar response,
// where the front view is too small to see a toe; the face otherwise.
func (f *Figure) DrawCloseUp(dl *view.DrawList, pose Pose, box Rect, opts DrawOptions) {
	switch pose.Action {
	case ReflexKnee, ReflexAnkle, Plantar:
		f.DrawLegs(dl, pose, box, opts)
	default:
		f.DrawFace(dl, pose, box, opts)
	}
}

// DrawLegs draws both legs of pose from the side, seated, in box (in
// pixels): the knee jerk swings the shank, the ankle jerk points the foot,
// the plantar response moves the big toe, and the examiner's hammer or key
// is where the action puts it. Like Draw it only appends to dl.
func (f *Figure) DrawLegs(dl *view.DrawList, pose Pose, box Rect, opts DrawOptions) {
	from := len(dl.Vertices)
	c := fit(dl, box, -54, -16, 54, 58)
	// The couch's edge under both thighs.
	c.quad(Point{-sideKneeX + 3, 6.5}, Point{sideKneeX - 3, 6.5}, Point{sideKneeX - 3, 9}, Point{-sideKneeX + 3, 9}, alpha(handleColor, 0.6))
	for _, s := range [2]Side{Left, Right} {
		c.sideLeg(&pose, s, opts)
	}
	if !opts.HideSides {
		c.sideLabels(from, box, -9, opts.textSize()*1.2)
	}
}

// sideView holds one leg's points in the side view.
type sideView struct {
	fwd                          float32 // the screen direction the toes point
	hip, knee, ankle, heel, ball Point
	foot                         [2]float32 // the foot's direction
}

// sideOf places side s's leg of pose in the side view.
func sideOf(l *Leg, s Side) sideView {
	fwd := ScreenX(s)
	v := sideView{fwd: fwd}
	v.knee = Point{fwd * sideKneeX, 0}
	v.hip = Point{v.knee.X - fwd*sideThigh, 0}
	// The shank hangs from the knee, swung forward by a kick; the foot is
	// at right angles to it, pointed down by plantar flexion.
	ks, kc := math.Sincos(float64(l.Kick))
	shank := [2]float32{fwd * float32(ks), float32(kc)}
	v.ankle = Point{v.knee.X + sideShank*shank[0], v.knee.Y + sideShank*shank[1]}
	fs, fcos := math.Sincos(float64(l.Flex) - float64(l.Kick))
	v.foot = [2]float32{fwd * float32(fcos), float32(fs)}
	v.heel = Point{v.ankle.X - 3.5*v.foot[0] + 2.5*shank[0], v.ankle.Y - 3.5*v.foot[1] + 2.5*shank[1]}
	v.ball = Point{v.ankle.X + sideFoot*v.foot[0] + 1.2*shank[0], v.ankle.Y + sideFoot*v.foot[1] + 1.2*shank[1]}
	return v
}

// sideLeg draws one leg seen from the side, and the examiner's tool when
// this side is examined.
func (c *canvas) sideLeg(p *Pose, s Side, o DrawOptions) {
	l := &p.Legs[s]
	v := sideOf(l, s)
	t := &p.Tint
	thigh := o.tint(limbColor, combine(t[Hip][s], t[Knee][s]))
	lower := o.tint(limbColor, t[AnkleFoot][s])
	rt, rs, rf := 6.5*l.Bulk[0], 4.8*l.Bulk[1], 3.0*l.Bulk[2]
	// The toes: the others first, at the foot's angle, then the big toe
	// turned up or down from it.
	angle := float64(l.Flex) - float64(l.Kick)
	others := v.toe(angle, 0, 0.7)
	big := v.toe(angle, float64(l.BigToe), 1)
	for pass := 0; pass < 2; pass++ {
		grow, thighC, lowerC := float32(outline*2), outlineColor, outlineColor
		if pass == 1 {
			grow, thighC, lowerC = 0, thigh, lower
		}
		c.capsule(v.hip, v.knee, rt+grow, 0.8*rt+grow, thighC)
		c.capsule(v.knee, v.ankle, rs+grow, 0.6*rs+grow, lowerC)
		c.capsule(v.heel, v.ball, rf+grow, 0.8*rf+grow, lowerC)
		c.capsule(v.ball, others, 1.3+grow, 1.0+grow, lowerC)
		c.capsule(v.ball, big, 2.0+grow, 1.7+grow, lowerC)
	}
	c.twitch(v.hip, v.knee, rt, l.Twitch[0])
	c.twitch(v.knee, v.ankle, rs, l.Twitch[1])
	c.marks(big, v.fwd*3, p.Reflex[s])
	tl := &p.Tool
	if tl.Kind == NoTool || tl.Side != s {
		return
	}
	switch p.Action {
	case ReflexKnee:
		// The patellar tendon, just below the kneecap, struck from the
		// front.
		at := Point{v.knee.X + v.fwd*(rs+0.5) + 5*(v.ankle.X-v.knee.X)/sideShank, 5 * (v.ankle.Y - v.knee.Y) / sideShank}
		c.hammer(at, v.fwd, tl.Lift, 2)
	case ReflexAnkle:
		// The Achilles tendon, above the heel, struck from behind.
		at := Point{v.ankle.X - v.fwd*(0.6*rs+0.5), v.ankle.Y - 4}
		c.hammer(at, -v.fwd, tl.Lift, 2)
	case Plantar:
		// The key runs along the outer sole from the heel to the ball,
		// leaving a faint trail.
		under := func(x float32) Point {
			p := mid(v.heel, v.ball, x)
			return Point{p.X - v.foot[1]*(rf+0.6)*v.fwd, p.Y + v.foot[0]*(rf+0.6)*v.fwd}
		}
		if tl.Lift < 1 && tl.Stroke > 0 {
			c.line(under(0), under(tl.Stroke), 0.9, alpha(toolColor, 0.45*(1-tl.Lift)))
		}
		c.key(under(tl.Stroke), -v.fwd, tl.Lift, 2)
	}
}

// toe returns the tip of a toe k times the big toe's length at the ball of
// the foot, at the foot's angle turned up by lift radians.
func (v *sideView) toe(footAngle, lift float64, k float32) Point {
	s, co := math.Sincos(footAngle - lift)
	return Point{v.ball.X + v.fwd*k*sideBigToe*float32(co), v.ball.Y + k*sideBigToe*float32(s)}
}
