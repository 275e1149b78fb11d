package trace_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
)

const (
	L = anatomy.Left
	R = anatomy.Right
)

// reach names one thing a chain should or should not reach; level is a
// segment name for a cord pool.
type reach struct {
	kind  trace.ReachKind
	id    string
	level string
	side  anatomy.Side
}

func (r reach) find(tb testing.TB, c *trace.Chain) (trace.Reach, bool) {
	var l anatomy.Level
	if r.level != "" {
		var err error
		if l, err = anatomy.ParseLevel(r.level); err != nil {
			tb.Fatal(err)
		}
	}
	return c.Find(r.kind, r.id, r.side, l)
}

// TestTraceReaches: each kind of start reaches the pools, muscles and
// regions the textbook says, on the right side, and not the wrong ones;
// the captions name the stations a teacher would.
func TestTraceReaches(t *testing.T) {
	for _, tc := range []struct {
		start    string
		reach    []reach
		not      []reach
		captions []string
	}{
		{"area:hand:L",
			[]reach{{trace.CordPool, "lateral_distal", "C8", R}, {trace.Region, "hand", "", R}, {trace.Muscle, "interossei", "", R}},
			[]reach{{trace.CordPool, "lateral_distal", "L5", R}, {trace.Region, "ankle_foot", "", R}, {trace.CranialPool, "cn7.lower", "", R}},
			[]string{"left hand area", "posterior limb of the left internal capsule", "left basis pontis above the facial nucleus",
				"crossing the midline in the rostral pyramidal decussation", "at the cervicomedullary junction",
				"right lateral corticospinal tract", "right C8 ventral horn (lower motor neurons)", "right C8 ventral root",
				"right ulnar nerve", "right median nerve", "right hand muscles"}},
		{"area:leg:L",
			[]reach{{trace.CordPool, "lateral_distal", "L5", R}, {trace.Region, "ankle_foot", "", R}, {trace.Muscle, "tibialis_anterior", "", R}},
			[]reach{{trace.CordPool, "lateral_distal", "C8", R}, {trace.Region, "hand", "", R}},
			[]string{"crossing the midline in the caudal pyramidal decussation", "right L5 ventral horn", "right L5 ventral root",
				"right common peroneal"}},
		{"area:neck:R",
			[]reach{{trace.CordPool, "medial", "C3", L}, {trace.CordPool, "medial", "C3", R}, {trace.Region, "scm", "", R}, {trace.Region, "trapezius", "", L}},
			[]reach{{trace.Region, "hand", "", L}},
			[]string{"right anterior corticospinal tract", "crossing in the anterior white commissure", "spinal accessory nerve"}},
		{"area:face:L",
			[]reach{{trace.CranialPool, "cn7.upper", "", L}, {trace.CranialPool, "cn7.upper", "", R}, {trace.CranialPool, "cn7.lower", "", R}, {trace.Region, "lower_face", "", R}},
			[]reach{{trace.Region, "hand", "", R}, {trace.CranialPool, "cn12", "", R}},
			[]string{"genu of the left internal capsule", "crossing the midline to the right facial motor nucleus", "right facial nerve"}},
		{"area:reticular:L",
			[]reach{{trace.CordPool, "medial", "T6", L}, {trace.CordPool, "medial", "T6", R}, {trace.CordPool, "lateral_distal", "C8", L}},
			[]reach{{trace.CordPool, "lateral_distal", "C8", R}},
			[]string{"left pontomedullary reticular formation", "left reticulospinal tract"}},
		{"nucleus:cn4_nucleus:L",
			[]reach{{trace.CranialPool, "cn4", "", L}, {trace.Muscle, "superior_oblique", "", R}, {trace.Region, "eye_intorsion", "", R}},
			[]reach{{trace.Muscle, "superior_oblique", "", L}},
			[]string{"left trochlear nucleus", "right trochlear nerve"}},
		{"nucleus:cn3_nucleus:R",
			[]reach{{trace.Muscle, "medial_rectus", "", R}, {trace.Muscle, "superior_rectus", "", L}},
			[]reach{{trace.Muscle, "superior_rectus", "", R}},
			[]string{"right oculomotor nucleus", "left oculomotor nerve"}},
		{"nucleus:cn12_nucleus:R",
			[]reach{{trace.Region, "tongue", "", R}},
			[]reach{{trace.Region, "tongue", "", L}},
			[]string{"right hypoglossal nerve"}},
		{"horn:C5:L",
			[]reach{{trace.Region, "shoulder", "", L}, {trace.Region, "elbow_flexion", "", L}, {trace.Muscle, "deltoid", "", L}, {trace.Muscle, "biceps", "", L}, {trace.Muscle, "diaphragm", "", L}},
			[]reach{{trace.Region, "shoulder", "", R}, {trace.Muscle, "triceps", "", L}, {trace.Region, "hand", "", L}},
			[]string{"left C5 ventral horn", "left C5 ventral root", "left axillary nerve", "left musculocutaneous nerve"}},
		{"region:hand:L",
			[]reach{{trace.Region, "hand", "", L}, {trace.CordPool, "lateral_distal", "C8", L}},
			[]reach{{trace.Region, "wrist", "", L}, {trace.Region, "hand", "", R}, {trace.Muscle, "flexor_carpi_ulnaris", "", L}},
			[]string{"right hand area", "crossing the midline in the rostral pyramidal decussation", "left lateral corticospinal tract", "left C8 ventral horn"}},
	} {
		t.Run(tc.start, func(t *testing.T) {
			c := mustTrace(t, tc.start)
			for _, r := range tc.reach {
				got, ok := r.find(t, c)
				if !ok || got.Weight <= 0 {
					t.Errorf("does not reach %v %s %s %v", r.kind, r.id, r.level, r.side)
				}
			}
			for _, r := range tc.not {
				if _, ok := r.find(t, c); ok {
					t.Errorf("reaches %v %s %s %v, which it should not", r.kind, r.id, r.level, r.side)
				}
			}
			all := captions(c)
			for _, want := range tc.captions {
				if !strings.Contains(all, want) {
					t.Errorf("no station says %q; the stations are:\n%s", want, all)
				}
			}
		})
	}
}

