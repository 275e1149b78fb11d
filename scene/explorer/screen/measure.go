// Package screen places and draws everything the explorer shows over the
// model: the title rows, notes, captions, the hint bar, the toolbar, the
// list of controls, the About panel, the quiz's words and lesion mode's
// patient, report and list of classic lesions. It is headless: a Layout
// is worked out from a frame's Metrics and its Content, measuring text
// through a Measurer, and Draw writes the panels into a view.DrawList, so
// the window, the command line's PNGs and the tests see the same screen.
package screen

import (
	"fmt"

	"github.com/decussate/decussate/internal/uifont"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
)

// Measurer measures text as it will be drawn: Width is how wide s is at a
// text size in pixels, Extent how far a line of that size reaches above
// and below its baseline. The layout wraps and fits every text by it, so
// whatever draws the glyphs must draw them with the same face.
type Measurer interface {
	Width(s string, size float32) float32
	Extent(size float32) (ascent, descent float32)
}

// Face measures Go Regular (internal/uifont) with x/image's opentype at
// whole pixel sizes, hinted, as the window draws it: the one Measurer of
// the window, the command line and the tests.
type Face struct {
	font  *opentype.Font
	faces map[int]font.Face
}

// NewFace parses Go Regular.
func NewFace() (*Face, error) {
	f, err := opentype.Parse(uifont.TTF)
	if err != nil {
		return nil, fmt.Errorf("loading the Go Regular font: %w", err)
	}
	return &Face{font: f, faces: make(map[int]font.Face)}, nil
}

// PixelSize returns the whole pixel size a text of size is drawn at.
func PixelSize(size float32) int { return uifont.PixelSize(size) }

// At returns the face of a whole pixel size, for drawing glyphs that
// measure as Width says.
func (f *Face) At(px int) font.Face {
	if fc, ok := f.faces[px]; ok {
		return fc
	}
	fc, err := opentype.NewFace(f.font, &opentype.FaceOptions{Size: float64(px), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		// The font parsed and the size is positive: this cannot fail.
		panic(fmt.Sprintf("screen: making a %d px face: %v", px, err))
	}
	f.faces[px] = fc
	return fc
}

// Width returns the width s takes drawn at size, in pixels.
func (f *Face) Width(s string, size float32) float32 {
	return float32(font.MeasureString(f.At(PixelSize(size)), s).Ceil())
}

// Extent returns a line's ascent and descent at size, in whole pixels.
func (f *Face) Extent(size float32) (ascent, descent float32) {
	m := f.At(PixelSize(size)).Metrics()
	return float32(m.Ascent.Ceil()), float32(m.Descent.Ceil())
}
