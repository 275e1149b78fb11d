package view

import "testing"

// TestRestackOrdersAStrip: three labels stacked left of a cord, pointing
// up into the brain above it, and a fourth whose anchor lies between
// theirs: laid out again with it as a column, all four stand in the strip
// beside the cord in their anchors' order, none over the cord or another,
// their leaders uncrossed, each to its own anchor.
func TestRestackOrdersAStrip(t *testing.T) {
	area := Area{X0: 0, Y0: 0, X1: 1000, Y1: 2400}
	// The brain, 100–900 across and 400–1300 down; the cord, 470–530
	// across down to 2300.
	blocks := []Area{{100, 400, 900, 1300}, {470, 1300, 530, 2300}}
	var vs []Vertex
	for _, b := range blocks {
		for y := b.Y0; y <= b.Y1; y += 8 {
			for x := b.X0; x <= b.X1; x += 8 {
				vs = append(vs, Vertex{X: x, Y: y, A: 1})
			}
		}
	}
	var m labelRoom
	m.measure(vs, nil, len(vs), area, 10, false)
	sh := labelShape{size: 40, lineStep: 48, width: 300, reach: 12, lines: 1}
	gap := sh.size * 1.5
	// Stacked from the cord's top down, pointing at anchors ever lower.
	for i, ay := range []float32{1000, 1100, 1200} {
		l := placedLabel{x0: 150, x1: 450, y0: 1400 + float32(i)*60, align: AlignRight, lines: 1, mesh: i}
		l.y1, l.ty, l.tx = l.y0+42, l.y0+32, l.x1
		l.aim(500, ay, l.y0+18, sh.reach, 4)
		m.placed = append(m.placed, l)
	}
	ax, ay := float32(500), float32(1050)
	if _, ok := m.restack(9, ax, ay, []labelShape{sh}, gap, area, 30, nil); !ok {
		t.Fatal("restack found no room in the strip")
	}
	if len(m.placed) != 4 {
		t.Fatalf("%d labels placed, want 4", len(m.placed))
	}
	anchors := map[int]float32{0: 1000, 1: 1100, 2: 1200, 9: 1050}
	byY := map[int]float32{}
	for i, l := range m.placed {
		if l.lead.y1 != anchors[l.mesh] {
			t.Errorf("label %d points at height %.0f, not its anchor's %.0f", l.mesh, l.lead.y1, anchors[l.mesh])
		}
		for _, b := range blocks {
			if l.x0 < b.X1 && l.x1 > b.X0 && l.y0 < b.Y1 && l.y1 > b.Y0 {
				t.Errorf("label %d at (%.0f, %.0f)-(%.0f, %.0f) lies over the model's block %v", l.mesh, l.x0, l.y0, l.x1, l.y1, b)
			}
		}
		for _, p := range m.placed[i+1:] {
			if l.x0 < p.x1 && l.x1 > p.x0 && l.y0 < p.y1 && l.y1 > p.y0 {
				t.Errorf("labels %d and %d overlap", l.mesh, p.mesh)
			}
			if l.lead.crosses(p.lead) {
				t.Errorf("the leaders of labels %d and %d cross", l.mesh, p.mesh)
			}
		}
		byY[l.mesh] = l.y0
	}
	if !(byY[0] < byY[9] && byY[9] < byY[1] && byY[1] < byY[2]) {
		t.Errorf("labels stand at heights %v, want them in their anchors' order 0, 9, 1, 2", byY)
	}
}