// rootChild returns the child of the first root whose subtree has a station
// containing text.
func rootChild(t *testing.T, c *trace.Chain, text string) int {
	t.Helper()
	for i, n := range c.Branches() {
		if n.Parent == 0 {
			if _, _, ok := stationIn(c, subtree(c, i), text); ok {
				return i
			}
		}
	}
	t.Fatalf("no branch of the root leads to %q", text)
	return -1
}

// TestCorticospinalCrossing: a left limb area's fibres cross to the right
// in their part of the decussation, at its height in the midline, and
// everything below the crossing lies on the right; the uncrossed fibres
// are a much lighter branch that stays on the left: for the leg in the
// lateral tract, for the arm and hand in the anterior tract.
func TestCorticospinalCrossing(t *testing.T) {
	a := testAtlas(t)
	decZ := map[string]float64{}
	for _, d := range a.Decussations {
		decZ[d.ID] = d.Z
	}
	for _, tc := range []struct {
		start, part, horn  string
		crossed, uncrossed float64
		uncrossedIn        string
	}{
		{"area:hand:L", "rostral", "right C8 ventral horn", 0.9, 0.0125, "left anterior corticospinal tract"},
		{"area:leg:L", "caudal", "right L5 ventral horn", 0.9, 0.05, "(uncrossed fibres)"},
		{"area:arm:R", "rostral", "left C5 ventral horn", 0.675, 0.025, "right anterior corticospinal tract"},
	} {
		t.Run(tc.start, func(t *testing.T) {
			c := mustTrace(t, tc.start)
			nodes := c.Branches()
			crossed := rootChild(t, c, "crossing the midline in the "+tc.part+" pyramidal decussation")
			b := nodes[crossed].Branch
			if math.Abs(b.Weight-tc.crossed) > 1e-9 {
				t.Errorf("crossed branch weight %.2f, want %.2f", b.Weight, tc.crossed)
			}
			_, st, _ := stationIn(c, []int{crossed}, "pyramidal decussation")
			if !strings.Contains(st.Caption, "cervicomedullary junction") || st.Level != "cervicomedullary junction" {
				t.Errorf("decussation station %q at %q does not name the cervicomedullary junction", st.Caption, st.Level)
			}
			p := b.PointAt(st.At)
			if math.Abs(float64(p.X())) > 0.01 || math.Abs(float64(p.Z())-decZ[tc.part]) > 0.01 {
				t.Errorf("the fibres cross at %v, not in the midline at z %v", p, decZ[tc.part])
			}
			dest := float32(1) // the side the fibres cross to, as the sign of x
			if strings.HasSuffix(tc.start, ":R") {
				dest = -1
			}
			for _, i := range subtree(c, crossed) {
				br := nodes[i].Branch
				for k, q := range br.Path {
					if (i != crossed || br.Arc[k] > st.At) && q.X()*dest <= 0 {
						t.Fatalf("crossed fibres at %v (branch %d) are not on the side they crossed to", q, i)
					}
				}
				for _, s := range br.Stations {
					if strings.Contains(s.Caption, "ventral horn") && !strings.HasPrefix(s.Caption, strings.Fields(tc.horn)[0]) {
						t.Errorf("crossed fibres reach %q", s.Caption)
					}
				}
			}
			if _, _, ok := stationIn(c, subtree(c, crossed), tc.horn); !ok {
				t.Errorf("the crossed branch does not reach the %s", tc.horn)
			}
			unc := rootChild(t, c, tc.uncrossedIn)
			if w := nodes[unc].Branch.Weight; math.Abs(w-tc.uncrossed) > 1e-9 {
				t.Errorf("uncrossed branch weight %.2f, want %.2f", w, tc.uncrossed)
			}
			if w := nodes[unc].Branch.Weight; w*10 >= b.Weight {
				t.Errorf("uncrossed fibres (%.2f) are not far lighter than crossed (%.2f)", w, b.Weight)
			}
		})
	}
}

