package body_test

import (
	"testing"

	"github.com/decussate/decussate/scene/body"
)

// TestTongueDeviation: the protruded tongue points to the weak side. In
// the front view the patient's left is the viewer's right, so a tongue
// deviating to the patient's left has a positive (screen) TongueX.
func TestTongueDeviation(t *testing.T) {
	tests := []struct {
		name   string
		sites  []string
		toward body.Toward
	}{
		{"left hypoglossal nerve: to the patient's left", []string{"cn12:L"}, body.ToLeft},
		{"right hypoglossal nucleus: to the patient's right", []string{"cn12_nucleus:R"}, body.ToRight},
		{"left capsule (right tongue weak, UMN): to the right", []string{"internal_capsule.posterior_limb:L"}, body.ToRight},
		{"no lesion: straight out", nil, body.Nowhere},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fc := figure(t, tc.sites...).Pose(body.TongueOut, 2).Face
			if fc.Tongue < 0.5 {
				t.Fatalf("the tongue is out %.2f, want out", fc.Tongue)
			}
			switch tc.toward {
			case body.ToLeft:
				if fc.TongueX < 0.2 {
					t.Errorf("tongue tip x %.2f, want > 0.2: toward the viewer's right, the patient's left", fc.TongueX)
				}
			case body.ToRight:
				if fc.TongueX > -0.2 {
					t.Errorf("tongue tip x %.2f, want < -0.2: toward the viewer's left, the patient's right", fc.TongueX)
				}
			default:
				if fc.TongueX != 0 {
					t.Errorf("tongue tip x %.2f, want 0", fc.TongueX)
				}
			}
		})
	}
	// Wasting thins the weak half.
	fc := figure(t, "cn12:L").Pose(body.TongueOut, 2).Face
	if fc.TongueWidth[body.Left] >= fc.TongueWidth[body.Right] {
		t.Errorf("cn12:L tongue halves %v (left, right), want the left thinner", fc.TongueWidth)
	}
}

// TestUvula: the uvula is pulled away from the weak side of the palate,
// whose half does not rise.
func TestUvula(t *testing.T) {
	fc := figure(t, "nucleus_ambiguus:L").Pose(body.SayAh, 2).Face
	if fc.UvulaX > -0.2 {
		t.Errorf("left nucleus ambiguus: uvula x %.2f, want < -0.2 (toward the patient's right, the viewer's left)", fc.UvulaX)
	}
	if fc.Palate[body.Left] > 0.2 || fc.Palate[body.Right] < 0.8 {
		t.Errorf("left nucleus ambiguus: palate lifts %v (left, right), want the left still, the right up", fc.Palate)
	}
	if h := figure(t).Pose(body.SayAh, 2).Face; h.UvulaX != 0 || h.Palate[0] != h.Palate[1] || h.Open < 0.9 {
		t.Errorf("no lesion: uvula x %.2f, palate %v, open %.2f, want midline, even, open", h.UvulaX, h.Palate, h.Open)
	}
}

// TestFacialPalsy: a central (capsular) palsy spares the forehead, both
// brows rise, and only the lower face lags, on the side opposite the
// lesion; a peripheral (facial nerve) palsy takes the whole half-face on
// its own side.
func TestFacialPalsy(t *testing.T) {
	tests := []struct {
		name       string
		sites      []string
		browStill  [2]bool
		mouthLags  [2]bool
		foldsFlat  [2]bool
		eyeTooWide [2]bool
	}{
		{"left capsule: central, right lower face", []string{"internal_capsule.posterior_limb:L"},
			[2]bool{}, [2]bool{false, true}, [2]bool{false, true}, [2]bool{}},
		{"left facial nerve: peripheral, whole left face", []string{"cn7:L"},
			[2]bool{true, false}, [2]bool{true, false}, [2]bool{true, false}, [2]bool{true, false}},
		{"no lesion", nil, [2]bool{}, [2]bool{}, [2]bool{}, [2]bool{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := figure(t, tc.sites...)
			brows := f.Pose(body.RaiseBrows, 2).Face
			smile := f.Pose(body.Smile, 2).Face
			rest := f.Pose(body.Rest, 2).Face
			for _, s := range []body.Side{body.Left, body.Right} {
				if still := brows.Brow[s] < 0.2; still != tc.browStill[s] {
					t.Errorf("%v brow rises to %.2f, want still: %v", s, brows.Brow[s], tc.browStill[s])
				}
				if still := brows.Wrinkles[s] < 0.2; still != tc.browStill[s] {
					t.Errorf("%v forehead wrinkles %.2f, want smooth: %v", s, brows.Wrinkles[s], tc.browStill[s])
				}
				lag := smile.Mouth[s] < smile.Mouth[s.Other()]-0.5
				if lag != tc.mouthLags[s] {
					t.Errorf("smiling, %v mouth corner lifts %.2f, the other %.2f; want it lagging: %v", s, smile.Mouth[s], smile.Mouth[s.Other()], tc.mouthLags[s])
				}
				if flat := rest.Fold[s] < 0.5; flat != tc.foldsFlat[s] {
					t.Errorf("at rest, %v nasolabial fold %.2f, want flat: %v", s, rest.Fold[s], tc.foldsFlat[s])
				}
				if wide := rest.Lid[s] > 1.1; wide != tc.eyeTooWide[s] {
					t.Errorf("at rest, %v eye open %.2f, want wider than normal: %v", s, rest.Lid[s], tc.eyeTooWide[s])
				}
			}
		})
	}
}

