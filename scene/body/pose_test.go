package body_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/body"
)

// TestHealthySymmetric: with no lesion each side does what the other
// does. Looking left mirrors looking right; the examiner taps the right
// side first and the left half a period (1.5 s) later, so a reflex is
// compared with the other side's reflex 1.5 s on.
func TestHealthySymmetric(t *testing.T) {
	f := figure(t)
	for a := range body.NumActions {
		for _, x := range []float64{0.5, 0.65, 1, 2.5, 4, 10} {
			p := f.Pose(a, x)
			other, later := p, 0.0
			switch a {
			case body.LookLeft:
				other = f.Pose(body.LookRight, x)
			case body.LookRight:
				other = f.Pose(body.LookLeft, x)
			case body.ReflexBiceps, body.ReflexTriceps, body.ReflexKnee, body.ReflexAnkle, body.Plantar:
				later = 1.5
				other = f.Pose(a, x+later)
			}
			r, l := sideFloats(&p, body.Right), sideFloats(&other, body.Left)
			for i := range r {
				if math.Abs(float64(r[i]-l[i])) > 1e-3 {
					t.Errorf("%v at %.2f s: the right side's value %d is %.3f, the left side's (at %.2f s) %.3f", a, x, i, r[i], x+later, l[i])
					break
				}
			}
			fc := &p.Face
			if p.Breath[0] != p.Breath[1] || fc.JawX != 0 || fc.TongueX != 0 || fc.UvulaX != 0 {
				t.Errorf("%v at %.2f s: breath %v, jaw %.2f, tongue %.2f, uvula %.2f: want even and midline", a, x, p.Breath, fc.JawX, fc.TongueX, fc.UvulaX)
			}
		}
	}
}

// sideFloats lists the numbers of side s of a pose, with x measured away
// from the midline on that side, so that a symmetric pose gives the same
// list for both sides.
func sideFloats(p *body.Pose, s body.Side) []float32 {
	out := body.ScreenX(s)
	var v []float32
	pt := func(q ...body.Point) {
		for _, x := range q {
			v = append(v, x.X*out, x.Y)
		}
	}
	a, l, f := &p.Arms[s], &p.Legs[s], &p.Face
	pt(a.Shoulder, a.Elbow, a.Wrist, a.Fingers)
	v = append(v, a.Pronation, a.Grip)
	v = append(v, a.Bulk[:]...)
	pt(l.Hip, l.Knee, l.Ankle, l.Toes)
	v = append(v, l.BigToe, l.Fan, l.Kick, l.Flex, p.Reflex[s])
	v = append(v, l.Bulk[:]...)
	pt(f.Gaze[s])
	v = append(v, f.Brow[s], f.Wrinkles[s], f.Lid[s], f.Pupil[s], f.Mouth[s], f.Fold[s], f.TongueWidth[s], f.Palate[s])
	return v
}

// TestPoseIsPure: the same arguments give the same pose, and time or an
// action out of range are read safely.
func TestPoseIsPure(t *testing.T) {
	f := figure(t, "disease.als")
	for a := range body.NumActions {
		for _, x := range []float64{0, 0.77, 3.1, 9.99} {
			if p, q := f.Pose(a, x), f.Pose(a, x); p != q {
				t.Errorf("%v at %.2f s: two calls give different poses", a, x)
			}
		}
	}
	rest := f.Pose(body.Rest, 0)
	for _, x := range []float64{-1, math.NaN(), math.Inf(1), math.Inf(-1)} {
		if p := f.Pose(body.Rest, x); p != rest {
			t.Errorf("time %v: want the pose at 0", x)
		}
	}
	if p := f.Pose(body.NumActions+3, 1); p.Action != body.Rest {
		t.Errorf("an unknown action poses %v, want rest", p.Action)
	}
}

