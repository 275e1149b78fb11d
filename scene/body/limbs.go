package body

import "math"

const deg = math.Pi / 180

// armAngles is an arm's configuration in the front view: each segment's
// angle from hanging straight down (positive away from the body), and how
// long the forearm and hand look (shorter when they point at the viewer).
type armAngles struct {
	upper, fore, hand float64
	foreLen, handLen  float64
	pron, grip        float64
}

func lerpArm(a, b armAngles, x float64) armAngles {
	return armAngles{
		lerp(a.upper, b.upper, x), lerp(a.fore, b.fore, x), lerp(a.hand, b.hand, x),
		lerp(a.foreLen, b.foreLen, x), lerp(a.handLen, b.handLen, x),
		lerp(a.pron, b.pron, x), lerp(a.grip, b.grip, x),
	}
}

// The arm's postures: relaxed; hemiplegic (adducted, elbow flexed across
// the body, wrist and fingers flexed, pronated); limp; held out for the
// drift test (abducted so that the front view shows the drift; the test
// itself holds the arms forward, and drifts the same way); and positioned
// for the biceps and triceps jerks.
var (
	armRelaxed = armAngles{7 * deg, 4 * deg, 2 * deg, 1, 1, 0.5, 0.25}
	armHemi    = armAngles{2 * deg, -100 * deg, -55 * deg, 0.72, 0.6, 1, 1}
	armLimp    = armAngles{1 * deg, 0, 0, 1, 1, 0.5, 0.05}
	armOut     = armAngles{90 * deg, 90 * deg, 90 * deg, 1, 1, 0, 0}
	armBiceps  = armAngles{10 * deg, -75 * deg, -68 * deg, 0.85, 0.9, 0.3, 0.3}
	armTriceps = armAngles{78 * deg, 4 * deg, 4 * deg, 1, 1, 0.5, 0.3}
)

// restArm is side s's arm at rest: the hemiplegic posture in proportion to
// the spastic weakness, hanging limp in proportion to the flaccid.
func (f *Figure) restArm(s Side) armAngles {
	tr := &f.limb[s]
	a := lerpArm(armRelaxed, armHemi, float64(tr.armPosture))
	return lerpArm(a, armLimp, float64(tr.armLimp))
}

// arm poses side s's arm for act at t; r is its reflex response.
func (f *Figure) arm(s Side, act Action, t float64, r float32) Arm {
	tr := &f.limb[s]
	rest := f.restArm(s)
	a := rest
	switch act {
	case ArmsOut:
		a = lerpArm(rest, armOut, smooth(t, 0, 0.8))
		// Once placed, a spastic arm drifts down, its elbow and fingers
		// flex and its forearm pronates, over seconds; a flaccid shoulder
		// lets the arm fall at once.
		u := t - 0.8
		drift := float64(tr.armDrift) * approach(u, 3)
		fall := float64(tr.armFall) * approach(u, 0.35)
		down := 55*deg*drift + 88*deg*fall
		a.upper = max(a.upper-down, 2*deg)
		a.fore = max(a.fore-down-12*deg*drift, 0)
		// A palsied radial nerve lets the hand hang from the wrist, palm
		// down, the fingers half curled: wrist drop.
		wrist := float64(tr.wristDrop) * approach(u, 0.3)
		a.hand = a.fore - 12*deg*drift - 80*deg*wrist
		a.pron += float64(tr.armDrift)*approach(u, 2.5) + wrist
		a.grip += 0.4 * wrist
		a.grip += 0.5 * drift
	case ReflexBiceps:
		a = lerpArm(rest, armBiceps, smooth(t, 0, 0.5))
		a.fore -= 16 * deg * float64(min(r, 2.5))
		a.hand -= 16 * deg * float64(min(r, 2.5))
		// A brisk jerk spreads to the finger flexors.
		a.grip += 0.4 * float64(max(r-1, 0))
	case ReflexTriceps:
		a = lerpArm(rest, armTriceps, smooth(t, 0, 0.5))
		a.fore += 20 * deg * float64(min(r, 2.5))
		a.hand = a.fore
	}
	arm := placeArm(s, a)
	for i := range arm.Bulk {
		arm.Bulk[i] = bulk(tr.armLMN[i], f.find.Atrophy[s])
		if f.find.Fasciculations[s] && tr.armLMN[i] > 0 {
			arm.Twitch[i] = f.twitch(int(s)*10+i, t)
		}
	}
	return arm
}

// placeArm turns angles into joints.
func placeArm(s Side, a armAngles) Arm {
	out := float64(ScreenX(s))
	sh := Point{shoulderAt.X * float32(out), shoulderAt.Y}
	el := step(sh, out, a.upper, upperArmLen)
	wr := step(el, out, a.fore, forearmLen*a.foreLen)
	fi := step(wr, out, a.hand, handLen*a.handLen*(1-0.3*a.grip))
	return Arm{Shoulder: sh, Elbow: el, Wrist: wr, Fingers: fi, Pronation: float32(clamp(a.pron)), Grip: float32(clamp(a.grip))}
}

// step goes length from p at angle a from straight down, positive toward
// out (the side's screen direction).
func step(p Point, out, a, length float64) Point {
	return Point{p.X + float32(out*math.Sin(a)*length), p.Y + float32(math.Cos(a)*length)}
}

func clamp(x float64) float64 { return math.Max(0, math.Min(1, x)) }

