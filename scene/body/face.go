package body

import "math"

// Face is the face's part of a pose: what each half of the face, the eyes,
// the tongue and the palate do. Arrays of two are indexed by Side (the
// patient's); x values are in screen orientation, +1 toward the viewer's
// right (the patient's left), so a tongue deviating to the patient's left
// has TongueX > 0.
type Face struct {
	// Brow is each eyebrow's height: 0 at rest, 1 fully raised, negative
	// when it sags.
	Brow [2]float32
	// Wrinkles is how deep each half of the forehead is wrinkled, 0 to 1:
	// the frontalis at work.
	Wrinkles [2]float32
	// Lid is each eye's opening: 1 normal, 0 closed (ptosis lowers it),
	// above 1 for an eye that cannot close.
	Lid [2]float32
	// Gaze is where each eye looks, -1 to 1 each way: X toward the viewer's
	// right, Y down.
	Gaze [2]Point
	// Pupil is each pupil's size, 1 normal.
	Pupil [2]float32
	// Mouth is each mouth corner's lift: 1 in a full smile, negative when
	// it droops.
	Mouth [2]float32
	// Fold is the depth of each nasolabial fold: 1 normal, 0 flat (a weak
	// lower face), more in a smile.
	Fold [2]float32
	// Open is how far the jaw is open, 0 to 1; JawX how far the chin
	// shifts on opening, -1 to 1 (screen).
	Open, JawX float32
	// Tongue is how far the tongue is out, 0 to 1; TongueX where its tip
	// points, -1 to 1 (screen).
	Tongue, TongueX float32
	// TongueWidth is each half of the tongue's width, 1 normal, less when
	// wasted; TongueTwitch its fasciculation.
	TongueWidth  [2]float32
	TongueTwitch Twitch
	// Palate is how far each half of the soft palate rises on "ah", 0 to
	// 1; UvulaX where the uvula is pulled, -1 to 1 (screen).
	Palate [2]float32
	UvulaX float32
}

// face poses the face for act at t.
func (f *Figure) face(act Action, t float64) Face {
	fd := &f.find
	var fc Face
	e := smooth(t, 0, 0.5) // how far into the command the face is
	for _, s := range [2]Side{Left, Right} {
		up := float64(fd.Weak[UpperFace][s].Severity)
		low := float64(fd.Weak[LowerFace][s].Severity)
		// At rest a weak face sags: the brow and the mouth corner droop,
		// the fold flattens, an eye whose orbicularis is weak cannot close
		// and looks wider.
		brow := -0.3 * up
		mouth := -0.4 * low
		lid := 1 + 0.25*up
		fold := 1 - low
		var wrinkles float64
		switch act {
		case Smile:
			mouth = lerp(mouth, 1-low, e)
			fold *= 1 + 0.6*e
			lid -= 0.15 * e * (1 - up)
		case RaiseBrows:
			// Each half of the forehead has input from both hemispheres,
			// so a central palsy spares it; a peripheral one takes it.
			brow = lerp(brow, 1-up, e)
			wrinkles = e * (1 - up)
			lid += 0.1 * e * (1 - up)
		case CloseEyes:
			// The orbicularis oculi closes the lid as far as it is strong:
			// a peripheral palsy leaves the eye open (and its upward roll
			// shows, see gaze); a central one closes it, perhaps weakly.
			lid = lerp(lid, math.Min(1.2*up, lid), e)
			brow = lerp(brow, brow-0.25*(1-up), e)
		}
		if fd.Ptosis[s] {
			// A complete third nerve palsy closes the eye; the lid is
			// drawn a little open so that the eye beneath can be seen.
			lid = 1 - 0.5*math.Max(float64(fd.Weak[EyeAdductionElevationDepression][s].Severity), 0.5)
		}
		fc.Brow[s], fc.Mouth[s], fc.Lid[s] = float32(brow), float32(mouth), float32(lid)
		fc.Fold[s], fc.Wrinkles[s] = float32(fold), float32(wrinkles)
		fc.Pupil[s] = 1
		if fd.Mydriasis[s] {
			fc.Pupil[s] = 1.7
		}
		fc.Gaze[s] = f.gaze(s, act, t)
		fc.TongueWidth[s] = bulk(lmnShare(fd.Weak[Tongue][s]), fd.Atrophy[s])
	}
	f.mouth(&fc, act, t)
	return fc
}

