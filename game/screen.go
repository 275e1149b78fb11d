package game

import (
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
// moves (see Layout).
const movingScale = 0.7

// pointerInFrame returns the pointer in the pixels of the frame last
// drawn, which are the screen's unless the camera was moving.
func (g *Game) pointerInFrame() (float32, float32) {
	if g.screenW <= 0 || g.screenH <= 0 || g.dl.Width <= 0 || g.dl.Height <= 0 {
		return g.ptr.x, g.ptr.y
	}
	return g.ptr.x * float32(g.dl.Width) / float32(g.screenW), g.ptr.y * float32(g.dl.Height) / float32(g.screenH)
}
