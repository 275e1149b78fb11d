package explorer

// RingSeconds is how long presenter mode's ring stays at the pointer
// after it last moved: long enough for a room to find where the teacher
// points, gone before it stands over the model as a stain.
const RingSeconds = 2.0

// pointerSeen is where the adapter last saw the pointer and how long ago,
// in Tick's time, it last moved there.
type pointerSeen struct {
	x, y  float32
	still float64
	// moved is set once the pointer has moved over the page: Ebiten
	// reports a mouse never seen at (0, 0), where no ring should stand.
	moved bool
	// hover is the name the pointer was last given (hover.go).
	hover hovered
}

// notePointer records the pointer the adapter sees: a move restarts the
// ring's time.
func (p *pointerSeen) notePointer(l Local) {
	if !l.Pointer || l.PointerX < 0 || l.PointerY < 0 {
		return
	}
	if !p.moved || l.PointerX != p.x || l.PointerY != p.y {
		p.x, p.y, p.still, p.moved = l.PointerX, l.PointerY, 0, true
	}
}

// age lets dt seconds pass.
func (p *pointerSeen) age(dt float64) { p.still += dt }

// ring tells whether presenter mode's ring shows at the pointer: only
// while it is over the page and has moved in the last RingSeconds.
func (p *pointerSeen) ring(l Local) bool {
	return l.Pointer && p.moved && p.still < RingSeconds
}
