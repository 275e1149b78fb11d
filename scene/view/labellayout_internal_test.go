package view

import "testing"

// TestLayoutColumn: crowded anchors spread their labels evenly about
// their mean height, a line's height apart, within the column's bounds;
// anchors side by side get labels whose lines do not cross.
func TestLayoutColumn(t *testing.T) {
	cases := []struct {
		name    string
		anchors [][2]float32
		top     float32
		bottom  float32
	}{
		{"seven in 40 px", [][2]float32{{700, 300}, {705, 310}, {712, 305}, {698, 320}, {720, 330}, {704, 335}, {710, 340}}, 0, 1000},
		{"side by side", [][2]float32{{600, 300}, {700, 300}, {650, 301}, {690, 299}}, 0, 1000},
		{"against the top", [][2]float32{{700, 10}, {690, 12}, {680, 14}}, 20, 1000},
		{"against the bottom", [][2]float32{{700, 990}, {690, 992}, {680, 994}}, 0, 980},
	}
	const h, x = 20, 900
	for _, c := range cases {
		items := make([]columnItem, len(c.anchors))
		mean := float32(0)
		for i, a := range c.anchors {
			items[i] = columnItem{ax: a[0], ay: a[1], height: h}
			mean += a[1] / float32(len(c.anchors))
		}
		layoutColumn(items, x, c.top, c.bottom, nil)
		labels := float32(0)
		for i := range items {
			labels += items[i].y / float32(len(items))
			if items[i].y < c.top-0.01 || items[i].y > c.bottom+0.01 {
				t.Errorf("%s: label %d at %.1f, outside %g–%g", c.name, i, items[i].y, c.top, c.bottom)
			}
			if i > 0 && items[i].y-items[i-1].y < h-0.01 {
				t.Errorf("%s: labels %d and %d %.1f px apart; want %d", c.name, i-1, i, items[i].y-items[i-1].y, h)
			}
		}
		if _, _, crossed := crossing(items, x); crossed {
			t.Errorf("%s: leader lines cross: %+v", c.name, items)
		}
		if c.top == 0 && c.bottom == 1000 && abs(labels-mean) > 1 {
			t.Errorf("%s: labels centred at %.1f, anchors at %.1f; want the labels about their anchors", c.name, labels, mean)
		}
	}
}
