package game

import (
	"bytes"
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/goregular"
)

// referenceSize is the font size, in pixels, at which a caption is measured
// once; its width at any other size follows by proportion.
const referenceSize = 100

// caption is one line of text drawn centred on the screen and sized to it:
// as wide as a comfortable share of the screen, never taller than a small
// share of it.
type caption struct {
	text string
	// widthPerPixel is the text's width at a font size of one pixel.
	widthPerPixel float64
	face          *text.GoTextFace
	// sizedFor is the screen size face was chosen for; the face is only
	// chosen again when the screen changes size.
	sizedFor [2]int
	// options is kept to draw without allocating each frame.
	options text.DrawOptions
}

// newCaption returns a caption of s in Go Regular, the Go project's font:
// embedded, so the browser build needs no font file, and it has the em dash.
func newCaption(s string) (*caption, error) {
	source, err := text.NewGoTextFaceSource(bytes.NewReader(goregular.TTF))
	if err != nil {
		return nil, fmt.Errorf("loading the Go Regular font: %w", err)
	}
	face := &text.GoTextFace{Source: source, Size: referenceSize}
	width, _ := text.Measure(s, face, 0)
	return &caption{text: s, widthPerPixel: width / referenceSize, face: face}, nil
}

// fontSize returns the font size in pixels for a screen of w × h pixels: the
// text spans at most 70% of the width and its size is at most a twelfth of
// the height, and at least one pixel whatever the screen.
func (c *caption) fontSize(w, h int) float64 {
	size := float64(h) / 12
	if c.widthPerPixel > 0 {
		size = min(size, 0.7*float64(w)/c.widthPerPixel)
	}
	return max(size, 1)
}

// draw draws the caption in clr, centred on screen.
func (c *caption) draw(screen *ebiten.Image, clr color.Color) {
	b := screen.Bounds()
	w, h := b.Dx(), b.Dy()
	if c.sizedFor != [2]int{w, h} {
		c.sizedFor = [2]int{w, h}
		c.face = &text.GoTextFace{Source: c.face.Source, Size: c.fontSize(w, h)}
	}
	op := &c.options
	op.GeoM.Reset()
	op.GeoM.Translate(float64(b.Min.X)+float64(w)/2, float64(b.Min.Y)+float64(h)/2)
	op.ColorScale.Reset()
	op.ColorScale.ScaleWithColor(clr)
	op.PrimaryAlign = text.AlignCenter
	op.SecondaryAlign = text.AlignCenter
	text.Draw(screen, c.text, c.face, op)
}