// TestCorticobulbarSplit: the face and tongue areas split at their
// nuclei's level into branches to both sides, with the atlas's shares:
// the upper face evenly, the lower face and the tongue mainly from the
// other side.
func TestCorticobulbarSplit(t *testing.T) {
	for _, tc := range []struct {
		start, pool string
		same, other float64 // summed weights of the branches to each side's pool
	}{
		{"area:face:L", "facial motor nucleus: upper face", 0.35, 0.35},
		{"area:face:L", "facial motor nucleus: lower face", 0.2, 0.8},
		{"area:tongue:L", "hypoglossal nucleus", 0.4, 0.6},
		{"area:tongue:R", "trigeminal motor nucleus", 0.5, 0.5},
	} {
		t.Run(tc.start+" "+tc.pool, func(t *testing.T) {
			c := mustTrace(t, tc.start)
			sameWord, otherWord := "left ", "right "
			if strings.HasSuffix(tc.start, ":R") {
				sameWord, otherWord = otherWord, sameWord
			}
			var same, other float64
			var nSame, nOther int
			for i, n := range c.Branches() {
				if n.Parent != 0 {
					continue
				}
				for _, st := range n.Branch.Stations {
					switch {
					case strings.HasPrefix(st.Caption, sameWord+tc.pool):
						same += n.Branch.Weight
						nSame++
					case strings.HasPrefix(st.Caption, otherWord+tc.pool):
						other += n.Branch.Weight
						nOther++
						if _, _, ok := stationIn(c, []int{i}, "crossing the midline"); !ok {
							t.Errorf("branch %d reaches the other side's %s without crossing", i, tc.pool)
						}
					}
				}
			}
			if nSame == 0 || nOther == 0 {
				t.Fatalf("the root does not split to both sides' %s (%d same, %d other):\n%s", tc.pool, nSame, nOther, captions(c))
			}
			if math.Abs(same-tc.same) > 1e-9 || math.Abs(other-tc.other) > 1e-9 {
				t.Errorf("weights same %.2f other %.2f, want %.2f and %.2f", same, other, tc.same, tc.other)
			}
		})
	}
	c := mustTrace(t, "area:face:L")
	up, _ := c.Find(trace.Region, "lower_face", L, 0)
	down, _ := c.Find(trace.Region, "lower_face", R, 0)
	if !(down.Weight > up.Weight && up.Weight > 0) {
		t.Errorf("left face area: lower face weights L %.2f R %.2f, want both, the right heavier", up.Weight, down.Weight)
	}
}

