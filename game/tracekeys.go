package game

// clickTrace starts a trace from the part of the model clicked, if it is
// one a trace can start from.
func (g *Game) clickTrace() {
	px, py := g.pointerInFrame()
	mesh, pos, ok := g.renderer.PickPoint(&g.dl, px, py)
	if !ok {
		return
	}
	id := g.renderer.Model().Meshes[mesh].ID
	a, ok, err := g.ex.TraceClick(id, pos)
	if ok && err == nil {
		err = g.do(a)
	}
	if !ok {
		// Cortex that starts no motor pathway: say where to click.
		if note := g.ex.WhereToTrace(id, pos); note != "" {
			g.showNotes([]string{note})
		}
	}
	g.report(err)
}

// report shows an error of a trace start as a note: a start from the
// list or a click that cannot be traced is the atlas's fault, not the
// student's, and must not stop the program.
func (g *Game) report(err error) {
	if err != nil {
		g.showNotes([]string{"Cannot trace: " + err.Error()})
	}
}
