package view

import "testing"

// TestUncrossTradesPlaces: two labels stacked left of a cord whose
// leaders cross (the upper one pointing at the lower anchor) trade
// places, so that neither crosses, both stay placed and each still points
// at its own anchor.
func TestUncrossTradesPlaces(t *testing.T) {
	area := Area{X0: 0, Y0: 0, X1: 1000, Y1: 2000}
	sh := labelShape{size: 40, lineStep: 48, reach: 12}
	label := func(mesh int, x1, y0, ax, ay float32) placedLabel {
		l := placedLabel{x0: x1 - 300, y0: y0, x1: x1, y1: y0 + 42, tx: x1, ty: y0 + 32, align: AlignRight, lines: 1, mesh: mesh}
		l.aim(ax, ay, l.ty-0.35*sh.size, sh.reach, sh.size*0.09)
		return l
	}
	for _, tc := range []struct {
		name string
		a, b placedLabel
	}{
		{"stacked", label(1, 450, 1000, 500, 1400), label(2, 450, 1200, 500, 1100)},
		{"side by side", label(1, 450, 1000, 520, 1300), label(2, 450, 1100, 480, 1050)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m labelRoom
			vs := []Vertex{{X: 480, Y: 900, A: 1}, {X: 520, Y: 1900, A: 1}}
			m.measure(vs, nil, len(vs), area, 10, false)
			m.placed = []placedLabel{tc.a, tc.b}
			if !tc.a.lead.crosses(tc.b.lead) {
				t.Fatal("the test's leaders do not cross")
			}
			m.uncross(sh, area, 30, func(int) int { return 0 })
			if len(m.placed) != 2 {
				t.Fatalf("%d labels placed after uncrossing, want both", len(m.placed))
			}
			if m.placed[0].lead.crosses(m.placed[1].lead) {
				t.Errorf("the leaders still cross: %+v and %+v", m.placed[0].lead, m.placed[1].lead)
			}
			for _, l := range m.placed {
				want := tc.a.lead
				if l.mesh == 2 {
					want = tc.b.lead
				}
				if l.lead.x1 != want.x1 || l.lead.y1 != want.y1 {
					t.Errorf("label %d points at (%.0f, %.0f), not its anchor (%.0f, %.0f)", l.mesh, l.lead.x1, l.lead.y1, want.x1, want.y1)
				}
			}
		})
	}
}
