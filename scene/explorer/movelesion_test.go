package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/go-gl/mathgl/mgl32"
)

// TestMoveLesionToggle: Move (ToggleMoveLesion) arms the next click to
// move the selected sphere, as Shift-click does; the move disarms it, and
// it never arms without a sphere to move or outside lesion mode.
func TestMoveLesionToggle(t *testing.T) {
	at := mgl32.Vec3{-20, -12, 8}
	place := explorer.Action{Kind: explorer.PlaceLesion, At: at, Radius: explorer.DefaultRadius}
	cases := []struct {
		name    string
		actions []explorer.Action
		moving  bool
		// click is the kind a plain click makes after the actions.
		click explorer.Kind
	}{
		{"nothing placed", []explorer.Action{act(explorer.EnterLesion), act(explorer.ToggleMoveLesion)}, false, explorer.PlaceLesion},
		{"not in lesion mode", []explorer.Action{act(explorer.ToggleMoveLesion)}, false, explorer.PlaceLesion},
		{"armed", []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleMoveLesion)}, true, explorer.MoveLesion},
		{"pressed twice", []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleMoveLesion), act(explorer.ToggleMoveLesion)}, false, explorer.PlaceLesion},
		{"moved once", []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleMoveLesion),
			{Kind: explorer.MoveLesion, At: mgl32.Vec3{20, -12, 8}}}, false, explorer.PlaceLesion},
		{"removed", []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleMoveLesion), act(explorer.RemoveLesion)}, false, explorer.PlaceLesion},
		{"left lesion mode", []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleMoveLesion), act(explorer.LeaveLesion), act(explorer.EnterLesion)}, false, explorer.PlaceLesion},
		{"Back disarms first", []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleMoveLesion), act(explorer.Back)}, false, explorer.PlaceLesion},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newExplorer(t)
			run(t, e, c.actions)
			if got := e.MovingLesion(); got != c.moving {
				t.Errorf("MovingLesion %v, want %v", got, c.moving)
			}
			if !e.Lesioning() {
				return
			}
			if a := e.LesionClick("thalamus.R", mgl32.Vec3{10, 0, 20}, false); a.Kind != c.click {
				t.Errorf("a click: kind %v, want %v", a.Kind, c.click)
			}
		})
	}
	// Armed, a click moves the sphere where it landed, and no new one
	// is placed.
	e := newExplorer(t)
	run(t, e, []explorer.Action{act(explorer.EnterLesion), place, act(explorer.ToggleMoveLesion)})
	run(t, e, []explorer.Action{e.LesionClick("lentiform.R", mgl32.Vec3{20, -12, 8}, false)})
	if ls := e.State().Lesions; len(ls) != 1 || ls[0].Centre[0] <= 0 {
		t.Errorf("after an armed click the lesions are %+v: want the one moved to the right", ls)
	}
	// Back with Move armed disarms it and stays in lesion mode.
	run(t, e, []explorer.Action{act(explorer.ToggleMoveLesion), act(explorer.Back)})
	if !e.Lesioning() || e.MovingLesion() {
		t.Errorf("Back with Move armed: lesioning %v, moving %v; want lesion mode, disarmed", e.Lesioning(), e.MovingLesion())
	}
}
