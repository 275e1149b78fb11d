package trace_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/trace"
)

// TestImpulseAdvances: as time runs, every pulse moves forward along its
// branch, each branch is entered once, and the caption steps through the
// principal route's stations in order, from the cortex to the muscles.
func TestImpulseAdvances(t *testing.T) {
	c := mustTrace(t, "area:hand:L")
	const speed = 100.0 // mm/s
	last := make([]float32, len(c.Branches()))
	for i := range last {
		last[i] = -1
	}
	gone := make([]bool, len(c.Branches()))
	var seen []string
	var buf []trace.Pulse
	end := float64(c.Length())/speed + 0.5
	for t0 := 0.0; t0 <= end; t0 += 0.01 {
		var st *trace.Station
		buf, st = c.Impulse(buf, t0, speed)
		here := make([]bool, len(last))
		for _, p := range buf {
			if gone[p.Node] {
				t.Fatalf("t=%.2f: a pulse is back on branch %d after leaving it", t0, p.Node)
			}
			if p.At < last[p.Node] {
				t.Fatalf("t=%.2f: the pulse on branch %d went back from %.1f to %.1f mm", t0, p.Node, last[p.Node], p.At)
			}
			if want := c.Branches()[p.Node].Branch.PointAt(p.At); want != p.Pos {
				t.Fatalf("t=%.2f: pulse at %v, its branch is at %v there", t0, p.Pos, want)
			}
			last[p.Node], here[p.Node] = p.At, true
		}
		for i := range last {
			if last[i] >= 0 && !here[i] {
				gone[i] = true
			}
		}
		if st != nil && (len(seen) == 0 || seen[len(seen)-1] != st.Caption) {
			seen = append(seen, st.Caption)
		}
	}
	for i := range gone {
		if !gone[i] {
			t.Errorf("the impulse never ran the length of branch %d", i)
		}
	}
	order := []string{"left hand area", "left corona radiata", "posterior limb of the left internal capsule",
		"left crus cerebri", "left medullary pyramid", "rostral pyramidal decussation", "right lateral corticospinal tract",
		"right C8 ventral horn", "right C8 ventral root", "nerve", "right wrist and hand muscles"}
	k := 0
	for _, s := range seen {
		if k < len(order) && strings.Contains(s, order[k]) {
			k++
		}
	}
	if k < len(order) {
		t.Errorf("the captions ran %q, missing %q in order", seen, order[k])
	}
}

// TestImpulseSplits: where a projection splits, the impulse runs on down
// every child: one pulse before the branch point, one per branch after.
func TestImpulseSplits(t *testing.T) {
	for _, tc := range []struct {
		start         string
		before, after int
	}{
		{"area:hand:L", 1, 2}, // crossed and uncrossed fibres leave the pyramid
		{"area:face:L", 1, 5}, // the trunk runs on; four branches leave for both facial nuclei
		{"area:neck:L", 1, 3}, // crossed, uncrossed and anterior tracts
	} {
		t.Run(tc.start, func(t *testing.T) {
			c := mustTrace(t, tc.start)
			split := c.Branches()[0].Branch.Length()
			for _, n := range c.Branches() {
				if n.Parent == 0 && n.Branch.Offset < split {
					split = n.Branch.Offset
				}
			}
			before, _ := c.Impulse(nil, float64(split)-0.5, 1)
			after, _ := c.Impulse(nil, float64(split)+0.5, 1)
			if len(before) != tc.before || len(after) != tc.after {
				t.Errorf("pulses %d before the split at %.0f mm and %d after, want %d and %d", len(before), split, len(after), tc.before, tc.after)
			}
			if first, _ := c.Impulse(nil, 0.5, 1); len(first) != len(c.Roots) {
				t.Errorf("%d pulses set off from %d roots", len(first), len(c.Roots))
			}
			main := 0
			for _, p := range after {
				if p.Main {
					main++
				}
			}
			if main != 1 {
				t.Errorf("%d pulses on the principal route after the split, want 1", main)
			}
		})
	}
}

// TestImpulseAllocatesNothing: with a buffer as long as the chain has
// branches, a frame's call allocates nothing.
func TestImpulseAllocatesNothing(t *testing.T) {
	c := mustTrace(t, "area:leg:L")
	buf := make([]trace.Pulse, 0, len(c.Branches()))
	tt := 0.0
	allocs := testing.AllocsPerRun(200, func() {
		tt += 0.013
		buf, _ = c.Impulse(buf, tt, 120)
	})
	if allocs != 0 {
		t.Errorf("Impulse allocates %.1f times per call", allocs)
	}
}

// BenchmarkImpulse is one frame's impulse on the largest forward chain (the
// leg area's: both lateral tracts, two columns, the sciatic nerves); it
// must not allocate.
func BenchmarkImpulse(b *testing.B) {
	c := mustTrace(b, "area:leg:L")
	buf := make([]trace.Pulse, 0, len(c.Branches()))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf, _ = c.Impulse(buf, float64(i%600)/60, 150)
	}
}

// BenchmarkTrace is starting a trace: done once per click, not per frame.
func BenchmarkTrace(b *testing.B) {
	a := testAtlas(b)
	s := trace.Start{Kind: trace.FromRegion, ID: "hand", Side: L}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := trace.Trace(a, s); err != nil {
			b.Fatal(err)
		}
	}
}
