package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/go-gl/mathgl/mgl32"
)

// idle returns which of lesion mode's buttons the overlay dims.
func idle(e *explorer.Explorer) map[screen.Tool]bool {
	var c screen.Content
	e.Overlay(&c)
	out := map[screen.Tool]bool{}
	for _, t := range screen.LesionTools {
		out[t] = c.Idle[t]
	}
	return out
}

// TestIdleLesionTools: lesion mode's Undo, Remove, Smaller, Larger and
// Move are dimmed while they have nothing to act on (on a phone they
// looked ready and did nothing), and lit once a sphere is placed; a
// classic lesion can be removed, its sites together, though no sphere is
// selected (Remove did nothing after one was chosen), and undone.
func TestIdleLesionTools(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{act(explorer.EnterLesion)})
	for _, tool := range []screen.Tool{screen.ToolUndo, screen.ToolRemove, screen.ToolSmaller, screen.ToolLarger, screen.ToolMove} {
		if !idle(e)[tool] {
			t.Errorf("with no lesion, %v is not dimmed", tool)
		}
	}
	if idle(e)[screen.ToolPhase] {
		t.Error("the phase button is dimmed: it always acts")
	}
	run(t, e, []explorer.Action{{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-18, -4, 8}, Radius: 6}})
	for tool, dim := range idle(e) {
		if dim {
			t.Errorf("with a sphere selected, %v is dimmed", tool)
		}
	}

	e = newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.PlacePreset, Preset: "brown_sequard_c5"}})
	got := idle(e)
	if got[screen.ToolRemove] || got[screen.ToolUndo] {
		t.Errorf("a classic lesion in place: Remove dimmed %v, Undo dimmed %v; want both lit", got[screen.ToolRemove], got[screen.ToolUndo])
	}
	if !got[screen.ToolSmaller] || !got[screen.ToolLarger] || !got[screen.ToolMove] {
		t.Error("a classic lesion's sites have no size to change or place to move: Smaller, Larger and Move should be dimmed")
	}
	if _, err := e.UseTool(screen.ToolRemove); err != nil {
		t.Fatal(err)
	}
	if ls := e.State().Lesions; len(ls) != 0 {
		t.Fatalf("Remove after a classic lesion left %d lesions", len(ls))
	}
	if e.State().Preset != "" {
		t.Errorf("the removed classic lesion is still named %q", e.State().Preset)
	}
	if _, err := e.UseTool(screen.ToolUndo); err != nil {
		t.Fatal(err)
	}
	if len(e.State().Lesions) == 0 {
		t.Error("Undo did not bring the classic lesion back")
	}
}
