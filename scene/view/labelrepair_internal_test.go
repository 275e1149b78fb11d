package view

import "testing"

// TestRepairMovesTheLabelInTheWay: above a model filling the width there
// is one row of room; a wide label centred over its anchor leaves the
// other no room beside it, but placed to the left it would: the repair
// places the second label and moves the first, both off the model, apart,
// their leaders uncrossed, each to its own anchor. A third label with no
// room even so is left out, and nothing else moves.
func TestRepairMovesTheLabelInTheWay(t *testing.T) {
	area := Area{X0: 0, Y0: 0, X1: 1000, Y1: 2000}
	var vs []Vertex
	for y := float32(100); y <= 2000; y += 8 {
		for x := float32(0); x <= 1000; x += 8 {
			vs = append(vs, Vertex{X: x, Y: y, A: 1})
		}
	}
	var m labelRoom
	m.measure(vs, nil, len(vs), area, 10, false)
	sh := labelShape{size: 40, lineStep: 48, width: 600, reach: 12, lines: 1}
	a, ok := m.place(1, 500, 300, sh, area, 30)
	if !ok {
		t.Fatal("the first label found no place")
	}
	m.placed = append(m.placed, a)
	second := sh
	second.width = 300
	if _, ok := m.place(2, 800, 300, second, area, 30); ok {
		t.Fatal("the second label found a place without moving the first: the test shows nothing")
	}
	m.budget = repairBudget
	if !m.repair(2, 800, 300, []labelShape{second}, area, 30) {
		t.Fatal("repair did not place the second label")
	}
	if len(m.placed) != 2 {
		t.Fatalf("%d labels placed, want 2", len(m.placed))
	}
	p, q := m.placed[0], m.placed[1]
	for _, l := range m.placed {
		if l.y1 > 100 || l.x0 < 0 || l.x1 > 1000 {
			t.Errorf("label %d at (%.0f, %.0f)-(%.0f, %.0f) leaves the row above the model", l.mesh, l.x0, l.y0, l.x1, l.y1)
		}
		if want := map[int]float32{1: 500, 2: 800}[l.mesh]; l.lead.x1 != want || l.lead.y1 != 300 {
			t.Errorf("label %d points at (%.0f, %.0f), not its anchor (%.0f, 300)", l.mesh, l.lead.x1, l.lead.y1, want)
		}
	}
	if p.x0 < q.x1 && p.x1 > q.x0 {
		t.Errorf("the labels overlap: %+v and %+v", p, q)
	}
	if p.lead.crosses(q.lead) {
		t.Errorf("the leaders cross: %+v and %+v", p.lead, q.lead)
	}
	before := append([]placedLabel(nil), m.placed...)
	if m.repair(3, 200, 300, []labelShape{second}, area, 30) {
		t.Fatal("a third label was placed in a row with room for two")
	}
	if len(m.placed) != len(before) {
		t.Fatalf("a failed repair left %d labels placed, not %d", len(m.placed), len(before))
	}
	for i := range before {
		if m.placed[i] != before[i] {
			t.Errorf("a failed repair moved label %d", before[i].mesh)
		}
	}
}