// TestFasciculations: muscles that lost their motor neurons twitch, now
// and then, where the seed and the time say; muscles that did not, never.
func TestFasciculations(t *testing.T) {
	twitching := func(f *body.Figure, x float64) int {
		p := f.Pose(body.Rest, x)
		n := 0
		for _, a := range p.Arms {
			for _, tw := range a.Twitch {
				if tw.Amp > 0.3 {
					n++
				}
			}
		}
		for _, l := range p.Legs {
			for _, tw := range l.Twitch {
				if tw.Amp > 0.3 {
					n++
				}
			}
		}
		return n
	}
	als, capsule := figure(t, "disease.als"), figure(t, "internal_capsule.posterior_limb:L")
	var seen, quiet, moments int
	var series [2][]int
	other := figure(t, "disease.als")
	other.SetSeed(42)
	for x := 0.0; x < 10; x += 0.05 {
		n := twitching(als, x)
		seen += n
		if n == 0 {
			quiet++
		}
		moments++
		if c := twitching(capsule, x); c != 0 {
			t.Fatalf("capsular lesion: %d muscles twitch at %.2f s, want none (no lower motor neuron loss)", c, x)
		}
		series[0] = append(series[0], n)
		series[1] = append(series[1], twitching(other, x))
	}
	if seen < moments/2 {
		t.Errorf("ALS: %d twitches over %d moments, want them frequent", seen, moments)
	}
	if quiet == 0 || quiet == moments {
		t.Errorf("ALS: quiet at %d of %d moments, want twitches that come and go", quiet, moments)
	}
	same := true
	for i := range series[0] {
		same = same && series[0][i] == series[1][i]
	}
	if same {
		t.Errorf("ALS: another seed gives the same twitches")
	}
	if fc := als.Pose(body.TongueOut, 2); peak(5, func(x float64) float32 { return als.Pose(body.TongueOut, x).Face.TongueTwitch.Amp }) < 0.5 {
		t.Errorf("ALS: the tongue never twitches (%v)", fc.Face.TongueTwitch)
	}
}

// TestBreathing: a palsied hemidiaphragm moves less; a patient who cannot
// breathe is moved by the ventilator, and the pose says so.
func TestBreathing(t *testing.T) {
	phrenic := figure(t, "phrenic_nerve:L")
	l := peak(5, func(x float64) float32 { return phrenic.Pose(body.Breathe, x).Breath[body.Left] })
	r := peak(5, func(x float64) float32 { return phrenic.Pose(body.Breathe, x).Breath[body.Right] })
	if l > r/2 || r < 0.8 {
		t.Errorf("left phrenic nerve: deep breath moves the left chest %.2f, the right %.2f; want the left much less", l, r)
	}
	vent := figure(t, "cord.transection@C3")
	if p := vent.Pose(body.Rest, 0.6); !p.Ventilator || p.Breath[0] != p.Breath[1] || p.Breath[0] < 0.2 {
		t.Errorf("transection at C3: ventilator %v, breath %v; want the ventilator moving both sides", p.Ventilator, p.Breath)
	}
	if figure(t).Pose(body.Rest, 1).Ventilator {
		t.Errorf("no lesion: on a ventilator")
	}
}

// TestRegionsMatchAnatomy: the Region constants name the contract's
// regions in the atlas's order.
func TestRegionsMatchAnatomy(t *testing.T) {
	if int(body.NumRegions) != len(anatomy.Regions) {
		t.Fatalf("%d regions here, %d in anatomy", body.NumRegions, len(anatomy.Regions))
	}
	want := map[body.Region]string{body.UpperFace: "upper_face", body.Tongue: "tongue", body.EyeAbduction: "eye_abduction",
		body.Diaphragm: "diaphragm", body.Shoulder: "shoulder", body.AnkleFoot: "ankle_foot", body.BladderBowel: "bladder_bowel"}
	for r := range body.NumRegions {
		if r.String() != anatomy.Regions[r] {
			t.Errorf("region %d is %q here, %q in anatomy", r, r.String(), anatomy.Regions[r])
		}
		if w, ok := want[r]; ok && r.String() != w {
			t.Errorf("region %d is %q, want %q", r, r.String(), w)
		}
	}
}

// TestActionNames: every action has a name that parses back and a
// command.
func TestActionNames(t *testing.T) {
	for a := range body.NumActions {
		b, ok := body.ParseAction(a.String())
		if !ok || b != a || a.Command() == "" {
			t.Errorf("action %d: name %q parses to %v, %v; command %q", a, a.String(), b, ok, a.Command())
		}
	}
	if _, ok := body.ParseAction("dance"); ok {
		t.Errorf("an unknown name parses")
	}
}
