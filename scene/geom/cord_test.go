package geom

import (
	"math"
	"os"
	"slices"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/assets/meshes"
	"github.com/decussate/decussate/internal/meshbuild"
	"github.com/decussate/decussate/internal/nifti"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/mesh"
)

func loadAtlas(t *testing.T) *anatomy.Atlas {
	t.Helper()
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// pam50 is the centre (z, mm) of each spinal level in the PAM50 template,
// as issue 12 quotes it; T2-T11 and L2-L5 lie evenly between the anchors.
func pam50() map[string]float64 {
	c := map[string]float64{
		"C1": -73, "C2": -82, "C3": -96, "C4": -112, "C5": -129, "C6": -145, "C7": -160, "C8": -176,
		"T1": -192, "T12": -442, "L1": -460, "S1": -515,
	}
	for k := 2; k <= 11; k++ {
		c[anatomy.Level(8+k-1).String()] = -192 + float64(k-1)*(-442+192)/11
	}
	for k := 2; k <= 5; k++ {
		c[anatomy.Level(20+k-1).String()] = -460 + float64(k-1)*(-515+460)/5
	}
	return c
}

// TestSegmentsAtPAM50Levels: every segment from C1 to S1 is centred
// within 1 mm of its PAM50 level, and the segments run down in order,
// each meeting the next, to a conus near the L1-L2 vertebrae.
func TestSegmentsAtPAM50Levels(t *testing.T) {
	a := loadAtlas(t)
	want := pam50()
	if len(want) != 26 {
		t.Fatalf("%d PAM50 levels, want C1 to S1 (26)", len(want))
	}
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		seg := a.Segment(l)
		if seg.ID != l.String() {
			t.Errorf("segment %d is %s, want %s", l, seg.ID, l)
		}
		if seg.Top <= seg.Bottom {
			t.Errorf("%s: top %g is not above bottom %g", seg.ID, seg.Top, seg.Bottom)
		}
		if l > 0 && a.Segment(l-1).Bottom != seg.Top {
			t.Errorf("%s: top %g does not meet the bottom of %s (%g)", seg.ID, seg.Top, l-1, a.Segment(l-1).Bottom)
		}
		if math.Abs(seg.Y-(-46)) > 1 {
			t.Errorf("%s: axis at y %g, want the straightened cord's within 1 mm of PAM50's -46", seg.ID, seg.Y)
		}
		if seg.Y != a.Segment(0).Y {
			t.Errorf("%s: axis at y %g, C1's at %g: the cord is drawn straight", seg.ID, seg.Y, a.Segment(0).Y)
		}
		z, ok := want[seg.ID]
		if !ok {
			continue
		}
		if c := (seg.Top + seg.Bottom) / 2; math.Abs(c-z) > 1 {
			t.Errorf("%s: centre %.2f, PAM50 level %.2f: %.2f mm off", seg.ID, c, z, c-z)
		}
	}
	// Below S1 PAM50 gives no level: the sacral segments are short, and
	// the cord ends about 50 mm below L1's centre (at the L1-L2 vertebrae,
	// where the L1 root's foramen lies).
	tip := a.Segment(anatomy.NumLevels - 1).Bottom
	if tip > -540 || tip < -560 {
		t.Errorf("the conus ends at %g, want -540 to -560 (S1 at -515 and five short segments below)", tip)
	}
	if l1 := a.Segment(20).Exit; math.Abs(l1-tip) > 10 {
		t.Errorf("the L1 root's foramen (the L1-L2 level) at %g, %g mm from the conus's tip at %g: the conus should end near L1-L2", l1, l1-tip, tip)
	}
}

// published is a measured mean diameter and the range the test accepts
// around it.
type published struct {
	mean, tol float64
}

