package anatomy_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl64"
)

// loadAtlas returns the shipped atlas, loaded once for the package's tests.
func loadAtlas(t *testing.T) *anatomy.Atlas { return testatlas.Atlas(t) }

// TestCentreFibresReachTheCord: a brainstem centre's fibres run on without
// a gap from the end of its own path to its tract's place at the top of
// the cord, on its own side and, for fibres that cross in the medulla, on
// the other.
func TestCentreFibresReachTheCord(t *testing.T) {
	a := loadAtlas(t)
	top := a.Segments[0].Top
	for i := range a.Tracts {
		tr := &a.Tracts[i]
		if tr.From == "cortex" {
			continue
		}
		ar := a.Area(tr.From)
		for _, c := range []struct{ src, dest anatomy.Side }{{anatomy.Left, anatomy.Left}, {anatomy.Right, anatomy.Right}, {anatomy.Left, anatomy.Right}} {
			p := a.CentreJoin(tr, c.src, c.dest)
			if len(p) < 2 {
				t.Errorf("%s: no join from %s to the cord", tr.ID, ar.ID)
				continue
			}
			if end := anatomy.OnSide(ar.Path[len(ar.Path)-1], c.src); p[0].Sub(end).Len() > 1e-9 {
				t.Errorf("%s %v->%v: join starts at %v, want the end of %s's path %v", tr.ID, c.src, c.dest, p[0], ar.ID, end)
			}
			want := a.CordPoint(0, tr.At[0], tr.At[1], c.dest, top)
			if got := p[len(p)-1]; got.Sub(want).Len() > 1e-9 {
				t.Errorf("%s %v->%v: join ends at %v, want the tract at the cord's top %v", tr.ID, c.src, c.dest, got, want)
			}
			crosses := false
			for _, q := range p {
				crosses = crosses || q.X() == 0
			}
			if crosses != (c.src != c.dest) {
				t.Errorf("%s %v->%v: crosses the midline %v", tr.ID, c.src, c.dest, crosses)
			}
		}
	}
}

// TestNervesStartAtTheirRoots: a peripheral nerve begins no higher than
// the highest foramen of the ventral roots that feed it (its muscles'
// segments; not the accessory nerve, whose axons leave by rootlets),
// and a nerve whose roots all run down the canal as the cauda equina
// (below L1) begins at its highest root's end and passes every other
// root's end: the roots join it without a gap.
func TestNervesStartAtTheirRoots(t *testing.T) {
	a := loadAtlas(t)
	l2, _ := anatomy.ParseLevel("L2")
	for _, nv := range a.Nerves {
		levels := map[anatomy.Level]bool{}
		for _, m := range a.Muscles {
			if len(m.Nerves) == 0 || m.Nerves[0] != nv.ID || !m.UsesRoot() {
				continue
			}
			for seg := range m.Segments {
				l, err := anatomy.ParseLevel(seg)
				if err != nil {
					t.Fatal(err)
				}
				levels[l] = true
			}
		}
		if len(levels) == 0 {
			continue
		}
		highest := anatomy.Level(anatomy.NumLevels)
		cauda := true
		for l := range levels {
			highest = min(highest, l)
			cauda = cauda && l >= l2
		}
		start := mgl64.Vec3(nv.Path[0])
		if exit := a.Segment(highest).Exit; start.Z() > exit+0.5 {
			t.Errorf("%s starts at z %g, above its highest root's (%s) foramen at z %g", nv.ID, start.Z(), highest, exit)
		}
		if !cauda {
			continue
		}
		for l := range levels {
			root := a.RootPath(l, anatomy.Left)
			end := root[len(root)-1]
			d := math.Inf(1)
			for i := 1; i < len(nv.Path); i++ {
				d = math.Min(d, segDist(end, mgl64.Vec3(nv.Path[i-1]), mgl64.Vec3(nv.Path[i])))
			}
			if l == highest && start.Sub(end).Len() > 0.5 {
				t.Errorf("%s starts at %v, want its highest root's (%s) end %v", nv.ID, start, l, end)
			}
			if d > 0.5 {
				t.Errorf("%s passes %.1f mm from the end of its %s root %v", nv.ID, d, l, end)
			}
		}
	}
}

func segDist(p, a, b mgl64.Vec3) float64 {
	ab := b.Sub(a)
	t := 0.0
	if l2 := ab.Dot(ab); l2 > 0 {
		t = math.Max(0, math.Min(1, p.Sub(a).Dot(ab)/l2))
	}
	return p.Sub(a.Add(ab.Mul(t))).Len()
}
