package body_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/lesion"
)

// handDrop is how far below its shoulder a hand is, in figure units (y
// grows downward): about 0 for an arm held out level, 45 for one hanging.
func handDrop(a body.Arm) float32 { return a.Fingers.Y - a.Shoulder.Y }

// TestPronatorDrift: after ten seconds of holding the arms out, the arm
// weak from an upper motor neuron lesion is lower than the other, and
// pronated; with no lesion the arms stay level together.
func TestPronatorDrift(t *testing.T) {
	tests := []struct {
		name  string
		sites []string
		weak  body.Side
		drift bool
	}{
		{"left capsule: right arm drifts", []string{"internal_capsule.posterior_limb:L"}, body.Right, true},
		// The arm area alone leaves a mild weakness once the premotor areas
		// have taken part of it over (scene/lesion phase.go); with the hand
		// area beside it the arm is clearly weak.
		{"right arm and hand areas of the cortex: left arm drifts", []string{"precentral.arm:R", "precentral.hand:R"}, body.Left, true},
		{"right pyramid: left arm drifts", []string{"pyramid:R"}, body.Left, true},
		{"no lesion: no drift", nil, body.Right, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := figure(t, tc.sites...).Pose(body.ArmsOut, 10)
			weak, strong := p.Arms[tc.weak], p.Arms[tc.weak.Other()]
			lower := handDrop(weak) - handDrop(strong)
			if !tc.drift {
				if math.Abs(float64(lower)) > 0.01 {
					t.Errorf("the hands differ in height by %.2f, want level", lower)
				}
				if handDrop(strong) > 2 {
					t.Errorf("a healthy hand is %.1f below its shoulder, want about level", handDrop(strong))
				}
				return
			}
			if lower < 8 {
				t.Errorf("the weak (%v) hand is %.1f lower than the other, want clearly lower (8 or more)", tc.weak, lower)
			}
			if weak.Pronation < strong.Pronation+0.3 {
				t.Errorf("pronation %.2f on the weak side, %.2f on the other: want the weak forearm pronated", weak.Pronation, strong.Pronation)
			}
			// A drift is slow: at 1.5 s the arm has only begun to sink.
			early := figure(t, tc.sites...).Pose(body.ArmsOut, 1.5)
			if d := handDrop(early.Arms[tc.weak]) - handDrop(early.Arms[tc.weak.Other()]); d > lower/2 {
				t.Errorf("the weak hand is already %.1f lower at 1.5 s (%.1f at 10 s): want a slow drift", d, lower)
			}
		})
	}
}

// TestFlaccidArmFallsFaster: a shoulder weak from lower motor neuron loss
// (or from any lesion while in shock) cannot be held up: the arm falls
// within a second, faster than a spastic arm drifts.
func TestFlaccidArmFallsFaster(t *testing.T) {
	umn := figure(t, "internal_capsule.posterior_limb:L").Pose(body.ArmsOut, 1.6).Arms[body.Right]
	tests := []struct {
		name string
		fig  *body.Figure
		side body.Side
	}{
		{"axillary nerve", figure(t, "axillary_nerve:L"), body.Left},
		{"hemisection at C5, the level's motor neurons", figure(t, "cord.hemisection:L@C5"), body.Left},
		{"capsule, acute: shock is flaccid", body.NewFigure(evaluate(t, lesion.Acute, "internal_capsule.posterior_limb:L")), body.Right},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			placed := tc.fig.Pose(body.ArmsOut, 0.8).Arms[tc.side]
			if d := handDrop(placed); d > 2 {
				t.Errorf("when the arms are placed (0.8 s) the hand is %.1f below the shoulder, want level", d)
			}
			lmn := tc.fig.Pose(body.ArmsOut, 1.6).Arms[tc.side]
			if handDrop(lmn) < handDrop(umn)+10 {
				t.Errorf("0.8 s after placing, the flaccid hand is %.1f below its shoulder and the spastic one %.1f: want the flaccid arm to fall faster", handDrop(lmn), handDrop(umn))
			}
		})
	}
}

