package game

import (
	"slices"

	"github.com/decussate/decussate/scene/words"
	"github.com/hajimehoshi/ebiten/v2"
)

// Touch gestures: how far (device-independent pixels) and how long (ticks)
// a touch may last and still be a tap, and how soon, and how near, a second
// tap must follow to make a double tap.
const (
	tapSlop         = 10
	tapTicks        = 24
	doubleTapTicks  = 21
	doubleTapRadius = 40
)

// A phone drawing fewer than twelve frames a second gets one tick a frame
// (Ebiten stops catching up), and a double tap's 21 ticks stretched to two
// seconds and more: a tap on the model seemed to do nothing. Its time is
// also over once doubleTapSeconds have passed, but never in fewer than
// doubleTapLeast ticks, so that the two taps of a double tap a slow
// browser sees a frame or two apart still make one.
const (
	doubleTapSeconds = 0.5
	doubleTapLeast   = 4
)

// touchState follows the fingers on the screen from tick to tick. A
// gesture runs from the first finger down to the last one up; a finger
// added or lifted mid-gesture only resets the reference positions, so the
// view never jumps.
type touchState struct {
	ids  []ebiten.TouchID
	last []ebiten.TouchID
	// pos holds the first two fingers' positions last tick, screen pixels.
	pos [2][2]float32
	// most is the most fingers down at once in this gesture; travel how
	// far they moved, in device-independent pixels.
	most    int
	travel  float32
	started int
	tick    int
	// lastTap is when and where the last tap was, for double taps;
	// sinceTap the seconds since (the ticks' real time, tickSeconds).
	lastTap     int
	sinceTap    float64
	lastTapX    float32
	lastTapY    float32
	hadLastTap  bool
	gestureDown bool
	// inTime tells that this gesture began within the last tap's double
	// tap time: lifted as a tap, it makes a double tap, however long the
	// browser took to report it lifted.
	inTime bool
	// pendingTap is a tap on the model not yet clicked: it waits out
	// the double tap's time, so that a double tap resets the view
	// without its first tap tracing or placing a lesion.
	pendingTap bool
	// onPanel tells that the gesture began on a panel or a button: it
	// never moves the camera, however the fingers go (panels.go).
	onPanel bool
}

// readTouches turns the fingers into camera moves and clicks: one finger
// turns the model, two pinch to zoom about their centre and move together
// to pan; a short touch that hardly moved is a click where it touched, and
// two such taps close together a double tap.
func (p *pointer) readTouches(c *controls, w, h int, scale float32) {
	t := &p.touch
	t.ids = ebiten.AppendTouchIDs(t.ids[:0])
	slices.Sort(t.ids)
	var now [2][2]float32
	for i := 0; i < len(t.ids) && i < 2; i++ {
		x, y := p.screenPos(ebiten.TouchPosition(t.ids[i]))
		now[i] = [2]float32{x, y}
	}
	p.touchStep(c, now, w, h, scale)
}

// touchStep follows the fingers t.ids, the first two at now (screen
// pixels), for one tick: apart from Ebiten, so that tests give it fingers.
func (p *pointer) touchStep(c *controls, now [2][2]float32, w, h int, scale float32) {
	t := &p.touch
	t.tick++
	t.sinceTap += p.tickSeconds
	defer p.tapDue()
	if len(t.ids) == 0 {
		if t.gestureDown {
			t.gestureDown = false
			p.endGesture(scale)
		}
		t.last = t.last[:0]
		return
	}
	p.hover = false
	p.device.touched()
	if !t.gestureDown {
		t.gestureDown, t.most, t.travel, t.started = true, 0, 0, t.tick
		t.inTime = t.hadLastTap && !t.tapTimeOver()
		p.list.press(now[0][0], now[0][1])
		t.onPanel = p.onPanel(now[0][0], now[0][1])
	}
	t.most = max(t.most, len(t.ids))
	p.x, p.y = now[0][0], now[0][1]
	if slices.Equal(t.ids, t.last) {
		switch len(t.ids) {
		case 1:
			dx, dy := now[0][0]-t.pos[0][0], now[0][1]-t.pos[0][1]
			t.travel += (abs32(dx) + abs32(dy)) / scale
			if t.most == 1 && !p.list.drag(dy) && !t.onPanel {
				c.drag(dx/scale, dy/scale, float32(w)/scale, float32(h)/scale)
			}
		default:
			before := spread(t.pos[0], t.pos[1])
			after := spread(now[0], now[1])
			cx, cy := (now[0][0]+now[1][0])/2, (now[0][1]+now[1][1])/2
			dx := cx - (t.pos[0][0]+t.pos[1][0])/2
			dy := cy - (t.pos[0][1]+t.pos[1][1])/2
			if !t.onPanel {
				if before > 1 && after > 1 {
					c.pinchAt(after/before, cx, cy, w, h)
				}
				c.pan(dx, dy, w, h)
			}
			t.travel += (abs32(dx) + abs32(dy) + abs32(after-before)) / scale
		}
	}
	t.pos = now
	t.last = append(t.last[:0], t.ids...)
}

