package game

import (
	"image"
	"image/color"

	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
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
//
// Its glyphs come from the faces of scene/explorer/screen's Face, the
// measure the layout fits every text by: what is drawn is as wide as was
// measured, so nothing placed overflows.
type fonts struct {
	face  *screen.Face
	texts map[textKey]*drawnText
}

func newFonts(face *screen.Face) *fonts {
	return &fonts{face: face, texts: make(map[textKey]*drawnText)}
}

// maxTextSide bounds a drawn text's image on either side, in pixels,
// whatever the screen: Ebiten panics on an image larger than its atlas,
// and 4096 is what the weakest GPUs hold (see maxScreenSide).
const maxTextSide = 4096

// text returns s drawn at the whole pixel size nearest size, within a
// maxWidth × maxHeight image (the screen's size): a text too wide is cut,
// ending in "…", and one too tall drawn smaller. No text, however long,
// becomes an image wider than the screen or than Ebiten can hold.
func (f *fonts) text(s string, size float32, maxWidth, maxHeight int) *drawnText {
	maxWidth = max(1, min(maxWidth, maxTextSide))
	maxHeight = max(1, min(maxHeight, maxTextSide))
	px := min(screen.PixelSize(size), max(1, maxHeight*4/5))
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
	face := f.face.At(px)
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
