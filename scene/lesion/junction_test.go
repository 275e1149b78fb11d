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