// TestRestPosture: a chronic capsular lesion gives the hemiplegic posture
// (the weak forearm flexed up across the body, the foot pointing down);
// in the acute phase the same limbs hang flaccid; after lower motor neuron
// loss they hang and waste.
func TestRestPosture(t *testing.T) {
	chronic := figure(t, "internal_capsule.posterior_limb:L").Pose(body.Rest, 2)
	acute := body.NewFigure(evaluate(t, lesion.Acute, "internal_capsule.posterior_limb:L")).Pose(body.Rest, 2)
	healthy := figure(t).Pose(body.Rest, 2)
	r, l := chronic.Arms[body.Right], chronic.Arms[body.Left]
	if r.Wrist.Y > l.Wrist.Y-8 {
		t.Errorf("chronic: right wrist at y %.1f, left at %.1f: want the right forearm flexed up", r.Wrist.Y, l.Wrist.Y)
	}
	// The flexed forearm crosses toward the midline (x = 0).
	if math.Abs(float64(r.Fingers.X)) > math.Abs(float64(l.Fingers.X))-4 {
		t.Errorf("chronic: right fingers at x %.1f, left at %.1f: want the right hand across the body", r.Fingers.X, l.Fingers.X)
	}
	if r.Grip < 0.6 {
		t.Errorf("chronic: right grip %.2f, want a clenched hand", r.Grip)
	}
	if chronic.Legs[body.Right].Flex <= chronic.Legs[body.Left].Flex {
		t.Errorf("chronic: right ankle flexed %.2f, left %.2f: want the spastic foot pointing down", chronic.Legs[body.Right].Flex, chronic.Legs[body.Left].Flex)
	}
	ar := acute.Arms[body.Right]
	if ar.Wrist.Y < healthy.Arms[body.Right].Wrist.Y-0.5 || ar.Grip > 0.3 {
		t.Errorf("acute: right wrist at y %.1f (healthy %.1f), grip %.2f: want a flaccid arm hanging open", ar.Wrist.Y, healthy.Arms[body.Right].Wrist.Y, ar.Grip)
	}
	for _, b := range chronic.Arms[body.Right].Bulk {
		if b != 1 {
			t.Errorf("chronic capsule: arm bulk %v, want no wasting after an upper motor neuron lesion", chronic.Arms[body.Right].Bulk)
			break
		}
	}
	ax := figure(t, "axillary_nerve:L").Pose(body.Rest, 2)
	if ax.Arms[body.Left].Bulk[0] > 0.8 || ax.Arms[body.Right].Bulk[0] != 1 {
		t.Errorf("axillary nerve: deltoid bulk left %.2f, right %.2f: want the left deltoid wasted", ax.Arms[body.Left].Bulk[0], ax.Arms[body.Right].Bulk[0])
	}
	drop := figure(t, "common_peroneal_nerve:L").Pose(body.Rest, 2)
	if drop.Legs[body.Left].Toes.Y < drop.Legs[body.Right].Toes.Y+1 {
		t.Errorf("peroneal palsy: left toes at y %.1f, right %.1f: want the left foot hanging", drop.Legs[body.Left].Toes.Y, drop.Legs[body.Right].Toes.Y)
	}
}

// TestPlantar: the big toe goes up only with a corticospinal (Babinski)
// sign, on that sign's side; otherwise it goes down, or stays still when
// the reflex arc or the toe's muscles are lost.
func TestPlantar(t *testing.T) {
	tests := []struct {
		name      string
		sites     []string
		up, still [2]bool // by side
	}{
		{"left leg area: right toe up", []string{"precentral.leg:L"}, [2]bool{false, true}, [2]bool{}},
		{"peroneal palsy: no toe up", []string{"common_peroneal_nerve:L"}, [2]bool{}, [2]bool{}},
		{"no lesion: flexor both sides", nil, [2]bool{}, [2]bool{}},
		{"transection at T6: both toes up", []string{"cord.transection@T6"}, [2]bool{true, true}, [2]bool{}},
		{"cauda equina: no response", []string{"cauda_equina"}, [2]bool{}, [2]bool{true, true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := figure(t, tc.sites...)
			for _, s := range []body.Side{body.Left, body.Right} {
				hi := peak(6, func(x float64) float32 { return f.Pose(body.Plantar, x).Legs[s].BigToe })
				lo := least(6, func(x float64) float32 { return f.Pose(body.Plantar, x).Legs[s].BigToe })
				switch {
				case tc.up[s]:
					if hi < 0.5 {
						t.Errorf("%v big toe rises at most %.2f rad, want up (Babinski)", s, hi)
					}
				case tc.still[s]:
					if hi != 0 || lo != 0 {
						t.Errorf("%v big toe moves between %.2f and %.2f rad, want still", s, lo, hi)
					}
				default:
					if hi > 0 {
						t.Errorf("%v big toe rises %.2f rad without a Babinski sign", s, hi)
					}
				}
			}
		})
	}
	healthy := figure(t)
	if lo := least(6, func(x float64) float32 { return healthy.Pose(body.Plantar, x).Legs[body.Left].BigToe }); lo > -0.2 {
		t.Errorf("healthy: the big toe goes down at most %.2f rad, want a clear flexor response", lo)
	}
}

