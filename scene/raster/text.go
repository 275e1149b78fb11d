package raster

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"sync"

	"github.com/decussate/decussate/internal/uifont"
	"github.com/decussate/decussate/scene/view"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// MaxTextSize is the largest text, in pixels, that is drawn; larger ones
// are skipped, since a glyph that size is a bug upstream and would cost a
// huge glyph mask.
const MaxTextSize = 2048

// maxFaces bounds the face cache: a list whose labels change size every
// frame (a zoom) would otherwise grow it without end.
const maxFaces = 32

// goRegular is the parsed Go Regular font, the one the game draws with
// (internal/uifont). A parsed sfnt.Font is read-only, so all Painters
// share it.
var goRegular = sync.OnceValues(func() (*sfnt.Font, error) {
	f, err := opentype.Parse(uifont.TTF)
	if err != nil {
		return nil, fmt.Errorf("raster: parsing Go Regular: %w", err)
	}
	return f, nil
})

// face returns the Go Regular face for a size in pixels (the em size, as in
// Ebiten's text/v2), made once per size and Painter.
func (p *Painter) face(size float32) (font.Face, error) {
	hinting := font.HintingNone
	if p.wholePixels {
		size, hinting = float32(uifont.PixelSize(size)), font.HintingFull
	}
	if f, ok := p.faces[size]; ok {
		return f, nil
	}
	src, err := goRegular()
	if err != nil {
		return nil, err
	}
	// At 72 DPI a point is a pixel, so Size is the em size in pixels. No
	// hinting: glyphs keep their true widths, as in the game's shaper, so
	// alignment and wrapping agree with it.
	// (NewScreenPainter's texts are hinted as the window's are.)
	f, err := opentype.NewFace(src, &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: hinting})
	if err != nil {
		return nil, fmt.Errorf("raster: a Go Regular face of %g px: %w", size, err)
	}
	if p.faces == nil || len(p.faces) >= maxFaces {
		for _, old := range p.faces {
			old.Close()
		}
		p.faces = make(map[float32]font.Face)
	}
	p.faces[size] = f
	return f, nil
}

// usableSize reports whether a text of this size can be drawn.
func usableSize(size float32) bool {
	return size > 0 && size <= MaxTextSize
}

// TextWidth returns how wide s is, in pixels, when drawn at size: its
// advance in Go Regular. Layout code (wrapping a caption) measures with it
// so that what it lays out is what Draw draws. An unusable size gives 0.
func (p *Painter) TextWidth(s string, size float32) float32 {
	if !usableSize(size) {
		return 0
	}
	f, err := p.face(size)
	if err != nil {
		return 0
	}
	return fromFixed(font.MeasureString(f, s))
}

// text draws one text, its anchor moved left by its width (right
// alignment) or half of it (centred).
func (p *Painter) text(dst *image.RGBA, t *view.Text) {
	if t.S == "" || !usableSize(t.Size) || unit(t.A) == 0 {
		return
	}
	x, y := float64(t.X), float64(t.Y)
	if !finite(x) || !finite(y) || math.Abs(x) > 1e6 || math.Abs(y) > 1e6 {
		// Far off any frame, and beyond what 26.6 fixed point holds.
		return
	}
	f, err := p.face(t.Size)
	if err != nil {
		// Go Regular is embedded and known good: only a broken build
		// lands here, and then the frame goes without its text.
		return
	}
	switch t.Align {
	case view.AlignCenter:
		x -= float64(fromFixed(font.MeasureString(f, t.S))) / 2
	case view.AlignRight:
		x -= float64(fromFixed(font.MeasureString(f, t.S)))
	}
	b := dst.Bounds()
	d := font.Drawer{
		Dst:  dst,
		Src:  image.NewUniform(nrgba(t.R, t.G, t.B, t.A)),
		Face: f,
		Dot:  fixed.Point26_6{X: toFixed(float64(b.Min.X) + x), Y: toFixed(float64(b.Min.Y) + y)},
	}
	d.DrawString(t.S)
}

// nrgba turns a straight-alpha float colour into a colour.Color.
func nrgba(r, g, b, a float32) color.NRGBA64 {
	c16 := func(v float32) uint16 { return uint16(unit(v)*0xffff + 0.5) }
	return color.NRGBA64{R: c16(r), G: c16(g), B: c16(b), A: c16(a)}
}

// toFixed and fromFixed convert between pixels and 26.6 fixed point.
func toFixed(v float64) fixed.Int26_6 { return fixed.Int26_6(math.Round(v * 64)) }

func fromFixed(v fixed.Int26_6) float32 { return float32(v) / 64 }
