package explorer

// A trace opened from a link (or the desktop program's -state) is framed
// as a trace started by a tap is: its path, when the person's camera would
// leave it off the free area (a hand's on a phone held upright), and its
// muscles when the first volley arrives. What tells the two kinds of link
// apart is the camera: a link with one holds the camera the person chose,
// opened as it is; a link without one frames the trace for the screen it
// opens on. A trace's link is written without its camera while framing
// holds the camera (State.Framed), so that a trace sent from a laptop
// opens framed on a phone, and a camera the person turned is sent with it.

// frameLinkedTrace frames the trace a link without a camera opened (s as
// the link read), once a frame has told the screen's size: framing sees the
// trace as new.
func (e *Explorer) frameLinkedTrace(s State) {
	if !s.Framed || s.Mode != Trace || e.st.Mode != Trace {
		return
	}
	f := &e.framing
	f.traced, f.volleyDone = false, false
	f.awaitScreen = true
}

// traceFramed tells whether the trace's camera is where framing put it
// (or is taking it), not turned by the person since.
func (e *Explorer) traceFramed() bool {
	f := &e.framing
	return e.st.Mode == Trace && e.player == nil && f.kind != framedNone && e.MoveGoal() == f.goal
}

// linkFramed tells whether s's link leaves its camera out: a trace's or
// lesions' framed camera is the screen's it was framed on.
func (s State) linkFramed() bool { return s.Framed && (s.Mode == Trace || s.Lesioning()) }