// TestTendonReflexes: brisk after an upper motor neuron lesion (with
// clonus at the ankle), absent after lower motor neuron loss, a small jerk
// otherwise.
func TestTendonReflexes(t *testing.T) {
	tests := []struct {
		name     string
		sites    []string
		act      body.Action
		min, max float32
		beats    int // at least this many beats after one tap
	}{
		{"transection at T6: brisk knee", []string{"cord.transection@T6"}, body.ReflexKnee, 1.5, 10, 1},
		{"cauda equina: no knee jerk", []string{"cauda_equina"}, body.ReflexKnee, 0, 0, 0},
		{"no lesion: normal knee jerk", nil, body.ReflexKnee, 0.8, 1.2, 1},
		{"transection at T6: ankle clonus", []string{"cord.transection@T6"}, body.ReflexAnkle, 1.5, 10, 4},
		{"no lesion: one ankle jerk", nil, body.ReflexAnkle, 0.8, 1.2, 1},
		{"transection at T6: normal biceps", []string{"cord.transection@T6"}, body.ReflexBiceps, 0.8, 1.2, 1},
		{"musculocutaneous nerve: no biceps jerk", []string{"musculocutaneous_nerve:R", "musculocutaneous_nerve:L"}, body.ReflexBiceps, 0, 0, 0},
		{"transection at C3: brisk triceps", []string{"cord.transection@C3"}, body.ReflexTriceps, 1.5, 10, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := figure(t, tc.sites...)
			for _, s := range []body.Side{body.Left, body.Right} {
				got := peak(3, func(x float64) float32 { return f.Pose(tc.act, x).Reflex[s] })
				if got < tc.min || got > tc.max {
					t.Errorf("%v: peak response %.2f, want %.1f to %.1f", s, got, tc.min, tc.max)
				}
				if n := beats(f, tc.act, s); n < tc.beats || (tc.beats <= 1 && n > 1) {
					t.Errorf("%v: %d beats after one tap, want %d", s, n, tc.beats)
				}
			}
		})
	}
}

// beats counts the jerks of side s after its first tap: peaks of the
// response above 0.3.
func beats(f *body.Figure, act body.Action, s body.Side) int {
	n, rising, prev := 0, false, float32(0)
	for x := 0.0; x < 3; x += 0.005 {
		r := f.Pose(act, x).Reflex[s]
		if r < prev && rising && prev > 0.3 {
			n++
		}
		rising = r > prev
		prev = r
	}
	return n
}

// TestShockIsForInjuries: the acute phase makes an injury flaccid, but a
// degenerative disease has no shock, so ALS keeps its spastic posture.
func TestShockIsForInjuries(t *testing.T) {
	if !body.ReadFindings(evaluate(t, lesion.Acute, "internal_capsule.posterior_limb:L")).Acute {
		t.Errorf("acute capsular stroke: not in shock")
	}
	if body.ReadFindings(evaluate(t, lesion.Acute, "disease.als")).Acute {
		t.Errorf("ALS in the acute phase: in shock, want the established picture")
	}
	a := figure(t, "disease.als").Pose(body.Rest, 2)
	b := body.NewFigure(evaluate(t, lesion.Acute, "disease.als")).Pose(body.Rest, 2)
	if a.Arms != b.Arms {
		t.Errorf("ALS: the arms differ between the phases")
	}
}

// TestWristDrop: with the arms held out, a palsied radial nerve lets the
// hand hang from the wrist; the ulnar nerve, which weakens the wrist's
// flexors, does not, and neither does the healthy side.
func TestWristDrop(t *testing.T) {
	hang := func(a body.Arm) float32 { return a.Fingers.Y - a.Wrist.Y }
	tests := []struct {
		site string
		drop bool
	}{
		{"radial_nerve.spiral_groove:L", true},
		{"radial_nerve.axilla:L", true},
		{"ulnar_nerve:L", false},
		{"median_nerve:L", false},
	}
	for _, tc := range tests {
		t.Run(tc.site, func(t *testing.T) {
			p := figure(t, tc.site).Pose(body.ArmsOut, 3)
			weak, healthy := hang(p.Arms[body.Left]), hang(p.Arms[body.Right])
			if math.Abs(float64(healthy)) > 2 {
				t.Errorf("the healthy hand hangs %.1f below its wrist, want level", healthy)
			}
			switch {
			case tc.drop && weak < 4:
				// The hand is 6.5 long: 4 below the wrist is 40° down.
				t.Errorf("the palsied hand hangs %.1f below its wrist, want clearly (4 or more)", weak)
			case !tc.drop && math.Abs(float64(weak-healthy)) > 2:
				t.Errorf("the hand hangs %.1f below its wrist (healthy %.1f), want no wrist drop", weak, healthy)
			}
		})
	}
}
