package game

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// maxDeviceScale caps the device scale used for the screen. Past 2 a sharper
// image costs weak classroom machines more frame time than anyone sees.
const maxDeviceScale = 2

// maxScreenSide bounds the screen's longer side in pixels. The screen Draw
// gets is a GPU texture, and Ebiten panics when it is larger than the GPU's
// largest; 4096 is what old integrated GPUs and WebGL on weak machines still
// accept, and it holds a 4K projector's 3840 pixels. Ebiten scales a screen so
// bounded up to a larger window.
const maxScreenSide = 4096

// deviceScale returns the device scale factor of the window's monitor, capped
// at maxDeviceScale, or 1 when it is unknown (before the window exists).
func deviceScale() float64 {
	m := ebiten.Monitor()
	if m == nil {
		return 1
	}
	return clampScale(m.DeviceScaleFactor())
}

// clampScale keeps a device scale factor within [1, maxDeviceScale], and
// takes nonsense (NaN, zero, negative) as 1.
func clampScale(s float64) float64 {
	if math.IsNaN(s) || s < 1 {
		return 1
	}
	return min(s, maxDeviceScale)
}

// screenSize returns the screen size for an outside size in
// device-independent pixels at a device scale: at least 1×1, because Ebiten
// may panic on an empty screen (a minimised window reports 0×0), and at most
// maxScreenSide on the longer side, shrunk evenly so the aspect ratio holds.
func screenSize(outsideWidth, outsideHeight int, scale float64) (int, int) {
	scale = clampScale(scale)
	w := float64(max(outsideWidth, 1)) * scale
	h := float64(max(outsideHeight, 1)) * scale
	if longer := max(w, h); longer > maxScreenSide {
		w *= maxScreenSide / longer
		h *= maxScreenSide / longer
	}
	return max(int(w), 1), max(int(h), 1)
}

// movingScale is the share of the screen's pixels drawn while the camera
// moves: a weak classroom machine (or a browser drawing WebGL in software)
// keeps up, and motion hides the softer picture, which is sharp again once
// it stops.
const movingScale = 0.7

// frameTarget returns the image this frame is drawn on: the screen, or
// while the camera moves a smaller image that showFrame scales up.
func (g *Game) frameTarget(screen *ebiten.Image) *ebiten.Image {
	if !g.ctl.moving() {
		return screen
	}
	b := screen.Bounds()
	if g.lowres == nil || g.lowres.Bounds().Dx() < b.Dx() || g.lowres.Bounds().Dy() < b.Dy() {
		if g.lowres != nil {
			g.lowres.Deallocate()
		}
		g.lowres = ebiten.NewImage(b.Dx(), b.Dy())
	}
	w, h := max(1, int(float32(b.Dx())*movingScale)), max(1, int(float32(b.Dy())*movingScale))
	return g.lowres.SubImage(image.Rect(0, 0, w, h)).(*ebiten.Image)
}

// showFrame puts a frame drawn on target onto the screen, scaled up when
// it was drawn smaller.
func (g *Game) showFrame(screen, target *ebiten.Image) {
	if target == screen {
		return
	}
	sb, tb := screen.Bounds(), target.Bounds()
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(float64(sb.Dx())/float64(tb.Dx()), float64(sb.Dy())/float64(tb.Dy()))
	screen.DrawImage(target, op)
}

// pointerInFrame returns the pointer in the pixels of the frame last
// drawn, which are the screen's unless the camera was moving.
func (g *Game) pointerInFrame() (float32, float32) {
	if g.screenW <= 0 || g.screenH <= 0 || g.dl.Width <= 0 || g.dl.Height <= 0 {
		return g.ptr.x, g.ptr.y
	}
	return g.ptr.x * float32(g.dl.Width) / float32(g.screenW), g.ptr.y * float32(g.dl.Height) / float32(g.screenH)
}
