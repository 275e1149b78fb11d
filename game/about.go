package game

import (
	"fmt"

	"github.com/decussate/decussate/internal/credits"
	"github.com/decussate/decussate/scene/view"
)

// aboutPanel is the About panel: who made the data the explorer shows,
// under which licences, and where their full texts are. CC BY 4.0 and the
// ICBM template's notice ask for this in every copy, the page included.
type aboutPanel struct {
	open bool
	// lines are the panel's paragraphs, worked out once when it first
	// opens: they name how many sources the atlas cites.
	lines []string
}

// aboutLines returns the About panel's paragraphs ("" a gap), as
// fitLines takes them: those toggleAbout kept, or new ones.
func (g *Game) aboutLines() []string {
	if g.about.lines != nil {
		return g.about.lines
	}
	return []string{
		"About Decussate: the motor pathways in 3D",
		"",
		"Anatomy: " + credits.Allen,
		"",
		"Space: MNI ICBM152 2009 millimetres (x right, y anterior, z superior). " + credits.ICBM,
		"",
		fmt.Sprintf("Pathways, nuclei and somatotopy: %d textbook and reference sources, cited entry by entry: see assets/atlas/sources.json.", len(g.atlas.Sources)),
		"",
		"Text: " + credits.Font,
		"",
		"Full licence texts: " + credits.LicenceDir + " beside the web page (" + credits.CCBYFile + ", " + credits.ICBMFile + ", " +
			credits.FontFile + "); in the source, assets/allen/ and internal/uifont/LICENSE. README: Data and credits.",
	}
}

// toggleAbout opens or closes the About panel; opening it closes the list
// of controls, so that one panel covers the middle at a time.
func (g *Game) toggleAbout() {
	g.about.open = !g.about.open
	if g.about.open {
		g.ctl.help = false
		// Kept here, in Update, so that Draw (which lays the panel out
		// every frame) builds nothing.
		g.about.lines = g.aboutLines()
	}
}

// layoutAbout places the open About panel over the middle of the screen,
// as the list of controls is placed, its text as large as fits.
func (g *Game) layoutAbout(L *screenLayout, mid view.Box) {
	L.about = inset(mid, L.pad)
	L.about.ID = "about"
	L.aboutSize, L.aboutText = fitLines(g.drawer.fonts, g.aboutLines(), L.size, 12*L.m.ratio, L.about.W-2*L.pad, L.about.H-L.size)
	L.centre = view.Box{}
}

// drawAbout draws the About panel where the layout put it, its first line
// (the title) in the caption's colour.
func drawAbout(dl *view.DrawList, L *screenLayout) {
	if L.about.W == 0 {
		return
	}
	b := L.about
	dl.Panel(b.ID, b.X, b.Y, b.W, b.H, panelColor)
	for i, line := range L.aboutText {
		if line == "" {
			continue
		}
		c := hoverColor
		if i == 0 {
			c = captionColor
		}
		dl.Label(b.X+L.pad, b.Y+L.aboutSize*(1.4+lineGap*float32(i)), L.aboutSize, c, view.AlignLeft, line)
	}
}