// legAngles is a leg's configuration: the thigh's angle from straight down
// (positive away from the body), the knee jerk's forward swing of the
// shank (which the front view sees as a shorter shank), and the foot:
// pointed down (plantar flexion makes the foot, seen from the front, look
// longer) and turned in or out.
type legAngles struct {
	thigh, kick      float64
	plantar, turnOut float64
}

// leg poses side s's leg for act at t; r is its reflex response.
func (f *Figure) leg(s Side, act Action, t float64, r float32) Leg {
	tr := &f.limb[s]
	// At rest a spastic leg is extended and adducted, its foot pointing
	// down and in; a flaccid one rolls out; a dropped foot hangs.
	a := legAngles{thigh: 2 * deg}
	q, l := float64(tr.legPosture), float64(tr.legLimp)
	a.thigh -= 2 * deg * q
	a.plantar = 0.6*q + 0.8*float64(tr.footDrop)
	a.turnOut = 0.25 - 0.8*q + 0.9*l
	var toe, fan float64
	switch act {
	case ReflexKnee:
		// The kick swings the shank toward the viewer; a brisk jerk
		// spreads to the adductors.
		a.kick = math.Min(22*deg*float64(r), 65*deg)
		a.thigh -= 3 * deg * float64(max(r-1, 0))
	case ReflexAnkle:
		a.plantar += 0.45 * float64(r)
	case Plantar:
		toe, fan = f.plantar(s, t)
	}
	out := float64(ScreenX(s))
	hip := Point{hipAt.X * float32(out), hipAt.Y}
	knee := step(hip, out, a.thigh, thighLen)
	ankle := step(knee, out, a.thigh/2, shankLen*math.Cos(a.kick))
	// The foot points toward the viewer, so the front view sees it short:
	// it lengthens as it points down, and leans out or in.
	along := footLen * (1 + 0.7*clamp(a.plantar))
	toes := Point{ankle.X + float32(out*1.8*a.turnOut), ankle.Y + float32(along)}
	leg := Leg{Hip: hip, Knee: knee, Ankle: ankle, Toes: toes, BigToe: float32(toe), Fan: float32(fan),
		Kick: float32(a.kick), Flex: float32(math.Min((0.2+a.plantar)*38*deg, 75*deg))}
	for i := range leg.Bulk {
		leg.Bulk[i] = bulk(tr.legLMN[i], f.find.Atrophy[s])
		if f.find.Fasciculations[s] && tr.legLMN[i] > 0 {
			leg.Twitch[i] = f.twitch(int(s)*10+4+i, t)
		}
	}
	return leg
}

// plantar is side s's plantar response at t: the big toe's angle (up with
// a Babinski sign, down when flexor, still when the reflex arc is lost or
// the toe's muscles are paralysed) and the fanning of the other toes.
func (f *Figure) plantar(s Side, t float64) (toe, fan float64) {
	u := tapTime(s, t)
	if u < 0 || f.find.Absent[s].Has(Ankle) {
		return 0, 0
	}
	// The stroke takes 0.8 s; the toe answers a third of a second in and
	// relaxes after it.
	v := smooth(u, 0.3, 0.6) * (1 - smooth(u, 1.6, 2.2)) * float64(f.limb[s].toeMotor)
	if f.find.Babinski[s] {
		return 55 * deg * v, v
	}
	return -25 * deg * v, 0
}

// tool places the examiner's hammer or key for act at t.
func (f *Figure) tool(p *Pose, act Action, t float64) Tool {
	if _, ok := act.reflex(); !ok && act != Plantar {
		return Tool{}
	}
	// The side being examined is the one whose tap is nearest.
	c := math.Mod(t, tapPeriod)
	s, u := Right, c-firstTap
	if c >= firstTap+tapPeriod/4 && c < firstTap+3*tapPeriod/4 {
		s, u = Left, c-firstTap-tapPeriod/2
	} else if c >= firstTap+3*tapPeriod/4 {
		u = c - firstTap - tapPeriod
	}
	lift := math.Min(1, math.Abs(u)/0.3)
	if u > 0 {
		lift = math.Min(1, u/0.25)
	}
	arm, leg := &p.Arms[s], &p.Legs[s]
	tl := Tool{Kind: Hammer, Side: s, Lift: float32(lift)}
	switch act {
	case ReflexBiceps:
		tl.At = arm.Elbow
	case ReflexTriceps:
		tl.At = mid(arm.Shoulder, arm.Elbow, 0.82)
	case ReflexKnee:
		tl.At = mid(leg.Knee, leg.Ankle, 0.14)
	case ReflexAnkle:
		tl.At = mid(leg.Ankle, leg.Knee, 0.1)
	case Plantar:
		// The key runs along the sole from the heel to the toes, under
		// the foot in the front view.
		tl.Kind = Key
		tl.Lift = float32(1 - smooth(u, -0.15, 0) + smooth(u, 0.8, 1))
		tl.Stroke = float32(smooth(u, 0, 0.8))
		tl.At = mid(leg.Ankle, leg.Toes, tl.Stroke)
		tl.At.Y += 1.6
	}
	return tl
}

// mid is the point x of the way from a to b.
func mid(a, b Point, x float32) Point {
	return Point{a.X + (b.X-a.X)*x, a.Y + (b.Y-a.Y)*x}
}
