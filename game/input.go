package game

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// keyActions maps keys to actions; held keys repeat the orbit and zoom.
var keyActions = []struct {
	key    ebiten.Key
	act    action
	repeat bool
}{
	{ebiten.KeyArrowLeft, actOrbitLeft, true},
	{ebiten.KeyArrowRight, actOrbitRight, true},
	{ebiten.KeyArrowUp, actOrbitUp, true},
	{ebiten.KeyArrowDown, actOrbitDown, true},
	{ebiten.KeyEqual, actZoomIn, true},
	{ebiten.KeyNumpadAdd, actZoomIn, true},
	{ebiten.KeyMinus, actZoomOut, true},
	{ebiten.KeyNumpadSubtract, actZoomOut, true},
	{ebiten.KeyL, actLabels, false},
	{ebiten.KeyT, actProportions, false},
	{ebiten.KeyH, actHelp, false},
	{ebiten.KeyR, actReset, false},
	{ebiten.KeyF, actFullscreen, false},
	{ebiten.KeyDigit1, actViewFront, false},
	{ebiten.KeyDigit2, actViewLeft, false},
	{ebiten.KeyDigit3, actViewRight, false},
	{ebiten.KeyDigit4, actViewBack, false},
	{ebiten.KeyDigit5, actViewTop, false},
	{ebiten.KeyDigit6, actViewBottom, false},
	{ebiten.KeyDigit0, actViewOblique, false},
}

// pointer tracks the mouse and touches between ticks.
type pointer struct {
	lastX, lastY int
	dragging     bool
	touches      []ebiten.TouchID
	touchX       map[ebiten.TouchID][2]float32
	chars        []rune
	// x, y is where the pointer is, for hovering; hover is false when no
	// pointer is over the screen.
	x, y  float32
	hover bool
	// travel is how far the pointer moved while the button was down;
	// clicked is set for one tick when it came up without moving much.
	travel  float32
	clicked bool
}

// clickSlop is how far, in pixels, a press may move and still be a click.
const clickSlop = 5

// read turns this tick's input into control changes, on a screen scaled
// by scale from Ebiten's device-independent pixels.
func (p *pointer) read(c *controls, h int, scale float32) {
	for _, k := range keyActions {
		pressed := inpututil.IsKeyJustPressed(k.key)
		if k.repeat {
			d := inpututil.KeyPressDuration(k.key)
			pressed = pressed || d > 15
		}
		if pressed {
			c.do(k.act)
		}
	}
	p.chars = ebiten.AppendInputChars(p.chars[:0])
	for _, r := range p.chars {
		if r == '?' {
			c.do(actHelp)
		}
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyEscape) && c.help {
		c.do(actHelp)
	}
	_, wy := ebiten.Wheel()
	c.zoom(float32(wy))

	x, y := ebiten.CursorPosition()
	p.x, p.y = float32(x)*scale, float32(y)*scale
	p.hover = true
	left := ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
	panBtn := ebiten.IsMouseButtonPressed(ebiten.MouseButtonRight) || ebiten.IsMouseButtonPressed(ebiten.MouseButtonMiddle) ||
		(left && ebiten.IsKeyPressed(ebiten.KeyShift))
	p.clicked = false
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) && p.travel < clickSlop {
		p.clicked = true
	}
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		p.travel = 0
	}
	if left || panBtn {
		if p.dragging {
			dx, dy := float32(x-p.lastX)*scale, float32(y-p.lastY)*scale
			p.travel += abs32(dx) + abs32(dy)
			if panBtn {
				c.pan(dx, dy, h)
			} else {
				c.drag(dx, dy)
			}
		}
		p.dragging = true
	} else {
		p.dragging = false
	}
	p.lastX, p.lastY = x, y
	p.readTouches(c, h, scale)
}

// readTouches: one finger turns the model, two pinch to zoom and move
// together to pan.
func (p *pointer) readTouches(c *controls, h int, scale float32) {
	if p.touchX == nil {
		p.touchX = make(map[ebiten.TouchID][2]float32)
	}
	p.touches = ebiten.AppendTouchIDs(p.touches[:0])
	if len(p.touches) == 0 {
		clear(p.touchX) // nothing to allocate on machines without touch
		return
	}
	now := make(map[ebiten.TouchID][2]float32, len(p.touches))
	for _, id := range p.touches {
		x, y := ebiten.TouchPosition(id)
		now[id] = [2]float32{float32(x) * scale, float32(y) * scale}
	}
	switch len(p.touches) {
	case 1:
		id := p.touches[0]
		if was, ok := p.touchX[id]; ok {
			c.drag(now[id][0]-was[0], now[id][1]-was[1])
		}
		p.x, p.y = now[id][0], now[id][1]
	case 2:
		a, b := p.touches[0], p.touches[1]
		wa, okA := p.touchX[a]
		wb, okB := p.touchX[b]
		if okA && okB {
			before := spread(wa, wb)
			after := spread(now[a], now[b])
			if before > 1 {
				c.pinch(after / before)
			}
			c.pan((now[a][0]+now[b][0]-wa[0]-wb[0])/2, (now[a][1]+now[b][1]-wa[1]-wb[1])/2, h)
		}
	}
	p.touchX = now
}

func abs32(x float32) float32 { return float32(math.Abs(float64(x))) }

func spread(a, b [2]float32) float32 {
	return float32(math.Hypot(float64(a[0]-b[0]), float64(a[1]-b[1])))
}
