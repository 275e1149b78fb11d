package lesion_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/go-gl/mathgl/mgl64"
)

// signSides returns the sides (or directions) sign is reported on.
func signSides(r *lesion.Result, sign string) []string {
	var out []string
	for _, s := range r.Signs {
		if s.Sign == sign {
			out = append(out, s.Side+s.Toward)
		}
	}
	slices.Sort(out)
	return out
}

// TestNuclearOculomotorPtosisIsBilateralOrNone: the levator subnucleus is
// unpaired and midline (Daroff's rule), so a lesion of the oculomotor
// nuclear complex gives ptosis on both sides or none, whether the named
// nucleus or spheres in and around it; only the fascicle or nerve gives a
// one-sided ptosis.
func TestNuclearOculomotorPtosisIsBilateralOrNone(t *testing.T) {
	eng := testEngine(t)
	a := eng.Atlas()
	_, nuc := a.Pool("cn3.mr")
	for _, phase := range []lesion.Phase{lesion.Acute, lesion.Chronic} {
		for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
			c := anatomy.OnSide(nuc.At, side)
			cases := []string{"cn3_nucleus:" + side.String()}
			for _, r := range []float64{0.5, 1, 1.5, 2, nuc.R} {
				cases = append(cases, point(c, r))
			}
			// Just off the midline, towards the levator subnucleus.
			cases = append(cases, point(c.Add(mgl64.Vec3{-c[0] / 2, -1, -1}), 1.5))
			for _, text := range cases {
				r := evaluate(t, phase, text)
				if got := signSides(r, "ptosis"); len(got) == 1 {
					t.Errorf("%s (%s): ptosis on %v only; a nuclear lesion gives it on both sides or neither", text, phase, got)
				}
			}
			// The levator subnucleus itself: both lids.
			r := evaluate(t, phase, point(mgl64.Vec3{0, -29, -8}, 1.5))
			if got := signSides(r, "ptosis"); !slices.Equal(got, []string{"L", "R"}) {
				t.Errorf("sphere on the central caudal subnucleus (%s): ptosis %v, want both sides", phase, got)
			}
			// The fascicle or nerve: that side only.
			for _, text := range []string{"cn3:" + side.String()} {
				r := evaluate(t, phase, text)
				if got := signSides(r, "ptosis"); !slices.Equal(got, []string{side.String()}) {
					t.Errorf("%s (%s): ptosis %v, want %s only", text, phase, got, side)
				}
			}
		}
	}
}

// TestMidbrainSpheresGiveUnilateralPtosisOnlyThroughTheFascicle: over a
// grid of spheres through the midbrain, a ptosis on one side only appears
// when the sphere cuts that side's oculomotor fascicle or nerve more than
// the other's; a sphere that reaches neither fascicle never gives one.
func TestMidbrainSpheresGiveUnilateralPtosisOnlyThroughTheFascicle(t *testing.T) {
	checked, unilateral := 0, 0
	for x := -10.0; x <= 10; x += 2 {
		for y := -38.0; y <= -10; y += 3 {
			for z := -18.0; z <= 0; z += 3 {
				for _, rad := range []float64{0.5, 1.5, 3, 5} {
					text := point(mgl64.Vec3{x, y, z}, rad)
					r := evaluate(t, lesion.Chronic, text)
					checked++
					got := signSides(r, "ptosis")
					if len(got) != 1 {
						continue
					}
					unilateral++
					s := got[0]
					other := map[string]string{"L": "R", "R": "L"}[s]
					if fascicleCut(r, s) <= fascicleCut(r, other) {
						t.Errorf("%s: ptosis on %s only, but it cuts that side's oculomotor fascicle %.2f, the other's %.2f",
							text, s, fascicleCut(r, s), fascicleCut(r, other))
					}
				}
			}
		}
	}
	if unilateral == 0 {
		t.Errorf("none of %d spheres gave a fascicular (one-sided) ptosis: the grid misses the fascicles", checked)
	}
}

// fascicleCut returns the share of the oculomotor nerve element on side
// the lesion destroyed.
func fascicleCut(r *lesion.Result, side string) float64 {
	for _, d := range r.Destroyed {
		if d.Name == "cn3" && d.Side == side {
			return d.Share
		}
	}
	return 0
}

