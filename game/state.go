package game

import "github.com/decussate/decussate/scene/explorer"

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

// ApplyState opens the state a link describes (the desktop program's
// -state); it returns notes on the parts it had to skip.
func (g *Game) ApplyState(s string) []string {
	notes := g.openLink(s)
	g.showNotes(notes)
	return notes
}

// linkTicks is how often, in ticks, the link follows the explorer.
const linkTicks = 10

// syncLink keeps the address bar and the explorer in step: the page's own
// link opens first, Back and Forward reopen theirs, and every change the
// user makes becomes the link (a new history entry unless only the camera
// moved).
func (g *Game) syncLink() {
	if !g.linkLoaded {
		g.linkLoaded = true
		if s := initialState(); s != "" {
			g.showNotes(g.openLink(s))
		}
	}
	if s, ok := poppedState(); ok {
		g.showNotes(g.openLink(s))
		// The state opened replaces the link in the address bar, without
		// its refused parts, rather than adding a history entry.
		g.link = ""
		return
	}
	if g.ctl.tick%linkTicks != 0 || g.ptr.dragging {
		return
	}
	s := g.stateOf()
	if s == g.link {
		return
	}
	writeState(s, explorer.NewPlace(g.link, s))
	g.link = s
}