// mouth poses the jaw, the tongue and the palate.
func (f *Figure) mouth(fc *Face, act Action, t float64) {
	fd := &f.find
	tongueL, tongueR := float64(fd.Weak[Tongue][Left].Severity), float64(fd.Weak[Tongue][Right].Severity)
	switch act {
	case TongueOut:
		e := smooth(t, 0, 0.6)
		fc.Open = float32(0.35 * e)
		// A weak genioglossus cannot push its half forward, so the strong
		// half pushes the tip across, toward the weak side.
		out := e * (1 - 0.6*math.Min(tongueL, tongueR))
		dev := math.Min(0.35+0.5*math.Abs(tongueL-tongueR), 0.8)
		fc.Tongue = float32(out)
		fc.TongueX = float32(out*dev) * fd.Tongue.ScreenX()
	case SayAh:
		fc.Open = float32(smooth(t, 0, 0.4))
		// The levator veli palatini of the strong side lifts its half and
		// pulls the uvula over, away from the weak side.
		e := smooth(t, 0.4, 0.8)
		palL := float64(fd.Weak[PalatePharynxLarynx][Left].Severity)
		palR := float64(fd.Weak[PalatePharynxLarynx][Right].Severity)
		fc.Palate = [2]float32{float32(e * (1 - palL)), float32(e * (1 - palR))}
		fc.UvulaX = float32(e*math.Min(0.3+0.5*math.Abs(palL-palR), 0.8)) * fd.Uvula.ScreenX()
	}
	// A weak pterygoid lets the jaw swing toward its side as it opens.
	fc.JawX = 0.35 * fc.Open * fd.Jaw.ScreenX()
	for _, s := range [2]Side{Left, Right} {
		if fd.Fasciculations[s] && lmnShare(fd.Weak[Tongue][s]) > 0 {
			if tw := f.twitch(muscleTongu+int(s), t); tw.Amp > fc.TongueTwitch.Amp {
				fc.TongueTwitch = tw
			}
		}
	}
}

// gaze is where eye s looks for act at t. The eye abducts toward its own
// side (the left eye to the patient's left) with the lateral rectus (CN VI)
// and adducts with the medial rectus (CN III). A gaze palsy toward a side
// stops both eyes going there. At rest a palsied eye deviates: turned in
// without its lateral rectus, down and out without its third nerve, up
// without its fourth.
func (f *Figure) gaze(s Side, act Action, t float64) Point {
	fd := &f.find
	var target float64
	switch act {
	case LookLeft:
		target = float64(ScreenX(Left))
	case LookRight:
		target = float64(ScreenX(Right))
	}
	x := 0.85 * target * smooth(t, 0, 0.35)
	var y float64
	if act == CloseEyes {
		// Both eyes roll up as the lids close (Bell's phenomenon), seen
		// only in an eye that cannot close.
		y = -smooth(t, 0, 0.5)
	}
	abduct := float64(ScreenX(s))
	cn3 := float64(fd.Weak[EyeAdductionElevationDepression][s].Severity)
	cn6 := float64(fd.Weak[EyeAbduction][s].Severity)
	switch {
	case target > 0 && fd.GazePalsy[Left], target < 0 && fd.GazePalsy[Right]:
		x = 0
	case x*abduct > 0:
		x *= 1 - cn6
	default:
		x *= 1 - cn3
	}
	// The medial rectus, unopposed, turns the eye in.
	x -= abduct * 0.35 * cn6
	// Without its superior oblique (CN IV) the eye rides high, the more so
	// as it turns in, where that muscle is the one that pulls it down.
	cn4 := float64(fd.Weak[EyeIntorsion][s].Severity)
	in := math.Max(0, -x*abduct/0.85)
	y -= cn4 * (0.2 + 0.45*in)
	if fd.DownAndOut[s] {
		x += abduct * 0.55 * cn3
		y += 0.5 * cn3
	}
	return Point{float32(math.Max(-1, math.Min(1, x))), float32(math.Max(-1, math.Min(1, y)))}
}
