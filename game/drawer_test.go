package game

import (
	"testing"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
)

// TestFlatShaderDrawsAsWhiteSource: the triangles' flat shader, which
// reads no texture (drawer.flat, from the second frame on), draws the same
// pixels as DrawTriangles32 with the white source the first frame uses:
// translucent triangles over each other and over the background, within a
// rounding step. It also fails if the shader does not compile, which the
// drawer would otherwise hide by keeping the first one.
func TestFlatShaderDrawsAsWhiteSource(t *testing.T) {
	face, err := screen.NewFace()
	if err != nil {
		t.Fatal(err)
	}
	const w, h = 64, 48
	var dl view.DrawList
	dl.Reset(w, h)
	dl.Background = [4]float32{0.063, 0.078, 0.094, 1}
	dl.Triangle(2, 2, 60, 4, 10, 44, [4]float32{0.9, 0.2, 0.1, 0.35})
	dl.Triangle(60, 2, 62, 46, 4, 30, [4]float32{0.1, 0.6, 0.95, 0.6})
	dl.Rect(20, 10, 30, 20, [4]float32{1, 1, 0.8, 0.15})
	dl.Triangle(30, 0, 63, 47, 0, 47, [4]float32{0.5, 0.9, 0.4, 1})

	d := newDrawer(newFonts(face))
	textured := ebiten.NewImage(w, h)
	d.draw(textured, &dl)
	if d.flat == nil {
		d.flat, err = ebiten.NewShader([]byte(flatShader))
		if err != nil {
			t.Fatalf("the flat shader does not compile: %v", err)
		}
	}
	flat := ebiten.NewImage(w, h)
	d.draw(flat, &dl)

	a, b := make([]byte, 4*w*h), make([]byte, 4*w*h)
	textured.ReadPixels(a)
	flat.ReadPixels(b)
	worst := 0
	for i := range a {
		worst = max(worst, int(a[i])-int(b[i]), int(b[i])-int(a[i]))
	}
	if worst > 1 {
		t.Errorf("the flat shader's pixels differ from the white source's by up to %d of 255", worst)
	}
}
