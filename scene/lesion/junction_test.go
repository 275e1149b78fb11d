package lesion_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/go-gl/mathgl/mgl64"
)

// TestLowestMedullaCutsBrainstemTracts: a brainstem centre's fibres run
// without a gap from the centre down to their tract at the top of the cord,
// so a small lesion anywhere in the lowest medulla between the end of the
// centre's path and the cord cuts them, as it cuts the corticospinal
// fibres crossing beside them.
func TestLowestMedullaCutsBrainstemTracts(t *testing.T) {
	a := testatlas.Atlas(t)
	top := a.Segments[0].Top
	for i := range a.Tracts {
		tr := &a.Tracts[i]
		ar := a.Area(tr.From)
		if ar == nil {
			continue
		}
		end := mgl64.Vec3(ar.Path[len(ar.Path)-1])
		cord := a.CordPoint(0, tr.At[0], tr.At[1], anatomy.Left, top)
		for _, f := range []float64{0.2, 0.5, 0.8} {
			at := end.Add(cord.Sub(end).Mul(f))
			res := evaluate(t, lesion.Chronic, point(at, 1))
			cut := 0.0
			for _, d := range res.Destroyed {
				if d.Axons && d.Side == "L" && strings.HasPrefix(d.Name, ar.ID+" axons") {
					cut = max(cut, d.Share)
				}
			}
			if cut < 0.5 {
				t.Errorf("%s (%s fibres) %.0f%% of the way from the centre's path (z %g) to the cord (z %g): cut %.2f of them, want at least half",
					tr.ID, ar.ID, f*100, end.Z(), top, cut)
			}
		}
	}
}

// TestBilateralLowestMedullaStopsBreathing: both sides' bulbospinal
// respiratory fibres cut between the ventral respiratory group and the
// cord leave the phrenic motor neurons without their drive: the diaphragm
// is paralysed, of upper motor neuron type, and the patient needs a
// ventilator (as with a lesion at C1-C3).
func TestBilateralLowestMedullaStopsBreathing(t *testing.T) {
	a := testatlas.Atlas(t)
	tr := a.Tract("respiratory")
	ar := a.Area(tr.From)
	end := mgl64.Vec3(ar.Path[len(ar.Path)-1])
	cord := a.CordPoint(0, tr.At[0], tr.At[1], anatomy.Left, a.Segments[0].Top)
	at := end.Add(cord).Mul(0.5)
	mirror := mgl64.Vec3{-at.X(), at.Y(), at.Z()}
	res := evaluate(t, lesion.Chronic, point(at, 2), point(mirror, 2))
	for _, s := range []string{"L", "R"} {
		d := findDeficit(res, "diaphragm", s)
		if d == nil || d.Type != "UMN" || d.Severity < 0.7 {
			t.Errorf("diaphragm:%s: got %+v, want severe UMN; deficits %s", s, d, deficitsText(res))
		}
	}
	if !findSign(res, "ventilator_dependent", "", "") {
		t.Errorf("no ventilator_dependent; signs %s", signsText(res))
	}
}

// TestOneMedullaBreathes: the phrenic motor neurons take their drive from
// the ventral respiratory groups of both sides, so one group destroyed
// weakens neither hemidiaphragm, while both destroyed paralyse the
// diaphragm (upper motor neuron type: the phrenic motor neurons live).
func TestOneMedullaBreathes(t *testing.T) {
	a := testatlas.Atlas(t)
	vrg := a.Area("vrg")
	at := mgl64.Vec3(vrg.At)
	mirror := mgl64.Vec3{-at.X(), at.Y(), at.Z()}
	for _, c := range []struct {
		sites []string
		weak  bool
	}{
		{[]string{point(at, vrg.R)}, false},
		{[]string{point(mirror, vrg.R)}, false},
		{[]string{point(at, vrg.R), point(mirror, vrg.R)}, true},
	} {
		res := evaluate(t, lesion.Chronic, c.sites...)
		for _, s := range []string{"L", "R"} {
			d := findDeficit(res, "diaphragm", s)
			switch {
			case !c.weak && d != nil:
				t.Errorf("%v: diaphragm:%s %s %.2f, want strong", c.sites, s, d.Type, d.Severity)
			case c.weak && (d == nil || d.Type != "UMN" || d.Severity < 0.7):
				t.Errorf("%v: diaphragm:%s %+v, want severe UMN", c.sites, s, d)
			}
		}
	}
}
