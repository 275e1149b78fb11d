package game

// The explorer's state as a link holds it (the URL's fragment, or the
// desktop program's -state), e.g.
//
//	#mode=lesion&lesion=internal_capsule.posterior_limb:L&cam=40,12,760,0,-20,-95
//
// scene/explorer reads and writes it (State.Link, ParseState).

// stateOf writes the explorer's state as a link's fragment (without #).
func (g *Game) stateOf() string { return g.state().Link() }

// openLink puts the explorer in the state a link describes, through the
// explorer's Set as a tour step is. A bad or stale part is skipped, and
// named in the returned notes (at most a few short sentences, see
// link.Lines), so that the nearest valid state opens.
func (g *Game) openLink(s string) []string {
	g.loadLibrary() // a link may name a classic lesion
	notes := g.ex.Open(s)
	g.follow()
	return notes
}