// TestSegmentWidthsPublished: each segment's widths name their sources,
// the measured segments carry the published means, and every segment is
// within the range the literature reports along the cord.
func TestSegmentWidthsPublished(t *testing.T) {
	a := loadAtlas(t)
	known := map[string]bool{}
	for _, s := range a.Sources {
		known[s.ID] = true
	}
	for _, tc := range []struct {
		seg, src              string
		transverse, anteropos published
	}{
		// Frostell et al. 2016, pooled means ± 1 SD by neuronal segment.
		{"C5", "frostell2016", published{13.3, 2.2}, published{7.4, 1.6}},
		{"T8", "frostell2016", published{8.3, 2.1}, published{6.3, 2.0}},
		{"L3", "frostell2016", published{9.4, 1.5}, published{}},
		// Sherman et al. 1990, means at the C2 and C7 vertebrae, where
		// the C3 and C8 segments lie; no spread given, so half a millimetre.
		{"C3", "sherman1990", published{12.4, 0.5}, published{8.8, 0.5}},
		{"C8", "sherman1990", published{11.4, 0.5}, published{7.4, 0.5}},
	} {
		l, err := anatomy.ParseLevel(tc.seg)
		if err != nil {
			t.Fatal(err)
		}
		seg := a.Segment(l)
		if !slices.Contains(seg.Src, tc.src) {
			t.Errorf("%s: sources %v lack %s, which measured it", tc.seg, seg.Src, tc.src)
		}
		for _, w := range []struct {
			name string
			got  float64
			want published
		}{{"transverse", 2 * seg.RX, tc.transverse}, {"anteroposterior", 2 * seg.RY, tc.anteropos}} {
			if w.want.mean != 0 && math.Abs(w.got-w.want.mean) > w.want.tol {
				t.Errorf("%s %s diameter %.2f mm, %s measured %.1f ± %.1f", tc.seg, w.name, w.got, tc.src, w.want.mean, w.want.tol)
			}
		}
	}
	for i := range a.Segments {
		seg := &a.Segments[i]
		if !slices.Contains(seg.Src, "pam50") || len(seg.Src) < 2 {
			t.Errorf("%s: sources %v: want pam50 for its level and at least one for its widths", seg.ID, seg.Src)
		}
		for _, s := range seg.Src {
			if !known[s] {
				t.Errorf("%s: source %q is not in sources.json", seg.ID, s)
			}
		}
		// The cord is an oval flattened front to back, its transverse
		// diameter 2-14 mm (the conus's tip to the cervical enlargement)
		// and its anteroposterior 2-9 mm (Frostell; Sherman).
		tr, ap := 2*seg.RX, 2*seg.RY
		if tr < 2 || tr > 14 || ap < 2 || ap > 9 || ap > tr {
			t.Errorf("%s: %.1f × %.1f mm (transverse × anteroposterior) is outside the published ranges", seg.ID, tr, ap)
		}
	}
	// The enlargements: C5 is the widest cervical segment and L3-L4 the
	// widest below the thoracic cord, which is narrowest in the middle.
	widest := func(from, to anatomy.Level) anatomy.Level {
		best := from
		for l := from; l <= to; l++ {
			if a.Segment(l).RX > a.Segment(best).RX {
				best = l
			}
		}
		return best
	}
	if w := widest(0, 7); w != 4 {
		t.Errorf("widest cervical segment %s, want C5", w)
	}
	if w := widest(16, 30); w != 22 && w != 23 {
		t.Errorf("widest segment below T8 is %s, want L3 or L4", w)
	}
	if a.Segment(15).RX >= a.Segment(8).RX || a.Segment(15).RX >= a.Segment(22).RX {
		t.Errorf("T8 (%.2f) is not narrower than T1 (%.2f) and L3 (%.2f)", a.Segment(15).RX, a.Segment(8).RX, a.Segment(22).RX)
	}
}

// TestCordTopMeetsMedulla: the cord's top lies within the lowest few
// millimetres of the medulla as the Allen volume labels it (its meshes),
// under the medulla's cut face, below the pyramidal decussation; teaching
// proportions start shortening there.
func TestCordTopMeetsMedulla(t *testing.T) {
	a := loadAtlas(t)
	set, err := mesh.Load(meshes.FS())
	if err != nil {
		t.Fatal(err)
	}
	top := a.Segment(0).Top
	low := math.Inf(1)
	var medulla [][3]float32
	for _, p := range []mesh.Part{mesh.Pyramid, mesh.Olive, mesh.BrainstemRest} {
		for _, m := range []*mesh.Mesh{set.Left[p], set.Right[p]} {
			if m == nil {
				continue
			}
			medulla = append(medulla, m.Positions...)
			for _, v := range m.Positions {
				low = math.Min(low, float64(v[2]))
			}
		}
	}
	if top < low || top > low+4 {
		t.Errorf("the cord's top at z %g; the medulla's lowest point at %.1f: want the top within its lowest 4 mm", top, low)
	}
	// The medulla's outline in its lowest 4 mm holds the cord's axis and
	// is about as wide as the cord's top.
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, v := range medulla {
		if float64(v[2]) < low+4 {
			minX, maxX = math.Min(minX, float64(v[0])), math.Max(maxX, float64(v[0]))
			minY, maxY = math.Min(minY, float64(v[1])), math.Max(maxY, float64(v[1]))
		}
	}
	seg := a.Segment(0)
	if seg.Y < minY || seg.Y > maxY || minX > 0 || maxX < 0 {
		t.Errorf("the cord's axis (0, %g) lies outside the medulla's lowest outline x %.1f..%.1f, y %.1f..%.1f", seg.Y, minX, maxX, minY, maxY)
	}
	if w := maxX - minX; math.Abs(w-2*seg.RX) > 5 {
		t.Errorf("the medulla's lowest outline is %.1f mm across, the cord's top %.1f: they do not join", w, 2*seg.RX)
	}
	// In the label volume itself, the cord's top on its axis is medulla.
	f, err := os.Open("../../assets/allen/AllenAtlas.nii.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vol, err := nifti.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	switch l := meshbuild.Derive(vol).LabelAtMM([3]float64{0, seg.Y, top}); l {
	case meshbuild.LabelMoTg, meshbuild.LabelMoPy, meshbuild.LabelIO, meshbuild.LabelCec:
	default:
		t.Errorf("the cord's top on its axis (0, %g, %g) is label %d in the Allen volume, not the medulla", seg.Y, top, l)
	}
	for _, d := range a.Decussations {
		if d.Z <= top {
			t.Errorf("decussation %s at z %g is not above the cord's top at %g", d.ID, d.Z, top)
		}
	}
	if ForamenZ != top {
		t.Errorf("ForamenZ %g, the cord's top %g: teaching proportions must start at the cord", float64(ForamenZ), top)
	}
}

