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