// TestTrochlearNerveLiesOutsideTheCrus: the trochlear nerve winds round
// the lateral peduncle in the ambient cistern, so small spheres anywhere in
// the crus's corticofugal fibres weaken the limbs but never the superior
// oblique; the nerve itself does.
func TestTrochlearNerveLiesOutsideTheCrus(t *testing.T) {
	eng := testEngine(t)
	a := eng.Atlas()
	for _, phase := range []lesion.Phase{lesion.Acute, lesion.Chronic} {
		for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
			for ci := range a.Channels {
				c := &a.Channels[ci]
				for _, p := range c.Course {
					if p.Station != "crus" {
						continue
					}
					for _, rad := range []float64{1, 2, 3} {
						text := point(anatomy.OnSide(p.At, side), rad)
						r := evaluate(t, phase, text)
						for _, s := range []string{"L", "R"} {
							if sev := severity(r, "eye_intorsion", s); sev > 0 {
								t.Errorf("%s (%s channel in the crus, %s): superior oblique on %s weak %.2f", text, c.ID, phase, s, sev)
							}
						}
					}
				}
			}
			r := evaluate(t, phase, "cerebral_peduncle:"+side.String())
			for _, s := range []string{"L", "R"} {
				if sev := severity(r, "eye_intorsion", s); sev > 0 {
					t.Errorf("cerebral_peduncle:%s (%s): superior oblique on %s weak %.2f", side, phase, s, sev)
				}
			}
			r = evaluate(t, phase, "cn4:"+side.String())
			if severity(r, "eye_intorsion", side.String()) < 0.7 {
				t.Errorf("cn4:%s (%s): superior oblique not paralysed: %s", side, phase, r.Summary)
			}
		}
	}
}

// TestEyeDeviationNeedsAnAntagonist: an eye deviates only when a muscle
// is weak and its antagonist pulls: a third nerve palsy leaves the eye down
// and out, a sixth turned in, but a total ophthalmoplegia (III, IV and VI
// together, as in the cavernous sinus) leaves it in the primary position.
func TestEyeDeviationNeedsAnAntagonist(t *testing.T) {
	for _, phase := range []lesion.Phase{lesion.Acute, lesion.Chronic} {
		for _, s := range []string{"L", "R"} {
			for _, c := range []struct {
				sites           []string
				downOut, inward bool
			}{
				{[]string{"cn3:" + s}, true, false},
				{[]string{"cn6:" + s}, false, true},
				{[]string{"cn3:" + s, "cn4:" + s, "cn6:" + s}, false, false},
				{[]string{"cn3:" + s, "cn6:" + s}, false, false},
				{[]string{"cn3_nucleus:" + s, "cn6:" + s}, false, false},
			} {
				r := evaluate(t, phase, c.sites...)
				name := strings.Join(c.sites, " + ") + " (" + string(phase) + ")"
				if got := slices.Contains(signSides(r, "eye_down_and_out"), s); got != c.downOut {
					t.Errorf("%s: eye down and out on %s %v, want %v", name, s, got, c.downOut)
				}
				if got := slices.Contains(signSides(r, "esotropia"), s); got != c.inward {
					t.Errorf("%s: esotropia on %s %v, want %v", name, s, got, c.inward)
				}
				if sev := severity(r, "eye_adduction_elevation_depression", s); len(c.sites) > 1 && sev < 0.7 {
					t.Errorf("%s: the third nerve's muscles are not paralysed (%.2f)", name, sev)
				}
			}
		}
	}
}