// TestColumnsInsideVentralHorn: every motor column of columns.json lies in
// the ventral horn as drawn at each level it has a pool at, so the columns
// scale with each section.
func TestColumnsInsideVentralHorn(t *testing.T) {
	a := loadAtlas(t)
	i := slices.IndexFunc(horns, func(h horn) bool { return h.id == "ventral_horn" })
	if i < 0 {
		t.Fatal("no ventral horn")
	}
	for _, c := range a.Columns {
		for _, p := range c.Profiles {
			for l := p.First; l <= p.Last; l++ {
				h := hornAt(horns[i], l)
				dx := (c.At[0] - float64(h.fx)) / float64(h.kx)
				dy := (c.At[1] - float64(h.fy)) / float64(h.ky)
				if dx*dx+dy*dy > 1 {
					t.Errorf("column %s at %v lies outside the ventral horn at %s (centre %.2f, %.2f; half-widths %.2f, %.2f)", c.ID, c.At, l, h.fx, h.fy, h.kx, h.ky)
				}
			}
		}
	}
}

// TestRootsRunToTheirForamina: each ventral root leaves the cord at its
// segment, never climbs, ends at its foramen, and once off the cord does
// not pass back through it (the cauda equina runs beside the conus).
func TestRootsRunToTheirForamina(t *testing.T) {
	a := loadAtlas(t)
	top, tip := a.Segment(0).Top, a.Segment(anatomy.NumLevels-1).Bottom
	levelAt := func(z float64) *anatomy.Segment {
		for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
			if z > a.Segment(l).Bottom {
				return a.Segment(l)
			}
		}
		return a.Segment(anatomy.NumLevels - 1)
	}
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		seg := a.Segment(l)
		for _, s := range []anatomy.Side{anatomy.Left, anatomy.Right} {
			path := a.RootPath(l, s)
			if z := path[0].Z(); z > seg.Top || z < seg.Bottom {
				t.Errorf("root %s %s starts at z %.1f, outside its segment %g..%g", l, s, z, seg.Top, seg.Bottom)
			}
			if end := path[len(path)-1]; end.Z() != seg.Exit || math.Abs(end.X()) < 15 {
				t.Errorf("root %s %s ends at %v, want its foramen at z %g, lateral to the canal", l, s, end, seg.Exit)
			}
			for i := 1; i < len(path); i++ {
				if path[i].Z() > path[i-1].Z()+1e-9 {
					t.Errorf("root %s %s climbs from %v to %v", l, s, path[i-1], path[i])
				}
				if (s == anatomy.Left) != (path[i].X() < 0) {
					t.Errorf("root %s %s crosses the midline at %v", l, s, path[i])
				}
				if i == 1 {
					continue // leaving the cord from the ventral horn's edge
				}
				for k := 0; k <= 20; k++ {
					p := path[i-1].Add(path[i].Sub(path[i-1]).Mul(float64(k) / 20))
					if p.Z() > top || p.Z() < tip {
						continue
					}
					c := levelAt(p.Z())
					dx, dy := p.X()/c.RX, (p.Y()-c.Y)/c.RY
					if dx*dx+dy*dy < 1 {
						t.Errorf("root %s %s passes through the cord at %v (segment %s)", l, s, p, c.ID)
						break
					}
				}
			}
		}
	}
}

// TestTractsInWhiteMatter: every descending tract's place in the cord's
// cross-section (and each channel's in the lateral corticospinal tract)
// lies in the white matter, inside the outline and outside both horns.
func TestTractsInWhiteMatter(t *testing.T) {
	a := loadAtlas(t)
	places := map[string][2]float64{}
	for _, tr := range a.Tracts {
		if !tr.ByChannel {
			places["tract "+tr.ID] = tr.At
		}
	}
	for _, c := range a.Channels {
		if c.Kind == "corticospinal" {
			places["lateral corticospinal channel "+c.ID] = c.Lateral
		}
	}
	if len(places) < 8 {
		t.Fatalf("only %d tract places", len(places))
	}
	for name, p := range places {
		if p[0]*p[0]+p[1]*p[1] >= 1 {
			t.Errorf("%s at %v lies outside the cord", name, p)
		}
		for _, h := range horns {
			for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
				sh := hornAt(h, l)
				dx := (p[0] - float64(sh.fx)) / float64(sh.kx)
				dy := (p[1] - float64(sh.fy)) / float64(sh.ky)
				if dx*dx+dy*dy <= 1 {
					t.Errorf("%s at %v lies in the %s at %s, not in the white matter", name, p, h.name, l)
					break
				}
			}
		}
	}
}
