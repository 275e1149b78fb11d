package game

import (
	"fmt"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// exportScale is how much larger than the screen an exported picture is:
// sharp on a slide projected full screen.
const exportScale = 2

// exporter saves the view as a PNG: S as the screen shows it, Shift-S on
// white for slides. The picture is rasterised off the game loop, which
// keeps running meanwhile.
type exporter struct {
	dl   view.DrawList
	busy bool
	done chan exportResult
	// status is the adapter's own note while a picture is being saved.
	// What came of it is the explorer's note (a NoteDone, or a refusal),
	// which goes after a few seconds of the explorer's time and when the
	// mode changes; told is that sentence, for the page's caption while
	// it shows.
	status string
	told   string
}

// exportResult is a finished export: where it went, or why it failed.
type exportResult struct {
	where string
	err   error
}

func newExporter() *exporter { return &exporter{done: make(chan exportResult, 1)} }

// start draws the current view at exportScale into the exporter's list and
// rasterises it in the background.
func (e *exporter) start(g *Game, white bool) {
	if e.busy {
		return
	}
	// The screen's size, not the last frame's, which is smaller while
	// the camera moves.
	sw, sh := g.screenW, g.screenH
	if sw <= 0 || sh <= 0 {
		sw, sh = g.dl.Width, g.dl.Height // no Layout yet: a test's screen
	}
	w, h := max(1, sw*exportScale), max(1, sh*exportScale)
	m := screen.NewMetrics(w, h, g.scale*exportScale, g.ex.Presenter())
	opt := g.ex.Options()
	opt.Light = white
	opt.LabelSize = m.LabelSize()
	cam := g.ex.Camera()
	g.renderer.Frame(&e.dl, &cam, w, h, opt)
	if white {
		e.dl.Background = [4]float32{1, 1, 1, 1}
	}
	e.busy, e.status = true, "Saving the picture…"
	e.save(g, white)
}

// poll takes a finished export's result, if any, and tells the explorer
// what came of it.
func (e *exporter) poll(ex *explorer.Explorer) {
	select {
	case r := <-e.done:
		e.busy, e.status = false, ""
		if r.err != nil {
			e.told = fmt.Sprintf("The picture could not be saved: %v", r.err)
			ex.Tell(explorer.NoteRefused, []string{e.told})
		} else {
			e.told = "Saved " + r.where
			ex.Tell(explorer.NoteDone, []string{e.told})
		}
	default:
	}
}

// caption returns what the page's caption says of the export: that it is
// saving, or what came of it while that note shows; "" otherwise.
func (e *exporter) caption(note string) string {
	if e.status != "" {
		return e.status
	}
	if e.told != "" && note == e.told {
		return e.told
	}
	return ""
}
