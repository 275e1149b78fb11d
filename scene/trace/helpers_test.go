package trace_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
)

// testAtlas returns the embedded atlas, loaded once per test binary.
func testAtlas(tb testing.TB) *anatomy.Atlas {
	tb.Helper()
	return testatlas.Atlas(tb)
}

// mustTrace parses start and traces it, failing tb on any error.
func mustTrace(tb testing.TB, start string) *trace.Chain {
	tb.Helper()
	a := testAtlas(tb)
	s, err := trace.ParseStart(a, start)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := trace.Trace(a, s)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// subtree returns the indices of node i and all nodes below it.
func subtree(c *trace.Chain, i int) []int {
	nodes := c.Branches()
	out := []int{i}
	for j := i + 1; j < len(nodes); j++ {
		for p := nodes[j].Parent; p >= 0; p = nodes[p].Parent {
			if p == i {
				out = append(out, j)
				break
			}
		}
	}
	return out
}

// stationIn returns the first node of nodes with a station whose caption
// contains text, the station, and whether there is one.
func stationIn(c *trace.Chain, nodes []int, text string) (int, trace.Station, bool) {
	for _, i := range nodes {
		for _, st := range c.Branches()[i].Branch.Stations {
			if strings.Contains(st.Caption, text) {
				return i, st, true
			}
		}
	}
	return -1, trace.Station{}, false
}

// all returns the indices of every node of c.
func all(c *trace.Chain) []int {
	out := make([]int, len(c.Branches()))
	for i := range out {
		out[i] = i
	}
	return out
}

// captions returns every station caption of c, joined by newlines, for
// failure messages.
func captions(c *trace.Chain) string {
	var b strings.Builder
	for _, n := range c.Branches() {
		for _, st := range n.Branch.Stations {
			b.WriteString(st.Caption + "\n")
		}
	}
	return b.String()
}

// allStarts returns a start of every kind the atlas allows, on both sides:
// every area with descending fibres, every nucleus, every horn with motor
// neurons, every region.
func allStarts(tb testing.TB) []trace.Start {
	a := testAtlas(tb)
	var out []trace.Start
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		for _, ar := range a.Areas {
			if a.ChannelOfArea(ar.ID) != nil || len(ar.Path) > 1 {
				out = append(out, trace.Start{Kind: trace.FromArea, ID: ar.ID, Side: side})
			}
		}
		for _, n := range a.Nuclei {
			out = append(out, trace.Start{Kind: trace.FromNucleus, ID: n.ID, Side: side})
		}
		for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
			for _, col := range a.Columns {
				if col.ProfileAt(l) != nil {
					out = append(out, trace.Start{Kind: trace.FromHorn, Level: l, Side: side})
					break
				}
			}
		}
		for _, r := range anatomy.Regions {
			out = append(out, trace.Start{Kind: trace.FromRegion, ID: r, Side: side})
		}
	}
	return out
}
