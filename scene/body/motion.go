package body

import "math"

// The examiner's rhythm: each side is tapped (or its sole stroked) once
// every tapPeriod seconds, the patient's right first, so that the two sides
// can be compared one after the other.
const (
	tapPeriod = 3.0
	firstTap  = 0.6 // the right side; the left half a period later
)

// tapTime returns the seconds since side s was last tapped, or -1 before
// its first tap.
func tapTime(s Side, t float64) float64 {
	start := firstTap
	if s == Left {
		start += tapPeriod / 2
	}
	if t < start {
		return -1
	}
	return math.Mod(t-start, tapPeriod)
}

// response is side s's reflex response at t to the examiner's taps, for
// the reflex actions: none when the reflex is absent, a quick small jerk
// when normal, a faster and larger one when brisk, and at the ankle with
// clonus a train of beats at 6 Hz that dies away slowly.
func (f *Figure) response(s Side, act Action, t float64) float32 {
	r, ok := act.reflex()
	if !ok || f.find.Absent[s].Has(r) {
		return 0
	}
	u := tapTime(s, t)
	if u < 0 {
		return 0
	}
	amp, rise := 1.0, 0.07
	if f.find.Brisk[s].Has(r) {
		amp, rise = 2.2, 0.05
	}
	// The muscle that makes the jerk may itself be weak.
	amp *= 1 - 0.7*float64(f.effectorLMN(s, r))
	v := amp * pulse(u, rise)
	if r == Ankle && f.find.Clonus[s] {
		for k := 1; k <= 14; k++ {
			v += amp * 0.8 * math.Pow(0.84, float64(k-1)) * pulse(u-float64(k)/6, rise)
		}
	}
	return float32(v)
}

// effectorLMN is the lower motor neuron loss of the muscle a reflex moves.
func (f *Figure) effectorLMN(s Side, r Reflex) float32 {
	switch r {
	case Biceps:
		return f.limb[s].armLMN[1]
	case Triceps:
		return lmnShare(f.find.Weak[ElbowExtension][s])
	case Patellar:
		return lmnShare(f.find.Weak[Knee][s])
	case Ankle:
		return f.limb[s].legLMN[1]
	}
	return 0
}

// pulse is the shape of one muscle jerk u seconds after its stimulus: zero
// before, rising to 1 at u = rise, then relaxing.
func pulse(u, rise float64) float64 {
	if u <= 0 {
		return 0
	}
	x := u / rise
	return x * math.Exp(1-x)
}

// smooth rises smoothly from 0 at t0 to 1 at t1.
func smooth(t, t0, t1 float64) float64 {
	x := (t - t0) / (t1 - t0)
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	return x * x * (3 - 2*x)
}

// approach rises from 0 at t = 0 toward 1, with time constant tau: how a
// weak limb drifts or falls.
func approach(t, tau float64) float64 {
	if t <= 0 {
		return 0
	}
	return 1 - math.Exp(-t/tau)
}

func lerp(a, b, x float64) float64 { return a + (b-a)*x }

// breath is how far each half of the chest has breathed in at t: quiet
// breathing at rest, one deep breath after another when asked, the
// ventilator's rhythm (a quick push, a passive fall) when the patient
// cannot breathe unaided. A weak hemidiaphragm moves less.
func (f *Figure) breath(act Action, t float64) [2]float32 {
	if f.find.Ventilator {
		const period, push = 5.0, 1.2
		u := math.Mod(t, period)
		v := smooth(u, 0, push)
		if u > push {
			v = math.Exp(-(u - push) / 0.8)
		}
		return [2]float32{float32(0.7 * v), float32(0.7 * v)}
	}
	period, depth := 4.0, 0.3
	if act == Breathe {
		period, depth = 5.0, 1
	}
	v := depth * 0.5 * (1 - math.Cos(2*math.Pi*t/period))
	var b [2]float32
	for _, s := range [2]Side{Left, Right} {
		b[s] = float32(v * (1 - 0.85*float64(f.find.Weak[Diaphragm][s].Severity)))
	}
	return b
}

// Fasciculations: each muscle has its own stream of twitches, a seeded
// hash of the muscle and the time slot deciding whether a slot holds a
// twitch, when in the slot it starts and where in the muscle it is.
const (
	twitchSlot  = 0.35 // seconds
	twitchLen   = 0.16 // seconds
	twitchOdds  = 0.45 // the share of slots that hold a twitch
	muscleTongu = 100  // the tongue's muscle number; limbs use side*10+segment
)

// twitch returns muscle m's fasciculation at t.
func (f *Figure) twitch(m int, t float64) Twitch {
	slot := math.Floor(t / twitchSlot)
	// A twitch that starts late in the previous slot may still be going.
	for _, k := range [2]float64{slot, slot - 1} {
		h := mix(f.seed ^ uint64(m)*0x9e3779b97f4a7c15 ^ uint64(int64(k))*0xc2b2ae3d27d4eb4f)
		if unit(h) >= twitchOdds {
			continue
		}
		start := (k + unit(h>>21)*(1-twitchLen/twitchSlot)) * twitchSlot
		if u := t - start; u >= 0 && u < twitchLen {
			return Twitch{Amp: float32(math.Sin(math.Pi * u / twitchLen)), At: float32(0.2 + 0.6*unit(h>>42))}
		}
	}
	return Twitch{}
}

// mix is splitmix64's finaliser: a good hash of a 64-bit number.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// unit maps the low 21 bits of h to [0, 1).
func unit(h uint64) float64 { return float64(h&(1<<21-1)) / (1 << 21) }
