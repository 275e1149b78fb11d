package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestFullModelReplacesCoarse: a window's game draws its first frame from
// the coarse model, without loading the library; the tick after puts the
// full model in its place (the same meshes, in the same order), which
// the next frame draws though nothing else changed; the library loads a
// tick later.
func TestFullModelReplacesCoarse(t *testing.T) {
	g, err := NewFirstFrame()
	if err != nil {
		t.Fatal(err)
	}
	screen := ebiten.NewImage(1280, 720)
	defer screen.Deallocate()
	coarse := g.renderer.Model()
	if !coarse.CoarseOnly() {
		t.Fatal("NewFirstFrame's model is the full one")
	}
	if err := g.Update(); err != nil {
		t.Fatal(err)
	}
	if g.renderer.Model() != coarse {
		t.Fatal("the model was replaced before the first frame")
	}
	g.Draw(screen)
	first := len(g.dl.Indices)
	if first == 0 {
		t.Fatal("the first frame drew nothing")
	}
	if err := g.Update(); err != nil {
		t.Fatal(err)
	}
	full := g.renderer.Model()
	if full.CoarseOnly() {
		t.Fatal("the tick after the first frame left the coarse model")
	}
	if g.library {
		t.Error("the library loaded in the same tick as the full model")
	}
	if len(full.Meshes) != len(coarse.Meshes) {
		t.Fatalf("the full model has %d meshes, the coarse one %d", len(full.Meshes), len(coarse.Meshes))
	}
	for i := range full.Meshes {
		if full.Meshes[i].ID != coarse.Meshes[i].ID {
			t.Fatalf("mesh %d is %s in the full model, %s in the coarse one", i, full.Meshes[i].ID, coarse.Meshes[i].ID)
		}
	}
	g.Draw(screen)
	if second := len(g.dl.Indices); second < 2*first {
		t.Errorf("the frame after the full model came drew %d indices, the first frame %d: want the full model's many more", second, first)
	}
	if err := g.Update(); err != nil {
		t.Fatal(err)
	}
	if !g.library {
		t.Error("the library did not load the tick after the full model")
	}
}

// TestFirstFrameLinkWithLesion: a link with a lesion opened before the
// first frame is evaluated (the lesion engine is wired for it, and the
// library loaded) as in a game built whole, while the first frame still
// comes from the coarse model.
func TestFirstFrameLinkWithLesion(t *testing.T) {
	const link = "mode=lesion&lesion=internal_capsule.posterior_limb:L"
	want, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if notes := want.ApplyState(link); len(notes) > 0 {
		t.Fatalf("the link in a game built whole: %v", notes)
	}
	g, err := NewFirstFrame()
	if err != nil {
		t.Fatal(err)
	}
	if notes := g.ApplyState(link); len(notes) > 0 {
		t.Fatalf("the link before the first frame: %v", notes)
	}
	got, wantRes := result(g), result(want)
	if got == nil || wantRes == nil || len(got.Deficits) == 0 {
		t.Fatalf("the link's lesion evaluates to %v (a game built whole: %v); want deficits", got, wantRes)
	}
	if got.Summary != wantRes.Summary {
		t.Errorf("the link's lesion before the first frame says %q, in a game built whole %q", got.Summary, wantRes.Summary)
	}
	if !g.renderer.Model().CoarseOnly() {
		t.Error("the link built the full model before the first frame")
	}
	screen := ebiten.NewImage(1280, 720)
	defer screen.Deallocate()
	g.Draw(screen)
	if err := g.Update(); err != nil {
		t.Fatal(err)
	}
	if g.renderer.Model().CoarseOnly() {
		t.Error("the full model did not replace the coarse one after the first frame")
	}
	if r := result(g); r == nil || r.Summary != wantRes.Summary {
		t.Errorf("after the full model came, the lesion evaluates to %v", r)
	}
}
