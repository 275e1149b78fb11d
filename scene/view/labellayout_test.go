package view_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestLeaderLinesCanBeToldApart: in every look, on a laptop and in
// presenter mode, no two leader lines cross, and their ends on the labels'
// side lie at least a line's height apart, so that each line can be
// followed from its name to its part.
func TestLeaderLinesCanBeToldApart(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	for _, v := range []string{"oblique", "left", "front"} {
		for _, look := range []geom.Look{geom.Glass, geom.Opaque, geom.Cutaway, geom.Quadrant} {
			for _, scale := range []float32{1, 1.6} {
				cam := view.DefaultCamera()
				if err := cam.SetView(v); err != nil {
					t.Fatal(err)
				}
				var dl view.DrawList
				r.Frame(&dl, &cam, 1280, 800, view.FrameOptions{Highlight: -1, Labels: true, Look: look, TextScale: scale})
				ls := view.Leaders(r)
				if len(ls) < 4 {
					t.Errorf("%s, %v, text ×%g: %d leader lines; want the major parts named", v, look, scale, len(ls))
				}
				size := dl.Texts[0].Size
				for i := range ls {
					for j := i + 1; j < len(ls); j++ {
						a, b := ls[i], ls[j]
						if view.Crosses(a, b) {
							t.Errorf("%s, %v, text ×%g: leader lines %+v and %+v cross", v, look, scale, a, b)
						}
						if a.X0 == b.X0 && abs32(a.Y0-b.Y0) < size {
							t.Errorf("%s, %v, text ×%g: leader lines start %.1f px apart; want a line's height (%.0f)", v, look, scale, abs32(a.Y0-b.Y0), size)
						}
					}
				}
			}
		}
	}
}

// TestLongNamesWrap: on a phone's narrow free area a muscle's long name
// takes two lines rather than being left out.
func TestLongNamesWrap(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	mark := geom.UnitSphere()
	mark.Name, mark.Major, mark.ID = "flexor digitorum superficialis", true, "mark"
	mark.Anchor = m.Mesh("thalamus.L").Anchor
	r.SetOverlay([]geom.Mesh{mark})
	cam := view.DefaultCamera()
	cam.Target = mark.Anchor
	var dl view.DrawList
	r.Frame(&dl, &cam, 1170, 2532, view.FrameOptions{Highlight: -1, Labels: true, LabelSize: 40, LabelMin: 36,
		LabelArea: view.Area{X0: 0, Y0: 300, X1: 1170, Y1: 1500}})
	var got []string
	for _, tx := range dl.Texts {
		got = append(got, tx.S)
	}
	if all := strings.Join(got, " "); !strings.Contains(all, "flexor digitorum") || !strings.Contains(all, "superficialis") {
		t.Errorf("labels %q: want the flexor digitorum superficialis named, on two lines", got)
	}
}

// TestLongNamesBreakBalanced: a name too long for its column breaks into
// two lines of about one length, "premotor cortex" over "(area 6)
// (left)", not "premotor cortex (area" over "6) (left)", in a column
// beside the model (a wide screen) and in the free room (a phone).
func TestLongNamesBreakBalanced(t *testing.T) {
	m := testModel(t)
	for _, tc := range []struct {
		name string
		w, h int
		opt  view.FrameOptions
	}{
		{"column", 1600, 900, view.FrameOptions{Highlight: -1, Labels: true, LabelSize: 48, LabelMin: 48}},
		{"free room", 1170, 2532, view.FrameOptions{Highlight: -1, Labels: true, LabelSize: 42, LabelMin: 42,
			LabelArea: view.Area{X0: 0, Y0: 120, X1: 1170, Y1: 2250}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := view.NewRenderer(m)
			mark := geom.UnitSphere()
			mark.Name, mark.Major, mark.ID = "premotor cortex (area 6) (left)", true, "mark"
			mark.Anchor = m.Mesh("thalamus.L").Anchor
			r.SetOverlay([]geom.Mesh{mark})
			cam := view.DefaultCamera()
			var dl view.DrawList
			r.Frame(&dl, &cam, tc.w, tc.h, tc.opt)
			var got []string
			for _, tx := range dl.Texts {
				got = append(got, tx.S)
			}
			if !slices.Contains(got, "premotor cortex") || !slices.Contains(got, "(area 6) (left)") {
				t.Errorf("labels %q: want \"premotor cortex\" over \"(area 6) (left)\"", got)
			}
		})
	}
}
