package screen_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// TestWordsOverTheModelOnBacking: the tags (a section's level during a
// trace) and a section's side marks lie over the model, a pale slice too:
// each is drawn on a dark backing, and a mark pushed past the free area's
// edge is kept inside it.
func TestWordsOverTheModelOnBacking(t *testing.T) {
	load(t)
	scr := screen.New(face)
	m := screen.NewMetrics(1280, 720, 1, false)
	c := &screen.Content{Tags: "Section: internal capsule", Hint: "Drag to turn",
		Marks: []screen.Mark{{X: 600, Y: 300, Text: "R"}, {X: -50, Y: 300, Text: "L"}}}
	L := scr.Place(m, c)
	var dl view.DrawList
	dl.Reset(1280, 720)
	scr.Draw(&dl, &L, c)
	for _, want := range []string{"Section: internal capsule", "R", "L"} {
		found := false
		for _, tx := range dl.Texts {
			if tx.S != want {
				continue
			}
			found = true
			// A point inside the text's first letter.
			x := tx.X + tx.Size*0.3
			switch tx.Align {
			case view.AlignCenter:
				x = tx.X
			case view.AlignRight:
				x = tx.X - tx.Size*0.3
			}
			y := tx.Y - tx.Size*0.3
			if !onDark(&dl, x, y) {
				t.Errorf("%q at (%.0f, %.0f) is not on a dark backing", want, x, y)
			}
			if want == "L" && (x < L.Centre.X || x > L.Centre.X+L.Centre.W) {
				t.Errorf("the mark L is drawn at x %.0f, outside the free area %+v", x, L.Centre)
			}
		}
		if !found {
			t.Errorf("%q is not drawn", want)
		}
	}
}

// onDark tells whether a dark, nearly opaque triangle covers (x, y).
func onDark(dl *view.DrawList, x, y float32) bool {
	for i := 0; i+2 < len(dl.Indices); i += 3 {
		a, b, c := dl.Vertices[dl.Indices[i]], dl.Vertices[dl.Indices[i+1]], dl.Vertices[dl.Indices[i+2]]
		if a.A < 0.8 || a.R > 0.2 || a.G > 0.2 || a.B > 0.2 {
			continue
		}
		d1 := (x-b.X)*(a.Y-b.Y) - (a.X-b.X)*(y-b.Y)
		d2 := (x-c.X)*(b.Y-c.Y) - (b.X-c.X)*(y-c.Y)
		d3 := (x-a.X)*(c.Y-a.Y) - (c.X-a.X)*(y-a.Y)
		if !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0)) {
			return true
		}
	}
	return false
}

// TestCrowdedMarksLeftOut: a section seen from afar puts its four side
// marks on one another: none is drawn rather than a heap of letters.
func TestCrowdedMarksLeftOut(t *testing.T) {
	load(t)
	scr := screen.New(face)
	m := screen.NewMetrics(1280, 720, 1, false)
	c := &screen.Content{Hint: "Drag to turn", Marks: []screen.Mark{
		{X: 640, Y: 300, Text: "R"}, {X: 648, Y: 300, Text: "L"}, {X: 644, Y: 296, Text: "A"}, {X: 644, Y: 304, Text: "P"}}}
	L := scr.Place(m, c)
	var dl view.DrawList
	dl.Reset(1280, 720)
	scr.Draw(&dl, &L, c)
	for _, tx := range dl.Texts {
		switch tx.S {
		case "R", "L", "A", "P":
			t.Errorf("crowded mark %q drawn at (%.0f, %.0f)", tx.S, tx.X, tx.Y)
		}
	}
}

// TestMarkOverItsEdgeLeftOut: a cut framed up to the panel above it
// leaves its A no room: kept off the panel, the letter would lie over
// the cut's front edge it marks, hiding it, so it is left out; the other
// sides' letters, with room, are drawn.
func TestMarkOverItsEdgeLeftOut(t *testing.T) {
	load(t)
	scr := screen.New(face)
	m := screen.NewMetrics(1280, 720, 1, false)
	c := &screen.Content{Hint: "Drag to turn"}
	L := scr.Place(m, c)
	top := L.Centre.Y + 4
	c.Marks = []screen.Mark{{X: 640, Y: top, Text: "A"}, {X: 640, Y: 420, Text: "P"}, {X: 520, Y: top + 40, Text: "R"}, {X: 760, Y: top + 40, Text: "L"}}
	L = scr.Place(m, c)
	var dl view.DrawList
	dl.Reset(1280, 720)
	scr.Draw(&dl, &L, c)
	drawn := map[string]bool{}
	for _, tx := range dl.Texts {
		drawn[tx.S] = true
	}
	if drawn["A"] {
		t.Errorf("the A at the free area's top edge is drawn over the edge it marks")
	}
	for _, s := range []string{"P", "R", "L"} {
		if !drawn[s] {
			t.Errorf("the mark %s, with room beside its edge, is not drawn", s)
		}
	}
}
