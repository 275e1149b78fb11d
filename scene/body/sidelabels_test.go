package body_test

import (
	"fmt"
	"testing"

	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/view"
)

// TestSideLettersClearOfFigure draws every examination's figure and
// close-up in boxes from a phone's to a projector's, its text from a
// laptop's size to presenter mode's, and checks that the R and L marking
// the patient's sides, when drawn, lie clear of the figure's box (all it
// drew but the letters), inside the box given and apart: in presenter
// mode they lay on the hair and an ear.
func TestSideLettersClearOfFigure(t *testing.T) {
	f := body.NewFigure(nil)
	type drawFn func(*view.DrawList, body.Pose, body.Rect, body.DrawOptions)
	for _, box := range []body.Rect{{10, 20, 215, 250}, {10, 20, 300, 180}, {0, 0, 140, 140}, {5, 5, 160, 400}, {0, 0, 400, 300}} {
		for _, px := range []float32{12, 16, 24, 30, 40} {
			for a := body.Action(0); a < body.NumActions; a++ {
				for view_, draw := range map[string]drawFn{"figure": f.Draw, "closeup": f.DrawCloseUp} {
					name := fmt.Sprintf("%s/%v/%v/px=%v", view_, a, box, px)
					opts := body.DrawOptions{TextSize: px, HideLegend: true, HideCaption: true}
					var dl view.DrawList
					draw(&dl, f.Pose(a, 0.5), box, opts)
					if len(dl.Vertices) == 0 {
						continue
					}
					x0, y0, x1, y1 := dl.Vertices[0].X, dl.Vertices[0].Y, dl.Vertices[0].X, dl.Vertices[0].Y
					for _, v := range dl.Vertices {
						x0, y0, x1, y1 = min(x0, v.X), min(y0, v.Y), max(x1, v.X), max(y1, v.Y)
					}
					fig := view.Box{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
					var letters []view.Box
					for _, tx := range dl.Texts {
						if tx.S != "R" && tx.S != "L" {
							continue
						}
						r := body.SideLetterBox(tx)
						b := view.Box{X: r.X, Y: r.Y, W: r.W, H: r.H}
						letters = append(letters, b)
						if b.Overlaps(fig, 0) {
							t.Errorf("%s: %s at %v overlaps the figure's box %v", name, tx.S, b, fig)
						}
						if !b.Inside(view.Box{X: box.X, Y: box.Y, W: box.W, H: box.H}, 0.5) {
							t.Errorf("%s: %s at %v leaves the box", name, tx.S, b)
						}
					}
					if len(letters) == 2 && letters[0].Overlaps(letters[1], 0) {
						t.Errorf("%s: the letters overlap", name)
					}
				}
			}
		}
	}
}
