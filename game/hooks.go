package game

import (
	"github.com/decussate/decussate/internal/pagehook"
	"github.com/decussate/decussate/scene/explorer/screen"
	"github.com/decussate/decussate/scene/view"
)

// publishFrame tells the page (window.decussate) that frames frames have
// been drawn and what the program shows: status is "scene" once the 3D model
// is drawn. The browser tests wait on it, and make bench counts frames with
// it. Draw calls it last, every frame; outside the browser it does nothing.
func publishFrame(frames int, status string) {
	pagehook.Frame(frames, status)
}

// publishPick tells the page the name of the structure under the pointer,
// "" for none, so that a browser test can check hovering without reading
// the label's pixels.
func publishPick(name string) {
	pagehook.Pick(name)
}

// publishCaption tells the page the caption on screen (a trace's station),
// so that a browser test can follow a trace.
func publishCaption(text string) {
	pagehook.Caption(text)
}

// publishBoxes tells the page every panel and text on screen, in CSS
// pixels: a frame of ratio pixels per CSS pixel.
func publishBoxes(g *Game, ratio float32) {
	g.boxes = screen.AppendBoxes(g.boxes[:0], g.face, &g.dl)
	g.pageBoxes = g.pageBoxes[:0]
	ti := 0
	for _, b := range g.boxes {
		text := ""
		if b.ID == "text" {
			text = g.dl.Texts[ti].S
			ti++
		}
		g.pageBoxes = append(g.pageBoxes, pagehook.Box{ID: b.ID, Text: text, X: b.X / ratio, Y: b.Y / ratio, W: b.W / ratio, H: b.H / ratio})
	}
	pagehook.Boxes(g.pageBoxes)
}

// panels is where a frame's panels are: the page's boxes follow a change
// of them at once, even while the camera moves.
type panels [11]view.Box

// panelWords are the words a frame's panels show, in drawing order: the
// page's boxes follow a change of them at once too (a report's page
// turned while a tour step's camera still moves), so that they always
// describe what is on screen; the model's labels, which move with the
// camera, are not among them.
type panelWords []string

// same reports whether the texts of dl inside p's panels are w.
func (w panelWords) same(dl *view.DrawList, p *panels) bool {
	i := 0
	for k := range dl.Texts {
		if !p.holds(dl.Texts[k].X, dl.Texts[k].Y) {
			continue
		}
		if i == len(w) || w[i] != dl.Texts[k].S {
			return false
		}
		i++
	}
	return i == len(w)
}

// of returns w holding the texts of dl inside p's panels.
func (w panelWords) of(dl *view.DrawList, p *panels) panelWords {
	w = w[:0]
	for k := range dl.Texts {
		if p.holds(dl.Texts[k].X, dl.Texts[k].Y) {
			w = append(w, dl.Texts[k].S)
		}
	}
	return w
}

// holds reports whether (x, y) is in one of p's panels.
func (p *panels) holds(x, y float32) bool {
	for _, b := range p {
		if screen.In(b, x, y) {
			return true
		}
	}
	return false
}

// publishBlack tells the page that nothing is on screen: the black
// screen covers every panel, and the boxes are sent again when it goes.
func publishBlack(g *Game) {
	g.pageBoxes = g.pageBoxes[:0]
	pagehook.Boxes(g.pageBoxes)
	g.published, g.publishedWords = panels{}, g.publishedWords[:0]
}

// panelsOf returns where L puts its panels.
func panelsOf(L *screen.Layout) panels {
	return panels{L.Top, L.Note, L.Caption, L.Hint, L.Menu, L.Left, L.Right, L.Help, L.About, L.Quiz, L.Strip}
}

// publishMode tells the page the explorer's mode by name.
func publishMode(name string) {
	pagehook.Mode(name)
}

// publishCamera tells the page where the camera is: yaw and pitch in
// degrees, distance in millimetres.
func publishCamera(yawDeg, pitchDeg, distance float32) {
	pagehook.Camera(yawDeg, pitchDeg, distance)
}