// TestBilateralCorticobulbarUpperFace: one rule for the upper face after
// any bilateral supranuclear lesion: weak on both sides, of upper motor
// neuron type, never paralysed (in the locked-in state the patient blinks
// and closes the eyes), whether both capsules, both peduncles, the basis
// pontis or a disease of the upper motor neurons; and spared (the forehead
// spared) after any one-sided one.
func TestBilateralCorticobulbarUpperFace(t *testing.T) {
	bilateral := [][]string{
		{"internal_capsule.genu:B"}, {"internal_capsule.posterior_limb:B"}, {"corona_radiata:B"},
		{"precentral.face:B"}, {"cerebral_peduncle:B"}, {"basis_pontis.rostral:B"},
		{"basis_pontis.rostral:B", "pprf:B"}, {"disease.pls"},
		{"internal_capsule.genu:L", "cerebral_peduncle:R"},
	}
	for _, phase := range []lesion.Phase{lesion.Acute, lesion.Chronic} {
		bilateralUpperFace(t, phase, bilateral)
	}
	for _, text := range []string{"internal_capsule.genu:L", "cerebral_peduncle:R", "basis_pontis.rostral:L", "precentral:R", "corona_radiata:L"} {
		r := evaluate(t, lesion.Chronic, text)
		for _, s := range []string{"L", "R"} {
			if sev := severity(r, "upper_face", s); sev > 0 {
				t.Errorf("%s: upper face on %s weak %.2f after a one-sided lesion", text, s, sev)
			}
		}
	}
}

// bilateralUpperFace checks the upper face after each of the bilateral
// lesions at phase.
func bilateralUpperFace(t *testing.T, phase lesion.Phase, bilateral [][]string) {
	t.Helper()
	r := evaluate(t, phase, "cerebral_peduncle:B")
	complete := severity(r, "upper_face", "L")
	for _, sites := range bilateral {
		r := evaluate(t, phase, sites...)
		name := strings.Join(sites, " + ") + " (" + string(phase) + ")"
		for _, s := range []string{"L", "R"} {
			sev := severity(r, "upper_face", s)
			if sev < 0.15 || sev > 0.55 {
				t.Errorf("%s: upper face on %s %.2f, want mild to moderate weakness (0.15-0.55)", name, s, sev)
			}
			if sev > complete+1e-9 {
				t.Errorf("%s: upper face on %s %.2f, weaker than after losing every corticobulbar fibre (%.2f)", name, s, sev, complete)
			}
			if severity(r, "lower_face", s) <= sev {
				t.Errorf("%s: the lower face on %s is no weaker than the upper", name, s)
			}
		}
		if got := signSides(r, "bell_phenomenon"); len(got) > 0 {
			t.Errorf("%s: Bell's phenomenon on %v; the eyes still close", name, got)
		}
	}
}

// TestFasciculationsComeFromMotorNeuronsAndRoots: a facial nerve palsy or
// a limb nerve lesion wastes its muscles without fasciculations; the loss
// of the motor neurons (the facial nucleus, the ventral horn, ALS) or of a
// root makes them, and so does a hypoglossal palsy, whose denervated
// tongue twitches visibly under its mucosa.
func TestFasciculationsComeFromMotorNeuronsAndRoots(t *testing.T) {
	for _, s := range []string{"L", "R"} {
		for _, c := range []struct {
			site string
			want bool
		}{
			{"cn7:" + s, false},
			{"ulnar_nerve:" + s, false},
			{"common_peroneal_nerve:" + s, false},
			{"cn7_nucleus:" + s, true},
			{"cn12:" + s, true},
			{"cn12_nucleus:" + s, true},
			{"ventral_horn:" + s + "@C8", true},
			{"ventral_root:" + s + "@C7", true},
		} {
			r := evaluate(t, lesion.Chronic, c.site)
			if got := slices.Contains(signSides(r, "fasciculations"), s); got != c.want {
				t.Errorf("%s: fasciculations on %s %v, want %v (%s)", c.site, s, got, c.want, r.Summary)
			}
			if c.site == "cn7:"+s && !slices.Contains(signSides(r, "atrophy"), s) {
				t.Errorf("%s: the paralysed face should waste", c.site)
			}
			// Nothing twitches in the first days.
			if r := evaluate(t, lesion.Acute, c.site); len(signSides(r, "fasciculations")) > 0 {
				t.Errorf("%s (acute): fasciculations already", c.site)
			}
		}
	}
	if got := signSides(evaluate(t, lesion.Chronic, "disease.als"), "fasciculations"); len(got) != 2 {
		t.Errorf("ALS: fasciculations on %v, want both sides", got)
	}
}
