package game

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/go-gl/mathgl/mgl32"
	"github.com/hajimehoshi/ebiten/v2"
)

// result returns what the engine makes of g's lesions, nil for none.
func result(g *Game) *lesion.Result {
	r, _ := g.ex.Result()
	return r
}

// choosePreset places a preset as the picker does.
func choosePreset(t *testing.T, g *Game, id string) {
	t.Helper()
	if err := g.do(explorer.Action{Kind: explorer.PlacePreset, Preset: findPreset(t, g, id).ID}); err != nil {
		t.Fatal(err)
	}
}

// place places a sphere as a click in lesion mode does.
func place(t *testing.T, g *Game, at mgl32.Vec3, radius float32) {
	t.Helper()
	if err := g.do(explorer.Action{Kind: explorer.PlaceLesion, At: at, Radius: radius}); err != nil {
		t.Fatal(err)
	}
}

// cutAt cuts the model at the level id and looks at it from below, as X
// and Page Down do.
func cutAt(t *testing.T, g *Game, id string) {
	t.Helper()
	s := g.state()
	s.Section = id
	if err := g.set(s); err != nil {
		t.Fatal(err)
	}
	g.act(explorer.AimSection)
}

// saveShot draws the game and, when DECUSSATE_SHOTS names a directory,
// writes the frame there as name.png, to be looked at.
func saveShot(t *testing.T, g *Game, screen *ebiten.Image, name string) {
	t.Helper()
	g.Draw(screen)
	dir := os.Getenv("DECUSSATE_SHOTS")
	if dir == "" {
		return
	}
	b := screen.Bounds()
	img := image.NewRGBA(b)
	screen.ReadPixels(img.Pix)
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// framedGame returns a game that has drawn one 1280 × 720 frame, so that
// its layout (and the explorer's framing) knows the screen.
func framedGame(t *testing.T) (*Game, *ebiten.Image) {
	t.Helper()
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	screen := ebiten.NewImage(1280, 720)
	t.Cleanup(screen.Deallocate)
	g.Draw(screen)
	return g, screen
}
