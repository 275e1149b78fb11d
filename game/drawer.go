package game

import (
	"image/color"

	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
)

// drawer puts a DrawList on an Ebiten image: the triangles in one batched
// call, then the texts. Its buffers live between frames.
type drawer struct {
	// white is a 1×1 white source inside a larger image, so that
	// sampling never reads past its edge.
	white    *ebiten.Image
	vertices []ebiten.Vertex
	triOpts  ebiten.DrawTrianglesOptions
	fonts    *fonts
	textOpts ebiten.DrawImageOptions
}

func newDrawer(f *fonts) *drawer {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return &drawer{white: img.SubImage(img.Bounds().Inset(1)).(*ebiten.Image), fonts: f}
}

// draw draws dl onto screen.
func (d *drawer) draw(screen *ebiten.Image, dl *view.DrawList) {
	bg := dl.Background
	screen.Fill(color.NRGBA{R: to8(bg[0]), G: to8(bg[1]), B: to8(bg[2]), A: to8(bg[3])})
	d.drawOver(screen, dl)
}

// drawOver draws dl over what screen holds: its triangles, then its
// texts, all above whatever was drawn before (a note over the panels).
func (d *drawer) drawOver(screen *ebiten.Image, dl *view.DrawList) {
	if cap(d.vertices) < len(dl.Vertices) {
		d.vertices = make([]ebiten.Vertex, len(dl.Vertices), len(dl.Vertices)+len(dl.Vertices)/4)
	}
	d.vertices = d.vertices[:len(dl.Vertices)]
	for i, v := range dl.Vertices {
		d.vertices[i] = ebiten.Vertex{DstX: v.X, DstY: v.Y, SrcX: 1, SrcY: 1, ColorR: v.R, ColorG: v.G, ColorB: v.B, ColorA: v.A}
	}
	screen.DrawTriangles32(d.vertices, dl.Indices, d.white, &d.triOpts)
	b := screen.Bounds()
	for i := range dl.Texts {
		t := &dl.Texts[i]
		drawn := d.fonts.text(t.S, t.Size, b.Dx(), b.Dy())
		x := float64(t.X)
		switch t.Align {
		case view.AlignCenter:
			x -= drawn.width / 2
		case view.AlignRight:
			x -= drawn.width
		}
		op := &d.textOpts
		op.GeoM.Reset()
		// Anchored at the baseline, as scene/raster draws it.
		op.GeoM.Translate(x-drawn.originX, float64(t.Y)-drawn.ascent)
		op.ColorScale.Reset()
		op.ColorScale.Scale(t.R*t.A, t.G*t.A, t.B*t.A, t.A)
		op.Filter = ebiten.FilterLinear
		screen.DrawImage(drawn.img, op)
	}
}

func to8(x float32) uint8 { return uint8(max(0, min(1, x))*255 + 0.5) }
