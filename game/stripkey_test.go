package game

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/hajimehoshi/ebiten/v2"
)

// TestEnterOpensTheStrip: in a window too narrow for lesion mode's panels
// beside the model, Enter opens the strip they fold to, as a click does,
// and Enter again folds it; in a wide window Enter does nothing there.
func TestEnterOpensTheStrip(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	narrow := ebiten.NewImage(600, 900)
	t.Cleanup(narrow.Deallocate)
	choosePreset(t, g, "capsular_lacune")
	g.Draw(narrow)
	if g.frameLayout.Strip.W == 0 {
		t.Fatal("a 600 × 900 window folds no strip")
	}
	enter := func() {
		if b := lookup(ebiten.KeyEnter, false, g.holds); b != nil {
			b.press(g)
		}
		g.Draw(narrow)
	}
	enter()
	if !g.ex.PanelsOpen() {
		t.Fatal("Enter did not open the strip")
	}
	enter()
	if g.ex.PanelsOpen() {
		t.Fatal("Enter again did not fold it")
	}
	wide := ebiten.NewImage(1280, 720)
	t.Cleanup(wide.Deallocate)
	g.Draw(wide)
	if b := lookup(ebiten.KeyEnter, false, g.holds); b != nil {
		t.Errorf("Enter in a wide window means %q", b.name)
	}
	if g.ex.Mode() != explorer.Lesion {
		t.Errorf("mode %v, want lesion", g.ex.Mode())
	}
}
