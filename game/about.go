package game

import (
	"fmt"

	"github.com/decussate/decussate/internal/credits"
	"github.com/decussate/decussate/scene/explorer"
)

// aboutPanel is the About panel: who made the data the explorer shows,
// under which licences, and where their full texts are. CC BY 4.0 and the
// ICBM template's notice ask for this in every copy, the page included.
type aboutPanel struct {
	// lines are the panel's paragraphs, worked out once when it first
	// opens: they name how many sources the atlas cites.
	lines []string
}

// aboutLines returns the About panel's paragraphs ("" a gap), as
// the layout fits them: those toggleAbout kept, or new ones.
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

// toggleAbout opens or closes the About panel (the explorer keeps one
// panel over the middle at a time).
func (g *Game) toggleAbout() {
	g.act(explorer.ToggleAbout)
	if g.ex.About() {
		// Kept here, in Update, so that Draw (which lays the panel out
		// every frame) builds nothing.
		g.about.lines = g.aboutLines()
	}
}
