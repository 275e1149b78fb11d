package tour

// Player keeps the place in one tour. It stops at either end rather than
// wrapping, so that a clicker pressed once too often does not jump back to
// the start in front of a class. The zero Player plays an empty tour.
type Player struct {
	tour Tour
	i    int
}

// NewPlayer returns a player at the first step of t.
func NewPlayer(t Tour) *Player { return &Player{tour: t} }

// Tour returns the tour being played.
func (p *Player) Tour() Tour { return p.tour }

// Len returns the number of steps.
func (p *Player) Len() int { return len(p.tour.Steps) }

// Index returns the current step's index, from 0.
func (p *Player) Index() int { return p.i }

// Step returns the current step; the zero Step for an empty tour.
func (p *Player) Step() Step {
	if p.i < 0 || p.i >= len(p.tour.Steps) {
		return Step{}
	}
	return p.tour.Steps[p.i]
}

// Next moves to the next step and reports whether it moved: at the last
// step it stays.
func (p *Player) Next() bool {
	if p.i+1 >= len(p.tour.Steps) {
		return false
	}
	p.i++
	return true
}

// Prev moves to the previous step and reports whether it moved: at the
// first step it stays.
func (p *Player) Prev() bool {
	if p.i == 0 {
		return false
	}
	p.i--
	return true
}

// AtStart reports whether the current step is the first.
func (p *Player) AtStart() bool { return p.i == 0 }

// AtEnd reports whether the current step is the last (or the tour is
// empty).
func (p *Player) AtEnd() bool { return p.i+1 >= len(p.tour.Steps) }

// Seek moves to step i, clamped to the tour, as a link to a step would.
func (p *Player) Seek(i int) {
	p.i = max(0, min(i, len(p.tour.Steps)-1))
}
