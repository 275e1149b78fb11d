package game

import (
	"image/color"
	"math"

	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
)

// drawer puts a DrawList on an Ebiten image: the triangles in one batched
// call, then the texts. Its buffers live between frames.
//
// What it costs is mostly the GPU's, per pixel: a browser without a GPU
// (make bench's headless Chromium) draws WebGL in software, where every
// texture read of every pixel counts. So the triangles, which have one
// colour per vertex, are drawn with a shader that reads no texture
// (flat), and texts at whole pixels with the nearest filter, one read a
// pixel instead of the linear filter's four.
type drawer struct {
	// white is a 1×1 white source inside a larger image, so that
	// sampling never reads past its edge: the triangles' source until
	// flat is compiled.
	white *ebiten.Image
	// flat draws the triangles in their vertices' colours; nil until
	// the first frame is on screen (see draw), since compiling it then
	// would delay the first picture.
	flat      *ebiten.Shader
	flatOpts  ebiten.DrawTrianglesShaderOptions
	frames    int
	vertices  []ebiten.Vertex
	triOpts   ebiten.DrawTrianglesOptions
	fonts     *fonts
	textOpts  ebiten.DrawImageOptions
	finalOpts ebiten.DrawImageOptions
}

// flatShader is the triangles' fragment shader: the vertex colour,
// straight alpha as the DrawList holds it, premultiplied as Ebiten blends.
// The same pixels as DrawTriangles32 with a white source, without reading
// it.
const flatShader = `//kage:unit pixels

package main

func Fragment(dstPos vec4, srcPos vec2, color vec4) vec4 {
	return vec4(color.rgb*color.a, color.a)
}
`

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
	d.frames++
	if d.frames == 2 && d.flat == nil {
		// The first frame went out with the texture-reading shader
		// Ebiten compiles anyway (it draws the final screen with it);
		// the flat one is compiled now, off the first frame's path. A
		// shader that does not compile leaves the first in use.
		d.flat, _ = ebiten.NewShader([]byte(flatShader))
	}
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
	if d.flat != nil {
		screen.DrawTrianglesShader32(d.vertices, dl.Indices, d.flat, &d.flatOpts)
	} else {
		screen.DrawTriangles32(d.vertices, dl.Indices, d.white, &d.triOpts)
	}
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
		// Anchored at the baseline, as scene/raster draws it, at a
		// whole pixel: the glyphs were rasterised on the pixel grid,
		// so the nearest filter copies them exactly.
		op.GeoM.Translate(math.Round(x-drawn.originX), math.Round(float64(t.Y)-drawn.ascent))
		op.ColorScale.Reset()
		op.ColorScale.Scale(t.R*t.A, t.G*t.A, t.B*t.A, t.A)
		op.Filter = ebiten.FilterNearest
		screen.DrawImage(drawn.img, op)
	}
}

func to8(x float32) uint8 { return uint8(max(0, min(1, x))*255 + 0.5) }

// drawFinal draws the frame (offscreen) onto the page or window (screen),
// scaled by geoM. A frame drawn smaller while the camera moves (see
// Layout) is scaled up with the nearest filter: Ebiten's default for a
// scale that is not a whole number reads four texels a pixel, and with
// WebGL in software that pass alone cost more than the whole model did
// (make bench's GPU time per frame, 75 → 58 ms). Motion hides the blockier
// picture, and a still frame is drawn at full size, as Ebiten would.
func (d *drawer) drawFinal(screen ebiten.FinalScreen, offscreen *ebiten.Image, geoM ebiten.GeoM, reduced bool) {
	if !reduced {
		ebiten.DefaultDrawFinalScreen(screen, offscreen, geoM)
		return
	}
	op := &d.finalOpts
	op.GeoM = geoM
	op.Filter = ebiten.FilterNearest
	screen.DrawImage(offscreen, op)
}

// DrawFinalScreen draws the frame Draw drew (offscreen) onto the page or
// window (screen), scaled by geoM; ebiten.RunGame calls it after Draw.
func (g *Game) DrawFinalScreen(screen ebiten.FinalScreen, offscreen *ebiten.Image, geoM ebiten.GeoM) {
	g.drawer.drawFinal(screen, offscreen, geoM, offscreen.Bounds().Dx() < g.screenW)
}
