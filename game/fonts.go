package game

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/decussate/decussate/internal/uifont"
	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// maxCachedTexts bounds the cache of drawn texts; labels and the hint
// repeat every frame, so a small cache holds them all.
const maxCachedTexts = 256

// textKey names one drawn text: its string at a pixel size.
type textKey struct {
	s  string
	px int
}

// drawnText is a text rasterised once, white on transparent, with where
// its baseline's left end lies in the image.
type drawnText struct {
	img     *ebiten.Image
	originX float64
	ascent  float64
	width   float64
}

// fonts rasterises texts in Go Regular (internal/uifont: goregular's
// glyphs without its unused hinting) with x/image's opentype, as
// scene/raster does, so that a PNG matches the screen, and keeps each text
// as an Ebiten image. Ebiten's text/v2 would do the same, but it brings a
// shaping library that alone puts the compressed .wasm over its size
// budget (issue 3), and labels need no shaping.
type fonts struct {
	font  *opentype.Font
	faces map[int]font.Face
	texts map[textKey]*drawnText
}

func newFonts() (*fonts, error) {
	f, err := opentype.Parse(uifont.TTF)
	if err != nil {
		return nil, fmt.Errorf("loading the Go Regular font: %w", err)
	}
	return &fonts{font: f, faces: make(map[int]font.Face), texts: make(map[textKey]*drawnText)}, nil
}

// face returns the face of a whole pixel size.
func (f *fonts) face(px int) font.Face {
	if fc, ok := f.faces[px]; ok {
		return fc
	}
	fc, err := opentype.NewFace(f.font, &opentype.FaceOptions{Size: float64(px), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		// The font parsed and the size is positive: this cannot fail.
		panic(fmt.Sprintf("game: making a %d px face: %v", px, err))
	}
	f.faces[px] = fc
	return fc
}

// text returns s drawn at the whole pixel size nearest size.
func (f *fonts) text(s string, size float32) *drawnText {
	px := min(512, max(1, int(math.Round(float64(size)))))
	key := textKey{s, px}
	if t, ok := f.texts[key]; ok {
		return t
	}
	if len(f.texts) >= maxCachedTexts {
		for k, t := range f.texts {
			t.img.Deallocate()
			delete(f.texts, k)
		}
	}
	face := f.face(px)
	m := face.Metrics()
	bounds, advance := font.BoundString(face, s)
	minX := min(0, bounds.Min.X.Floor())
	w := max(1, max(bounds.Max.X.Ceil(), advance.Ceil())-minX)
	ascent, descent := m.Ascent.Ceil(), m.Descent.Ceil()
	h := max(1, ascent+descent)
	rgba := image.NewRGBA(image.Rect(0, 0, w, h))
	d := font.Drawer{Dst: rgba, Src: image.NewUniform(color.White), Face: face, Dot: fixed.P(-minX, ascent)}
	d.DrawString(s)
	t := &drawnText{img: ebiten.NewImageFromImage(rgba), originX: float64(-minX), ascent: float64(ascent), width: float64(advance.Ceil())}
	f.texts[key] = t
	return t
}

func cos32(x float32) float32 { return float32(math.Cos(float64(x))) }

func sin32(x float32) float32 { return float32(math.Sin(float64(x))) }