// endGesture decides, when the last finger lifts, whether the gesture was
// a tap (a click at its place) and whether it made a double tap. A tap on
// a panel or a button clicks at once; one on the model clicks once no
// second tap has followed it in time (tapDue), so that a double tap there
// only resets the view.
func (p *pointer) endGesture(scale float32) {
	t := &p.touch
	if t.most != 1 || t.travel >= tapSlop || t.tick-t.started > tapTicks {
		p.firePending()
		return
	}
	x, y := t.pos[0][0], t.pos[0][1]
	p.x, p.y = x, y
	if t.hadLastTap && t.inTime &&
		spread([2]float32{x, y}, [2]float32{t.lastTapX, t.lastTapY})/scale < doubleTapRadius {
		p.doubleTapped = true
		t.hadLastTap, t.pendingTap = false, false
		return
	}
	if t.onPanel {
		// The button pressed is what the person means now: a tap on
		// the model just before it is dropped.
		t.pendingTap = false
		p.clicked = true
	} else {
		// A tap before this one, elsewhere, clicks now.
		p.firePending()
		t.pendingTap = true
	}
	t.hadLastTap, t.lastTap, t.lastTapX, t.lastTapY, t.sinceTap = true, t.tick, x, y, 0
}

// tapTimeOver reports whether the last tap's double tap time is over:
// doubleTapTicks ticks, or doubleTapSeconds in no fewer than
// doubleTapLeast ticks.
func (t *touchState) tapTimeOver() bool {
	ticks := t.tick - t.lastTap
	return ticks > doubleTapTicks || ticks >= doubleTapLeast && t.sinceTap > doubleTapSeconds
}

// firePending clicks a tap on the model waiting for a second one, at its
// place, and reports whether there was one.
func (p *pointer) firePending() bool {
	t := &p.touch
	if !t.pendingTap {
		return false
	}
	t.pendingTap = false
	p.clicked = true
	p.x, p.y = t.lastTapX, t.lastTapY
	return true
}

// tapDue clicks a tap on the model once the double tap's time is past.
func (p *pointer) tapDue() {
	// Not while a finger is down: it may be the double tap's second.
	if t := &p.touch; t.pendingTap && !t.gestureDown && t.tapTimeOver() && !p.clicked {
		p.firePending()
	}
}

// deviceSeen follows what the person uses, for the words that tell them
// what to do: touch from the first finger down; the keyboard again when a
// key is pressed, or the mouse moves or presses, a while after the last
// touch (a browser may move the cursor to where a finger lifted).
type deviceSeen struct {
	now words.Device
	// tick counts the ticks since the last finger; cx, cy is where the
	// mouse was, once known.
	tick   int
	cx, cy int
	known  bool
	// started is set once the first guess (touchFirst) is made.
	started bool
}

// mouseAfterTouch is how many ticks after a touch the mouse is not
// believed.
const mouseAfterTouch = 60

// touched notes a finger on the screen.
func (d *deviceSeen) touched() { d.now, d.tick = words.Touch, 0 }

// cursor notes the mouse at (x, y): moved, after a while without touch,
// it is the keyboard's and mouse's turn.
func (d *deviceSeen) cursor(x, y int) {
	d.tick++
	moved := d.known && (x != d.cx || y != d.cy)
	d.cx, d.cy, d.known = x, y, true
	if moved && d.tick > mouseAfterTouch {
		d.now = words.Keyboard
	}
}

// keyed notes a key pressed.
func (d *deviceSeen) keyed() { d.now = words.Keyboard }