// TestGaze: a palsied abducens fails to abduct its eye, which rests turned
// in; a gaze palsy stops both eyes going to its side; a palsied third
// nerve leaves the eye down and out under a drooping lid.
func TestGaze(t *testing.T) {
	cn6 := figure(t, "cn6:L")
	left := cn6.Pose(body.LookLeft, 2).Face.Gaze
	if left[body.Left].X > 0.1 || left[body.Right].X < 0.6 {
		t.Errorf("cn6:L looking left: eyes at x %.2f (left), %.2f (right); want the left eye stuck, the right gone left (+x)", left[body.Left].X, left[body.Right].X)
	}
	right := cn6.Pose(body.LookRight, 2).Face.Gaze
	if right[body.Left].X > -0.6 || right[body.Right].X > -0.6 {
		t.Errorf("cn6:L looking right: eyes at x %.2f, %.2f; want both gone right (-x)", right[body.Left].X, right[body.Right].X)
	}
	if rest := cn6.Pose(body.Rest, 2).Face.Gaze; rest[body.Left].X > -0.2 {
		t.Errorf("cn6:L at rest: left eye at x %.2f, want turned in (toward the nose, -x)", rest[body.Left].X)
	}

	palsy := figure(t, "cn6_nucleus:L").Pose(body.LookLeft, 2).Face.Gaze
	if palsy[body.Left].X > 0.1 || palsy[body.Right].X > 0.1 {
		t.Errorf("left gaze palsy looking left: eyes at x %.2f, %.2f; want neither going left", palsy[body.Left].X, palsy[body.Right].X)
	}

	cn3 := figure(t, "cn3:L").Pose(body.Rest, 2).Face
	g := cn3.Gaze[body.Left]
	if g.X < 0.3 || g.Y < 0.3 {
		t.Errorf("cn3:L at rest: left eye at (%.2f, %.2f), want down (+y) and out (+x)", g.X, g.Y)
	}
	if cn3.Lid[body.Left] > 0.7 || cn3.Lid[body.Right] < 1 {
		t.Errorf("cn3:L lids open %v (left, right), want the left drooping", cn3.Lid)
	}
	if cn3.Pupil[body.Left] <= cn3.Pupil[body.Right] {
		t.Errorf("cn3:L pupils %v, want the left dilated", cn3.Pupil)
	}
	if h := figure(t).Pose(body.LookLeft, 2).Face.Gaze; h[0].X < 0.6 || h[0] != h[1] {
		t.Errorf("no lesion looking left: eyes %v, want both at the same place, left (+x)", h)
	}
}

// TestCloseEyes: asked to close the eyes, a peripheral facial palsy leaves
// its eye open, rolled up (Bell's phenomenon); a central palsy and the
// healthy side close theirs.
func TestCloseEyes(t *testing.T) {
	tests := []struct {
		name  string
		sites []string
		open  [2]bool
	}{
		{"left facial nerve", []string{"cn7:L"}, [2]bool{true, false}},
		{"left capsule: central palsy, eyes close", []string{"internal_capsule.posterior_limb:L"}, [2]bool{}},
		{"both facial nerves", []string{"cn7:B"}, [2]bool{true, true}},
		{"no lesion", nil, [2]bool{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fc := figure(t, tc.sites...).Pose(body.CloseEyes, 2).Face
			for _, s := range []body.Side{body.Left, body.Right} {
				if open := fc.Lid[s] > 0.8; open != tc.open[s] {
					t.Errorf("%v lid open %.2f, want open: %v", s, fc.Lid[s], tc.open[s])
				}
				if fc.Gaze[s].Y > -0.9 {
					t.Errorf("%v eye looks %.2f up, want rolled up (Bell's phenomenon)", s, -fc.Gaze[s].Y)
				}
			}
		})
	}
}

// TestTrochlearPalsy: without its superior oblique an eye rides higher than
// the other, most when it turns in; the nucleus's fibres cross, so a left
// nucleus takes the right eye's muscle.
func TestTrochlearPalsy(t *testing.T) {
	tests := []struct {
		site string
		high body.Side
		// in is the look that turns the high eye in.
		in body.Action
	}{
		{"cn4:L", body.Left, body.LookRight},
		{"cn4_nucleus:L", body.Right, body.LookLeft},
	}
	for _, tc := range tests {
		t.Run(tc.site, func(t *testing.T) {
			f := figure(t, tc.site)
			above := func(act body.Action) float32 {
				g := f.Pose(act, 2).Face.Gaze
				return g[tc.high.Other()].Y - g[tc.high].Y
			}
			rest, in := above(body.Rest), above(tc.in)
			if rest < 0.1 {
				t.Errorf("at rest the %v eye is %.2f above the other, want higher", tc.high, rest)
			}
			if in < rest+0.2 {
				t.Errorf("turned in, the %v eye is %.2f above the other (%.2f at rest), want more", tc.high, in, rest)
			}
		})
	}
	g := figure(t).Pose(body.LookRight, 2).Face.Gaze
	if g[body.Left].Y != g[body.Right].Y {
		t.Errorf("a healthy patient's eyes are at heights %.2f and %.2f, want level", g[body.Left].Y, g[body.Right].Y)
	}
}
