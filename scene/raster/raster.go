// Package raster draws a view.DrawList into an image: the same list of
// screen-space triangles and texts that the game hands to Ebiten, filled
// with golang.org/x/image/vector and lettered in Go Regular. It exists for
// PNG export (handouts) and for golden-image tests that run headless.
//
// The output matches what the game shows for the same list up to
// anti-aliasing: the game fills triangles without it and shapes its text
// with go-text, so edges and glyphs differ by up to a pixel's worth of
// coverage (here, to close the seams between a mesh's triangles, opaque
// silhouettes also sit up to half a pixel further out), while colours,
// order, vertex-colour interpolation and blending are the same.
//
// Like the rest of scene/, it never imports Ebiten.
package raster

import (
	"fmt"
	"image"

	"github.com/decussate/decussate/scene/view"
	"golang.org/x/image/font"
	"golang.org/x/image/vector"
)

// MaxSide is the largest width or height, in pixels, that Draw accepts: far
// beyond any screen or handout, and small enough that a corrupt list cannot
// ask for gigabytes.
const MaxSide = 16384

// Painter draws DrawLists. It keeps the rasterizer, the coverage mask and
// the font faces between frames, so drawing many frames allocates little.
// A Painter is not safe for concurrent use; use one per goroutine.
type Painter struct {
	z     vector.Rasterizer
	mask  image.Alpha
	faces map[float32]font.Face
	// wholePixels draws text as the window does (NewScreenPainter).
	wholePixels bool
	// clip holds a triangle clipped to its drawing box (at most 7 corners)
	// and scratch room for the clipper, so clipping allocates nothing.
	clip, scratch [16][2]float64
}

// NewPainter returns a Painter with nothing cached yet.
func NewPainter() *Painter {
	return &Painter{faces: make(map[float32]font.Face)}
}

// NewScreenPainter returns a Painter that draws text as the window does:
// at the whole pixel size nearest each text's size, hinted, so that a
// picture of the explorer's panels holds text exactly as wide as
// scene/explorer/screen measured it when it laid them out.
func NewScreenPainter() *Painter {
	p := NewPainter()
	p.wholePixels = true
	return p
}

// Draw returns a new image of dl.Width × dl.Height pixels holding dl's
// frame. A list of zero width or height gives an empty image; a negative
// size or one above MaxSide is an error.
func Draw(dl *view.DrawList) (*image.RGBA, error) {
	return NewPainter().Draw(dl)
}

// DrawInto draws dl into dst, the frame's top-left corner at dst's
// top-left corner; whatever falls outside dst is clipped.
func DrawInto(dst *image.RGBA, dl *view.DrawList) {
	NewPainter().DrawInto(dst, dl)
}

// Draw returns a new image of dl.Width × dl.Height pixels holding dl's
// frame; see the package function Draw.
func (p *Painter) Draw(dl *view.DrawList) (*image.RGBA, error) {
	if dl == nil {
		return nil, fmt.Errorf("raster: no draw list")
	}
	if dl.Width < 0 || dl.Height < 0 || dl.Width > MaxSide || dl.Height > MaxSide {
		return nil, fmt.Errorf("raster: frame size %d×%d outside 0..%d", dl.Width, dl.Height, MaxSide)
	}
	dst := image.NewRGBA(image.Rect(0, 0, dl.Width, dl.Height))
	p.DrawInto(dst, dl)
	return dst, nil
}

// DrawInto clears dst to dl's background, fills dl's triangles in order,
// then draws its texts. Triangles with an index out of range or a corner
// that is not a finite number are skipped, as are texts of no usable size:
// a bad element costs only itself, never the frame.
func (p *Painter) DrawInto(dst *image.RGBA, dl *view.DrawList) {
	if dst == nil || dl == nil || dst.Bounds().Empty() {
		return
	}
	clear(dst, dl.Background)
	n := uint32(len(dl.Vertices))
	idx := dl.Indices
	for i := 0; i+2 < len(idx); i += 3 {
		a, b, c := idx[i], idx[i+1], idx[i+2]
		if a >= n || b >= n || c >= n {
			continue
		}
		p.triangle(dst, &dl.Vertices[a], &dl.Vertices[b], &dl.Vertices[c])
	}
	for i := range dl.Texts {
		p.text(dst, &dl.Texts[i])
	}
}

// clear fills dst with the straight-alpha colour c, premultiplied as
// image.RGBA stores it.
func clear(dst *image.RGBA, c [4]float32) {
	a := unit(c[3])
	px := [4]uint8{to8(unit(c[0]) * a), to8(unit(c[1]) * a), to8(unit(c[2]) * a), to8(a)}
	b := dst.Bounds()
	if b.Empty() {
		return
	}
	row := dst.Pix[dst.PixOffset(b.Min.X, b.Min.Y):][:4*b.Dx()]
	for i := 0; i < len(row); i += 4 {
		copy(row[i:i+4], px[:])
	}
	for y := b.Min.Y + 1; y < b.Max.Y; y++ {
		copy(dst.Pix[dst.PixOffset(b.Min.X, y):], row)
	}
}

// unit clamps a colour channel to 0..1; NaN counts as 0, so a bad colour
// draws nothing rather than garbage.
func unit(v float32) float32 {
	if v > 0 {
		return min(v, 1)
	}
	return 0
}

// to8 turns a 0..1 value into a byte, rounding to nearest.
func to8(v float32) uint8 {
	return uint8(v*255 + 0.5)
}
