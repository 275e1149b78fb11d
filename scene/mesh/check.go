package mesh

import (
	"fmt"
	"sort"
)

// CheckClosed reports whether m is a closed, consistently oriented
// 2-manifold surface: every edge is used by exactly two triangles, once in
// each direction (so no triangle is flipped against its neighbours), no
// triangle repeats a vertex, and the enclosed volume is positive (the
// triangles face outward). It returns the first fault found.
func CheckClosed(m *Mesh) error {
	type edge struct{ a, b uint32 }
	directed := make([]edge, 0, 3*len(m.Triangles))
	for i, t := range m.Triangles {
		for c := 0; c < 3; c++ {
			if int(t[c]) >= len(m.Positions) {
				return fmt.Errorf("triangle %d: vertex %d out of range", i, t[c])
			}
		}
		if t[0] == t[1] || t[1] == t[2] || t[0] == t[2] {
			return fmt.Errorf("triangle %d repeats a vertex: %v", i, t)
		}
		directed = append(directed, edge{t[0], t[1]}, edge{t[1], t[2]}, edge{t[2], t[0]})
	}
	sort.Slice(directed, func(i, j int) bool {
		if directed[i].a != directed[j].a {
			return directed[i].a < directed[j].a
		}
		return directed[i].b < directed[j].b
	})
	for i := 1; i < len(directed); i++ {
		if directed[i] == directed[i-1] {
			return fmt.Errorf("edge %d→%d is used twice in the same direction: a flipped triangle or a non-manifold edge", directed[i].a, directed[i].b)
		}
	}
	has := func(e edge) bool {
		k := sort.Search(len(directed), func(i int) bool {
			d := directed[i]
			return d.a > e.a || d.a == e.a && d.b >= e.b
		})
		return k < len(directed) && directed[k] == e
	}
	// Each directed edge used once and its reverse present means every
	// undirected edge has exactly two triangles, wound oppositely.
	for _, e := range directed {
		if !has(edge{e.b, e.a}) {
			return fmt.Errorf("edge %d→%d has no opposite: the surface has a hole there", e.a, e.b)
		}
	}
	if v := m.SignedVolume(); v <= 0 {
		return fmt.Errorf("signed volume %.1f mm³ is not positive: the triangles face inward", v)
	}
	return nil
}
