package game

import (
	"math"

	"github.com/decussate/decussate/scene/view"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// pointer tracks the mouse and touches between ticks. Every position it
// holds is in screen pixels, the space of Layout's size, which is the
// space Ebiten reports the cursor and touches in; distances the camera
// turns by are divided by the device scale first, so that a drag of the
// same length on the glass turns the model as far at every pixel ratio.
type pointer struct {
	lastX, lastY float32
	// toScreen turns Ebiten's pointer positions, which are in the pixels
	// of the size Layout last returned, into the full screen's pixels:
	// while the camera moves Layout returns fewer pixels, and a position
	// read in them must still mean the same place (Layout sets it).
	toScreen float32
	dragging bool
	chars    []rune
	// x, y is where the pointer is, for hovering; hover is false when no
	// mouse is over the screen (touch has no hover).
	x, y  float32
	hover bool
	// entered is set once the mouse has been seen (moved off the corner
	// or pressed): before that Ebiten reports it at (0, 0), where
	// presenter mode's ring should not stand.
	entered bool
	// travel is how far the pointer moved while the button was down, in
	// device-independent pixels; clicked is set for one tick when it came
	// up without moving much.
	travel  float32
	clicked bool
	touch   touchState
	// tickSeconds is the real time the last tick took (the game's
	// clock), which a touch's double tap time also counts.
	tickSeconds float64
	// doubleTapped is set for one tick by a second tap soon after a first.
	doubleTapped bool
	// list scrolls the list of classic lesions while it is open.
	list listGrab
	// device is what the person used last (see touch.go).
	device deviceSeen
	// panels are the boxes, in screen pixels, where a press or a touch
	// begins on a panel or a button (panels.go); pressOnPanel tells that
	// the mouse's press did.
	panels       []view.Box
	pressOnPanel bool
	// pageWheel is the part of a page the wheel turned a paged panel by,
	// kept until it makes a whole page (wheel.go).
	pageWheel float32
}

// clickSlop is how far, in device-independent pixels, a press may move
// and still be a click.
const clickSlop = 6

// readPointer reads the mouse, the wheel and the touches.
func (p *pointer) readPointer(c *controls, w, h int, scale float32) {
	cx, cy := ebiten.CursorPosition()
	x, y := p.screenPos(cx, cy)
	p.x, p.y = x, y
	p.entered = p.entered || cx != 0 || cy != 0 || ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
	p.hover = p.entered && x >= 0 && y >= 0 && x < float32(w) && y < float32(h)
	p.device.cursor(cx, cy)
	left := ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
	panBtn := ebiten.IsMouseButtonPressed(ebiten.MouseButtonRight) || ebiten.IsMouseButtonPressed(ebiten.MouseButtonMiddle) ||
		(left && ebiten.IsKeyPressed(ebiten.KeyShift))
	p.clicked = false
	p.doubleTapped = false
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		p.travel = 0
		p.list.press(x, y)
		p.pressOnPanel = p.onPanel(x, y)
	}
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonRight) || inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonMiddle) {
		// A pan begun on a panel is no more the model's than a turn.
		p.pressOnPanel = p.onPanel(x, y)
	}
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) && p.travel < clickSlop {
		p.clicked = true
	}
	if left || panBtn {
		if p.dragging {
			dx, dy := x-p.lastX, y-p.lastY
			p.travel += (abs32(dx) + abs32(dy)) / scale
			switch {
			case panBtn && p.pressOnPanel:
			case panBtn:
				c.pan(dx, dy, w, h)
			case p.list.drag(dy):
			case p.pressOnPanel:
				// A press on a panel or a button is for it, not the
				// model, wherever the mouse goes with it.
			default:
				c.drag(dx/scale, dy/scale, float32(w)/scale, float32(h)/scale)
			}
		}
		p.dragging = true
	} else {
		p.dragging = false
	}
	p.lastX, p.lastY = x, y
	p.readTouches(c, w, h, scale)
}

// screenPos returns a position Ebiten reported in the full screen's
// pixels.
func (p *pointer) screenPos(x, y int) (float32, float32) {
	f := p.toScreen
	if f <= 0 || f != f {
		f = 1
	}
	return float32(x) * f, float32(y) * f
}

// typed reports whether r was typed this tick. Characters, not keys, so
// that '?' and '/' mean the same on every keyboard layout.
func (p *pointer) typed(r rune) bool {
	for _, c := range p.chars {
		if c == r {
			return true
		}
	}
	return false
}

func abs32(x float32) float32 { return float32(math.Abs(float64(x))) }

func spread(a, b [2]float32) float32 {
	return float32(math.Hypot(float64(a[0]-b[0]), float64(a[1]-b[1])))
}
