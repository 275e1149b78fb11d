package view

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
)

// TestPlaceKeepsOffTheModel: on a frame taller than wide whose model (a
// brain filling the width over a narrow cord) leaves no room beside the
// brain, labels with anchors in it are placed above it or beside the
// cord, never over either, nor over one another, their leaders not
// crossing; those with no room left are left out rather than overlapping.
func TestPlaceKeepsOffTheModel(t *testing.T) {
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
	for _, n := range []int{4, 12, 40} {
		t.Run(fmt.Sprintf("%d labels", n), func(t *testing.T) {
			var m labelRoom
			m.measure(vs, nil, len(vs), area, 10, false)
			sh := labelShape{size: 40, lineStep: 48, width: 360, reach: 12, lines: 1}
			placed := 0
			for i := range n {
				ax, ay := 200+float32(i%6)*120, 450+float32(i/6)*100
				l, ok := m.place(i, ax, ay, sh, area, 30)
				if !ok {
					continue
				}
				placed++
				for _, b := range blocks {
					if l.x0 < b.X1 && l.x1 > b.X0 && l.y0 < b.Y1 && l.y1 > b.Y0 {
						t.Errorf("label %d at (%.0f, %.0f)-(%.0f, %.0f) lies over the model's block %v", i, l.x0, l.y0, l.x1, l.y1, b)
					}
				}
				if l.x0 < area.X0 || l.x1 > area.X1 || l.y0 < area.Y0 || l.y1 > area.Y1 {
					t.Errorf("label %d at (%.0f, %.0f)-(%.0f, %.0f) leaves the area", i, l.x0, l.y0, l.x1, l.y1)
				}
				for _, p := range m.placed {
					if l.x0 < p.x1 && l.x1 > p.x0 && l.y0 < p.y1 && l.y1 > p.y0 {
						t.Errorf("labels %d and %d overlap", i, p.mesh)
					}
					if l.lead.crosses(p.lead) {
						t.Errorf("the leaders of labels %d and %d cross", i, p.mesh)
					}
				}
				if l.lead.x1 != ax || l.lead.y1 != ay {
					t.Errorf("label %d's leader ends at (%.0f, %.0f), not its anchor (%.0f, %.0f)", i, l.lead.x1, l.lead.y1, ax, ay)
				}
				m.placed = append(m.placed, l)
			}
			if want := min(n, 4); placed < want {
				t.Errorf("%d of %d labels placed; want at least %d", placed, n, want)
			}
		})
	}
}

// TestLeaderHits: a leader passes through a box it enters, and not one
// it stops short of or passes by.
func TestLeaderHits(t *testing.T) {
	box := [4]float32{10, 10, 20, 20}
	for _, c := range []struct {
		name string
		l    leader
		want bool
	}{
		{"through", leader{0, 15, 30, 15}, true},
		{"into", leader{0, 0, 15, 15}, true},
		{"short of", leader{0, 0, 9, 9}, false},
		{"beside", leader{0, 25, 30, 25}, false},
		{"diagonal past the corner", leader{0, 19, 19, 0}, false},
		{"vertical through", leader{15, 0, 15, 30}, true},
	} {
		if got := c.l.hits(box[0], box[1], box[2], box[3]); got != c.want {
			t.Errorf("%s: hits = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestPartName: a part is found in a caption by its name without its
// side or bracket.
func TestPartName(t *testing.T) {
	for name, want := range map[string]string{
		"precentral gyrus (left)":                 "precentral gyrus",
		"left ventral horn (lower motor neurons)": "ventral horn",
		"cerebral peduncle (crus) (left)":         "cerebral peduncle",
		"spinal cord":                             "spinal cord",
		"right pyramid":                           "pyramid",
	} {
		if got := partName(name); got != want {
			t.Errorf("partName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestBalancedSplit: a name breaks at the space nearest its middle.
func TestBalancedSplit(t *testing.T) {
	for name, want := range map[string][2]string{
		"medullary pyramid (left)": {"medullary", "pyramid (left)"},
		"cerebral cortex (left)":   {"cerebral", "cortex (left)"},
		"cerebellum":               {"", ""},
	} {
		cut := balancedSplit(name)
		got := [2]string{}
		if cut > 0 {
			got = [2]string{name[:cut], name[cut+1:]}
		}
		if got != want {
			t.Errorf("balancedSplit(%q) breaks it into %q, want %q", name, got, want)
		}
	}
}

// TestLabelRankTheLesionsSide: of a part a step's caption names and its
// twin, the one on the side of the lesions shown is named first, the
// healthy twin with the parts the caption does not name; without a side,
// both come first.
func TestLabelRankTheLesionsSide(t *testing.T) {
	r := &Renderer{model: &geom.Model{Meshes: []geom.Mesh{
		{Name: "left nucleus ambiguus"}, {Name: "right nucleus ambiguus"}, {Name: "thalamus (right)"}, {Name: "cerebellum"},
	}}}
	o := FrameOptions{LabelFirst: "The nucleus ambiguus lies laterally; the thalamus does not."}
	rank := func() [4]int {
		return [4]int{r.labelRank(0, &o), r.labelRank(1, &o), r.labelRank(2, &o), r.labelRank(3, &o)}
	}
	if got, want := rank(), [4]int{2, 2, 2, 3}; got != want {
		t.Errorf("no side: ranks %v, want %v", got, want)
	}
	o.LabelSide, o.LabelSided = anatomy.Left, true
	if got, want := rank(), [4]int{2, 3, 3, 3}; got != want {
		t.Errorf("a lesion on the left: ranks %v, want %v (the right twins after the left one)", got, want)
	}
	for name, want := range map[string]int{"left pyramid": 0, "thalamus (right)": 1, "spinal cord": -1, "right ventral horn (lower motor neurons)": 1} {
		side, ok := nameSide(name)
		if got := map[bool]int{true: int(side), false: -1}[ok]; got != want {
			t.Errorf("nameSide(%q) = %v %v", name, side, ok)
		}
	}
}