// TestRegionBackward: "what drives the left hand?" leads back to the right
// hand area through its crossed fibres as the main source, with the
// reticulospinal tract as a lighter one, and never to the left hand area;
// the impulse still runs from the cortex down.
func TestRegionBackward(t *testing.T) {
	a := testAtlas(t)
	c := mustTrace(t, "region:hand:L")
	src := c.Sources()
	if len(src) < 2 {
		t.Fatalf("sources %v, want the right hand area and the reticular formation", src)
	}
	if src[0].ID != "hand" || src[0].Side != R || math.Abs(src[0].Weight-0.9) > 1e-9 {
		t.Errorf("main source %+v, want the right hand area at 0.9", src[0])
	}
	for _, s := range src {
		if s.Kind == trace.Area && s.Side == L && a.Area(s.ID).Kind == "cortex" {
			t.Errorf("source %+v: the left cortex does not drive the left hand", s)
		}
	}
	want := map[reach]float64{{trace.Area, "reticular", "", L}: 0.1}
	for _, s := range src[1:] {
		if w, ok := want[reach{s.Kind, s.ID, "", s.Side}]; ok && math.Abs(w-s.Weight) < 1e-9 {
			delete(want, reach{s.Kind, s.ID, "", s.Side})
		}
	}
	if len(want) > 0 {
		t.Errorf("sources %+v lack %v", src, want)
	}
	root := c.Roots[0]
	if !strings.HasPrefix(root.Stations[0].Caption, "right hand area") {
		t.Errorf("the first root starts at %q, not the right hand area", root.Stations[0].Caption)
	}
	if _, _, ok := stationIn(c, subtree(c, 0), "pyramidal decussation"); !ok {
		t.Error("the main source's fibres do not cross")
	}
	if r, _ := c.Find(trace.Region, "hand", L, 0); math.Abs(r.Weight-1) > 1e-9 {
		t.Errorf("the sources supply %.2f of the left hand's drive, want all of it", r.Weight)
	}
	eye := mustTrace(t, "region:eye_abduction:R")
	if len(eye.Sources()) != 0 || len(eye.Roots) != 1 {
		t.Errorf("lateral rectus: sources %v and %d roots, want none and the abducens pool alone", eye.Sources(), len(eye.Roots))
	}
}

// TestStartErrors: starts that name nothing in the atlas are refused by
// Trace as well as by ParseStart.
func TestStartErrors(t *testing.T) {
	a := testAtlas(t)
	for _, s := range []trace.Start{
		{Kind: trace.FromArea, ID: "pprf"}, // a gaze centre: no fibres to motor neurons in the atlas
		{Kind: trace.FromArea, ID: "elbow"},
		{Kind: trace.FromNucleus, ID: "cn8_nucleus"},
		{Kind: trace.FromHorn, Level: 29},
		{Kind: trace.FromRegion, ID: "thumb"},
		{Kind: trace.StartKind(9)},
		{Kind: trace.FromHorn, Level: 7, Side: 2},
	} {
		if c, err := trace.Trace(a, s); err == nil {
			t.Errorf("Trace(%v) = %d roots, want an error", s, len(c.Roots))
		}
	}
}
