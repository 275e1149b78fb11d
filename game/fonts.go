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

// textKey names one drawn text: its string at a pixel size, within a
// width.
type textKey struct {
	s        string
	px       int
	maxWidth int
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
	// wrapped holds texts broken into lines (wrap).
	wrapped map[wrapKey][]string
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

// maxTextSide bounds a drawn text's image on either side, in pixels,
// whatever the screen: Ebiten panics on an image larger than its atlas,
// and 4096 is what the weakest GPUs hold (see maxScreenSide).
const maxTextSide = 4096

// pixelSize returns the whole pixel size a text of size is drawn at.
func pixelSize(size float32) int {
	switch {
	case !(size >= 1): // NaN too
		return 1
	case size >= 512: // +Inf too, which int() would make negative
		return 512
	}
	return int(math.Round(float64(size)))
}

// measure returns the width s takes drawn at size, in pixels.
func (f *fonts) measure(s string, size float32) float32 {
	return float32(font.MeasureString(f.face(pixelSize(size)), s).Ceil())
}

// text returns s drawn at the whole pixel size nearest size, within a
// maxWidth × maxHeight image (the screen's size): a text too wide is cut,
// ending in "…", and one too tall drawn smaller. No text, however long,
// becomes an image wider than the screen or than Ebiten can hold.
func (f *fonts) text(s string, size float32, maxWidth, maxHeight int) *drawnText {
	maxWidth = max(1, min(maxWidth, maxTextSide))
	maxHeight = max(1, min(maxHeight, maxTextSide))
	px := min(pixelSize(size), max(1, maxHeight*4/5))
	key := textKey{s, px, maxWidth}
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
	drawn := fitWidth(face, s, maxWidth)
	bounds, advance := font.BoundString(face, drawn)
	minX := min(0, bounds.Min.X.Floor())
	w := max(1, min(maxWidth, max(bounds.Max.X.Ceil(), advance.Ceil())-minX))
	ascent, descent := m.Ascent.Ceil(), m.Descent.Ceil()
	h := max(1, min(maxHeight, ascent+descent))
	rgba := image.NewRGBA(image.Rect(0, 0, w, h))
	d := font.Drawer{Dst: rgba, Src: image.NewUniform(color.White), Face: face, Dot: fixed.P(-minX, ascent)}
	d.DrawString(drawn)
	t := &drawnText{img: ebiten.NewImageFromImage(rgba), originX: float64(-minX), ascent: float64(ascent), width: float64(min(advance.Ceil(), maxWidth))}
	f.texts[key] = t
	return t
}

// fitWidth returns s, or as much of it as fits in width pixels followed
// by "…". Callers wrap their texts to the screen; this is the last guard.
func fitWidth(face font.Face, s string, width int) string {
	// A glyph is never wider than two ems: a string of fewer than
	// width/(2 em) runes fits, measured or not.
	em := face.Metrics().Height.Ceil()
	if len(s)*2*em <= width || font.MeasureString(face, s).Ceil() <= width {
		return s
	}
	runes := []rune(s)
	// The longest prefix that fits with its "…": measuring is monotonic
	// in the prefix's length.
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if font.MeasureString(face, string(runes[:mid])+"…").Ceil() <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]) + "…"
}

func cos32(x float32) float32 { return float32(math.Cos(float64(x))) }

func sin32(x float32) float32 { return float32(math.Sin(float64(x))) }
